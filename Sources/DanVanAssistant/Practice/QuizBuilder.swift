import DanVanKnowledge
import DanVanTasks
import DanVanText

/// Generates practice questions from what plans state, and from the task store's tasks.
///
/// A question is made only from a fact the plan's own text states: a deadline whose date is written
/// in its sentence, a document whose number (and issuer or date) the text writes, a unit heading a
/// duty or leading an appendix row, an abbreviation the plan uses whose full form it also writes.
struct QuizBuilder {
    var answerer: KnowledgeAnswerer

    /// Every question `plan` supports, in the plan's order; `unit` narrows the duties and rows asked about.
    func questions(from plan: Plan, unit: String? = nil) -> [QuizQuestion] {
        let text = PlanText.folded(plan)
        let dates = PlanText.dates(plan)
        let name = answerer.planName(plan)
        var out: [QuizQuestion] = []
        func add(_ key: String, _ kind: QuizQuestion.Kind, _ question: String, _ answer: String,
                 _ expected: QuizQuestion.Expected, _ sections: [String]) {
            out.append(QuizQuestion(id: "\(plan.id)|\(kind.rawValue)|\(key)", kind: kind, question: question, answer: answer,
                                    expected: expected, source: answerer.source(plan, sections), planID: plan.id))
        }
        // The deadline of each report round whose date the sentence writes.
        for d in plan.deadlines {
            guard let date = d.date, Self.writes(d.text, date) else { continue }
            add(d.label, .deadline, Msg.quizDeadline(d.label, plan: name), date.display, .date(date), [d.section])
        }
        // The documents the plan is based on (its preamble).
        let bases = plan.documents.filter { $0.sections.contains("preamble") && $0.symbol != nil && PlanText.states(text, $0.symbol!) }
        if !bases.isEmpty {
            add("bases", .basis, Msg.quizBasis(plan: name), bases.map(answerer.shortName).joined(separator: "; "),
                .document(bases.compactMap(\.symbol)), ["preamble"])
        }
        // The issuer and the date of each document cited by number.
        for d in plan.documents {
            guard let symbol = d.symbol, PlanText.states(text, symbol) else { continue }
            let short = answerer.shortName(d)
            if let issuer = d.issuer, PlanText.states(text, issuer) {
                add(symbol, .issuer, Msg.quizIssuer(short, plan: name), issuer, .text(issuer), d.sections)
            }
            if let date = d.date, dates.contains(date) {
                add(symbol, .documentDate, Msg.quizDocumentDate(short, plan: name), date.display, .date(date), d.sections)
            }
        }
        // Which unit a duty is given to, under the unit's own heading (not the section for every office).
        let folded = unit.map(Tokenizer.foldedWords)
        for u in plan.units where !answerer.knowledge.units.isCollective(u.name) && PlanText.states(text, u.name) {
            if let folded, !answerer.sameUnit(Tokenizer.foldedWords(u.name), folded) { continue }
            for (i, duty) in u.duties.enumerated() where duty.role != .support && duty.section != plan.allUnitsSection {
                // A duty that names its own unit would give the answer away.
                if PlanText.states(" " + Tokenizer.foldedWords(duty.text).joined(separator: " ") + " ", u.name) { continue }
                let task = KnowledgeAnswerer.trim(KnowledgeAnswerer.unbulleted(duty.text), to: 160)
                add("\(u.name)#\(i)", .lead, Msg.quizLead(task, plan: name), u.name, .unit(u.name), [duty.section])
            }
        }
        // Which unit leads each appendix row.
        for row in plan.appendix {
            guard let lead = row.lead, !lead.contains(","), PlanText.states(text, lead) else { continue }
            if let folded, !UnitBrief.names(lead, unit: folded, answerer: answerer) { continue }
            let task = KnowledgeAnswerer.trim(row.title, to: 160)
            out.append(QuizQuestion(id: "\(plan.id)|lead|row\(row.row)", kind: .lead, question: Msg.quizAppendixLead(task, plan: name),
                                    answer: lead, expected: .unit(lead),
                                    source: Msg.quizAppendixSource(name, row: row.row), planID: plan.id))
        }
        // What an abbreviation the plan uses stands for, when the plan also writes it in full.
        let typed = PlanText.of(plan).split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map { Folding.nfc(String($0)) }
        var seen = Set<String>()
        for m in answerer.knowledge.glossary.mentions(in: typed.map(Folding.fold), typed: typed) {
            let e = m.entry
            guard seen.insert(e.term).inserted, !e.meaning.contains(where: { "()\"“;:".contains($0) }),
                  PlanText.states(text, e.meaning) else { continue }
            out.append(QuizQuestion(id: "\(plan.id)|abbreviation|\(e.term)", kind: .abbreviation, question: Msg.quizAbbreviation(e.term),
                                    answer: e.meaning, expected: .text(e.meaning),
                                    source: Msg.quizGlossarySource(name), planID: plan.id))
        }
        return out
    }

    /// Questions on the task store's tasks that have a lead unit: which unit leads each.
    func questions(fromTasks tasks: [PlanTask], unit: String? = nil) -> [QuizQuestion] {
        let folded = unit.map(Tokenizer.foldedWords)
        return tasks.compactMap { t in
            guard let lead = t.unit, !lead.isEmpty else { return nil }
            if let folded, !answerer.sameUnit(Tokenizer.foldedWords(lead), folded) { return nil }
            return QuizQuestion(id: "tasks|lead|\(t.id)", kind: .lead, question: Msg.quizTaskLead(KnowledgeAnswerer.trim(t.title, to: 160)),
                                answer: lead, expected: .unit(lead), source: Msg.quizTaskSource(t.id), planID: nil)
        }
    }

    /// Whether `sentence` writes `date` (in any of the forms dates are written).
    static func writes(_ sentence: String, _ date: CalendarDate) -> Bool {
        DateExtractor.mentions(in: sentence, defaultYear: date.year).contains { $0.value == .date(date) }
    }
}
