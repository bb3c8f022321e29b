import DanVanIntents
import DanVanKnowledge
import DanVanText

/// Words the answer for a knowledge intent from the plan's facts; never invents a fact.
struct KnowledgeAnswerer {
    var knowledge: KnowledgeBase
    var vocabulary: CompiledVocabulary
    var today: CalendarDate
    /// Tasks of a unit from the store, when there is one.
    var unitTasks: ((String) -> (blocks: [AnswerDocument.Block], rows: [TaskRow])?)?
    /// The passage index of a plan (built once per plan by the assistant).
    var searcher: (Plan) -> PassageSearcher = { PassageSearcher(plan: $0) }

    /// The answer for `intentID` about `plan`, with the tasks it lists (if any); nil when nothing in the plan
    /// fits (a "who does …" question no unit's duties answer).
    func answer(_ intentID: String, slots: [String: Entity], plan: Plan, question: NormalizedQuestion) -> (AnswerDocument, [TaskRow]?)? {
        switch intentID {
        case "report.deadline": return (deadlines(plan, round: slots["round"]?.number, question: question), nil)
        case "legal.bases":
            return (bases(plan, kind: slots["kind"]?.text, issuer: slots["issuer"]?.text, topic: slots["topic"]?.text), nil)
        case "legal.document": return (document(plan, slots["document"]?.documentMention), nil)
        case "legal.citedBy": return (citedBy(slots["document"]?.documentMention), nil)
        case "unit.duties": return duties(plan, unit: slots["unit"]?.text ?? "")
        case "unit.who": return who(plan, question: question).map { ($0, nil) }
        case "plan.purpose":
            // "mục tiêu" asks for the goals section when the plan has one ("II. MỤC TIÊU CHỦ YẾU").
            if question.tokens.joined(separator: " ").contains("muc tieu"), plan.sections.contains(where: { $0.role == .goals }) {
                return (part(plan, roles: [.goals], words: ["muc tieu"], title: Msg.goalsTitle), nil)
            }
            return (part(plan, roles: [.purpose], words: ["muc dich"], title: Msg.purposeTitle), nil)
        case "plan.requirements": return (part(plan, roles: [.requirements], words: ["yeu cau"], title: Msg.requirementsTitle), nil)
        case "plan.summary": return (summary(plan), nil)
        case "plan.content": return (content(plan, topic: slots["topic"]?.text ?? ""), nil)
        case "plan.recipients": return (recipients(plan), nil)
        case "plan.signer": return (signer(plan), nil)
        case "plan.info": return (info(plan), nil)
        case "plan.list": return (planList(current: plan), nil)
        case "glossary": return (glossary(slots["term"]?.text ?? ""), nil)
        default: return (AnswerDocument(blocks: [.paragraph(Msg.noSection)]), nil)
        }
    }

    func planName(_ plan: Plan) -> String {
        Msg.planName(number: plan.number, issuerShort: Self.shortIssuer(plan.issuer))
    }

    static func shortIssuer(_ issuer: String) -> String {
        var s = issuer
        for long in ["Ủy ban nhân dân", "Uỷ ban nhân dân", "ỦY BAN NHÂN DÂN", "UỶ BAN NHÂN DÂN"] {
            s = s.replacingLiteral(long, with: "UBND")
        }
        return s
    }

    func source(_ plan: Plan, _ sections: [String]) -> String {
        var seen = Set<String>()
        return Msg.source(planName(plan), sections: sections.filter { seen.insert($0).inserted })
    }

    /// A paragraph without the list mark it was written with ("- ", "+ ", "a) ").
    static func unbulleted(_ text: String) -> String {
        var t = Substring(text)
        while let first = t.first, "-+*•–".contains(first) { t = t.dropFirst().drop { $0 == " " } }
        return String(t)
    }

    /// Shortens a long paragraph at a word boundary.
    static func trim(_ text: String, to limit: Int) -> String {
        guard text.count > limit else { return text }
        var cut = String(text.prefix(limit))
        if let space = cut.lastIndex(of: " ") { cut = String(cut[..<space]) }
        while let last = cut.last, ",;:–-".contains(last) { cut.removeLast() }
        return cut + "…"
    }
}

extension Entity {
    var text: String? { if case .text(let s) = value { return s } else { return nil } }
    var number: Int? { if case .number(let n) = value { return n } else { return nil } }
    var documentMention: DocumentMention? { if case .document(let d) = value { return d } else { return nil } }
}

import Foundation
