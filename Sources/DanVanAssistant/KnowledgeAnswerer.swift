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
    /// Issuers' names with acronyms, kept by the assistant across answers (nil: worked out each time).
    var shortNames: ShortNames?

    /// The answer for `intent` about `plan`, with the tasks it lists (if any); nil when nothing in the plan
    /// fits (a "who does …" question no unit's duties answer).
    ///
    /// One case per `KnowledgeIntent`, no `default:`: a new intent does not compile until it is answered here.
    func answer(_ intent: KnowledgeIntent, slots: Slots, plan: Plan, question: NormalizedQuestion) -> (AnswerDocument, [TaskRow]?)? {
        switch intent {
        case .reportDeadline: return (deadlines(plan, round: slots.round, question: question), nil)
        case .legalBases: return (bases(plan, kind: slots.documentKind, issuer: slots.issuer, years: slots.years, topic: slots.topic), nil)
        case .legalDocument: return (document(plan, slots.document), nil)
        case .legalCitedBy: return (citedBy(slots.document), nil)
        case .unitDuties: return duties(plan, unit: slots.unit ?? "")
        case .unitWho: return who(plan, question: question).map { ($0, nil) }
        case .unitList: return (unitList(plan), nil)
        case .planPurpose: return (purpose(plan, question: question), nil)
        case .planRequirements:
            return (part(plan, roles: [.requirements], words: vocabulary.sectionWords(.requirements), title: Msg.requirementsTitle), nil)
        case .planSummary: return (summary(plan), nil)
        case .planContent: return (content(plan, topic: slots.topic ?? ""), nil)
        case .planRecipients: return (recipients(plan), nil)
        case .planSigner: return (signer(plan), nil)
        case .planInfo: return (info(plan), nil)
        case .planList: return (planList(current: plan), nil)
        case .glossary: return (glossary(slots.term ?? ""), nil)
        case .appendixLead: return appendix(.lead, slots: slots, plan: plan, question: question)
        case .appendixTasks: return appendix(.tasks, slots: slots, plan: plan, question: question)
        case .appendixCount: return appendix(.count, slots: slots, plan: plan, question: question)
        case .planMentions: return (mentions(plan, topic: slots.topic ?? "", question: question), nil)
        case .planStructure: return (structure(plan, section: slots.section), nil)
        case .planFunding: return (funding(plan), nil)
        }
    }

    /// "mục tiêu" asks for the goals section when the plan has one ("II. MỤC TIÊU CHỦ YẾU"); else the purpose.
    private func purpose(_ plan: Plan, question: NormalizedQuestion) -> AnswerDocument {
        let goals = vocabulary.sectionWords(.goals)
        if goals.contains(where: { question.tokens.joined(separator: " ").contains($0) }),
           plan.sections.contains(where: { $0.role == .goals }) {
            return part(plan, roles: [.goals], words: goals, title: Msg.goalsTitle)
        }
        return part(plan, roles: [.purpose], words: vocabulary.sectionWords(.purpose), title: Msg.purposeTitle)
    }

    func planName(_ plan: Plan) -> String {
        Msg.planName(number: plan.number, issuerShort: shortIssuer(plan.issuer))
    }

    /// The issuer with the glossary's acronyms for the names it holds ("Ủy ban nhân dân xã Đường An"
    /// → "UBND xã Đường An", as `Data/glossary.yaml` writes UBND), whatever the case and tone-mark spelling.
    func shortIssuer(_ issuer: String) -> String {
        let glossary = knowledge.glossary
        return shortNames?.abbreviating(issuer, with: glossary) ?? glossary.abbreviating(issuer)
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


import Foundation
