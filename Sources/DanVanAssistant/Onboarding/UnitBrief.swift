import DanVanKnowledge
import DanVanText

/// What a new official of one unit must know, plan by plan: only facts the plans state.
///
///     let brief = UnitBrief.build(unit: "Phòng Kinh tế", answerer: assistant.answerer())
///     brief.plans.first?.sharedDuties   // the paragraphs of the section for every office
public struct UnitBrief: Sendable {
    /// One plan that gives the unit duties, and what of it concerns the unit.
    public struct PlanPart: Sendable {
        public var plan: Plan
        /// The unit's own duties (own, lead, support), as the plan states them, in the plan's order.
        public var ownDuties: [Duty]
        /// The section that applies to every office ("III.3") and its paragraphs, when the unit is one of them.
        public var sharedSection: String?
        public var sharedDuties: [String]
        /// Appendix rows the unit leads or supports.
        public var appendixRows: [AppendixRow]
        /// Deadlines that concern the unit: those in its sections, the shared one, or in no other unit's section.
        public var deadlines: [Deadline]
        /// Documents behind the unit's duties: the plan's direct bases (preamble) and those cited in its sections.
        public var documents: [LegalDocument]
        /// Where reports go, when the plan says.
        public var reportsTo: String?
        /// Abbreviations written in what the brief shows.
        public var abbreviations: [Glossary.Entry]
        /// Sections the facts come from.
        public var sections: [String] {
            var seen = Set<String>()
            return (ownDuties.map(\.section) + [sharedSection].compactMap { $0 } + deadlines.map(\.section))
                .filter { seen.insert($0).inserted }
        }
    }

    /// The unit as the directory names it.
    public var unit: String
    public var plans: [PlanPart]

    /// The brief of `unit` (a canonical name) across the library, built-in plans first.
    static func build(unit: String, answerer: KnowledgeAnswerer) -> UnitBrief {
        let knowledge = answerer.knowledge
        let collective = knowledge.units.communeUnits.contains(unit) && !knowledge.units.isCollective(unit)
        var parts: [PlanPart] = []
        for summary in knowledge.summaries {
            guard let plan = knowledge.plan(id: summary.id),
                  let part = part(of: plan, unit: unit, sharesCommonDuties: collective, answerer: answerer) else { continue }
            parts.append(part)
        }
        return UnitBrief(unit: unit, plans: parts)
    }

    /// What `plan` asks of `unit`; nil when it gives the unit nothing.
    ///
    /// - Parameter sharesCommonDuties: whether the section for every office applies to the unit even when
    ///   the plan does not name it (one of the commune's own offices).
    static func part(of plan: Plan, unit: String, sharesCommonDuties: Bool, answerer: KnowledgeAnswerer) -> PlanPart? {
        let glossary = answerer.knowledge.glossary
        let folded = Tokenizer.foldedWords(unit)
        let own = plan.units.filter { answerer.sameUnit(Tokenizer.foldedWords($0.name), folded) }.flatMap(\.duties)
        let rows = plan.appendix.filter { row in
            [row.lead, row.coordinating].compactMap { $0 }.contains { Self.names($0, unit: folded, answerer: answerer) }
        }
        var sharedSection: String?
        var shared: [String] = []
        // The section for every office applies to the units the plan names and to the commune's own offices.
        if sharesCommonDuties || !own.isEmpty, let id = plan.allUnitsSection, let section = plan.section(id),
           !own.contains(where: { $0.section == id }) {
            sharedSection = id
            shared = section.paragraphs
        }
        guard !own.isEmpty || !shared.isEmpty || !rows.isEmpty else { return nil }
        let mine = Set(own.map(\.section) + [sharedSection].compactMap { $0 })
        // Sections where only other units have duties (own, lead or support): their deadlines are those units' business.
        let others = Set(plan.units.filter { !answerer.sameUnit(Tokenizer.foldedWords($0.name), folded) }
            .flatMap { $0.duties.map(\.section) }).subtracting(mine)
        let deadlines = plan.deadlines.filter { mine.contains($0.section) || !others.contains($0.section) }
        let documents = plan.documents.filter { d in
            d.sections.contains("preamble") || d.sections.contains { s in mine.contains { $0 == s || $0.hasPrefix(s + ".") } }
        }
        var text = own.map(\.text) + shared + rows.map(\.title) + documents.map { ($0.symbol ?? "") + " " + ($0.issuer ?? "") }
        text += deadlines.map(\.text) + [plan.reportsTo ?? ""]
        // Word by word, codes split ("QĐ-UBND" → "QĐ", "UBND"), as typed so a short code counts only in capitals.
        let typed = text.flatMap { $0.split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map { Folding.nfc(String($0)) } }
        let abbreviations = glossary.mentions(in: typed.map(Folding.fold), typed: typed).map(\.entry)
        var seen = Set<String>()
        return PlanPart(plan: plan, ownDuties: own, sharedSection: sharedSection, sharedDuties: shared, appendixRows: rows,
                        deadlines: deadlines, documents: documents, reportsTo: plan.reportsTo,
                        abbreviations: abbreviations.filter { seen.insert($0.term).inserted })
    }

    /// Whether a cell of the appendix ("Phòng Kinh tế, Công an xã") names the unit.
    static func names(_ cell: String, unit: [String], answerer: KnowledgeAnswerer) -> Bool {
        cell.split(whereSeparator: { ",;".contains($0) }).contains {
            answerer.sameUnit(Tokenizer.foldedWords(String($0)), unit)
        }
    }
}
