import DanVanIntents
import DanVanKnowledge
import DanVanText

extension KnowledgeAnswerer {
    func duties(_ plan: Plan, unit: String) -> (AnswerDocument, [TaskRow]?) {
        let folded = Tokenizer.foldedWords(unit)
        let own = plan.units.first { sameUnit(Tokenizer.foldedWords($0.name), folded) }
        var blocks: [AnswerDocument.Block] = []
        var sections: [String] = []
        // Many duties (a provincial plan's "chủ trì / phối hợp" lines) share a budget so the answer stays readable.
        // Its own paragraphs first, then what it leads, then what it supports.
        let rank: [Duty.Role: Int] = [.own: 0, .lead: 1, .support: 2]
        let ownDuties = (own?.duties ?? []).enumerated().sorted { (rank[$0.element.role]!, $0.offset) < (rank[$1.element.role]!, $1.offset) }.map(\.element)
        let commonParagraphs = plan.allUnitsSection.flatMap { plan.section($0) }?.paragraphs ?? []
        // Duties given to a group the unit belongs to ("các Sở, ban, ngành", "UBND các xã, phường"), shared.
        // A group asked about is in the groups that hold its members ("UBND cấp xã" in "các đơn vị").
        let askedMembers = (own?.members ?? []).filter { !$0.isEmpty }.map { $0.split(separator: " ").map(String.init) }
        var seenShared = Set(ownDuties.map(\.text))
        let groups: [(name: String, duties: [Duty])] = plan.units.compactMap { group in
            guard !group.duties.isEmpty, !sameUnit(Tokenizer.foldedWords(group.name), folded),
                  group.includes(folded) || askedMembers.contains(where: { group.includes($0) }) else { return nil }
            let shared = group.duties.filter { $0.section != plan.allUnitsSection && seenShared.insert($0.text).inserted }
            return shared.isEmpty ? nil : (group.name, shared)
        }
        // At most this many shared duties in all, the first of each group first.
        let sharedBudget = 6
        let perGroup = max(1, sharedBudget / max(1, groups.count))
        let sharedShown = min(sharedBudget, groups.map { min(perGroup, $0.duties.count) }.reduce(0, +))
        let count = max(1, min(8, ownDuties.count) + commonParagraphs.count + sharedShown)
        let limit = max(100, 1500 / count)
        if !ownDuties.isEmpty {
            blocks.append(.paragraph(Msg.ownDuties))
            let shown = ownDuties.prefix(8)
            blocks.append(.bullets(shown.map { dutyLine($0, limit: limit) }))
            if ownDuties.count > shown.count { blocks.append(.note(Msg.moreDuties(ownDuties.count - shown.count))) }
            sections += ownDuties.map(\.section)
        }
        var budget = sharedBudget
        var shownGroups = 0
        for (name, shared) in groups where budget > 0 {
            shownGroups += 1
            blocks.append(.paragraph(Msg.collectiveDuties(name)))
            let shown = shared.prefix(min(perGroup, budget))
            budget -= shown.count
            blocks.append(.bullets(shown.map { dutyLine($0, limit: limit) }))
            if shared.count > shown.count { blocks.append(.note(Msg.moreDuties(shared.count - shown.count))) }
            sections += shown.map(\.section)
        }
        let hidden = groups.dropFirst(shownGroups).map(\.duties.count).reduce(0, +)
        if hidden > 0 { blocks.append(.note(Msg.moreDuties(hidden))) }
        // The common duties of every office and unit are not those of a body outside them (police, health station).
        if let common = plan.allUnitsSection, let section = plan.section(common),
           !ownDuties.contains(where: { $0.section == common }), own != nil || !knowledge.units.isOutside(unit) {
            if own == nil && !knowledge.units.isCollective(unit) { blocks.append(.note(Msg.notNamedByPlan(unit))) }
            blocks.append(.paragraph(Msg.commonDuties(common, title: Self.trim(section.title, to: 80))))
            blocks.append(.bullets(section.paragraphs.map { Self.trim(Self.unbulleted($0), to: max(limit, 700)) }))
            sections.append(common)
        }
        if blocks.isEmpty {
            let named = plan.units.map(\.name).prefix(8).joined(separator: ", ")
            blocks.append(.paragraph(Msg.noDutiesForUnit(unit, named: named)))
        }
        var rows: [TaskRow]?
        if let lookup = unitTasks, let found = lookup(unit) {
            blocks += found.blocks
            rows = found.rows
        }
        return (AnswerDocument(title: Msg.dutiesTitle(unit), blocks: blocks, source: source(plan, sections)), rows)
    }

    /// Whether the plan gives `unit` duties of its own.
    func names(_ plan: Plan, unit: String) -> Bool {
        let folded = Tokenizer.foldedWords(unit)
        return plan.units.contains { sameUnit(Tokenizer.foldedWords($0.name), folded) && !$0.duties.isEmpty }
    }

    /// Same unit, allowing a trailing level word ("Trung tâm sự nghiệp công" = "… công xã"; the level
    /// words are `Data/units.yaml`'s).
    func sameUnit(_ a: [String], _ b: [String]) -> Bool {
        knowledge.units.withoutLevel(a) == knowledge.units.withoutLevel(b)
    }

    func dutyLine(_ d: Duty, limit: Int = 500) -> String {
        let text = Self.trim(Self.unbulleted(d.text), to: limit)
        var s: String
        switch d.role {
        case .own: s = text
        case .lead: s = Msg.leadDuty(text)
        case .support: s = Msg.supportDuty(text)
        }
        if let t = d.timing { s += Msg.timing(Self.trim(t, to: 50)) }
        return s + " [\(d.section)]"
    }

    /// "Đơn vị nào tổng hợp báo cáo": the units whose duties hold the question's content words.
    /// - Returns: nil when no unit's duties hold the words (the question is then not about the plan's units).
    /// The units the plan gives duties to, in the plan's order, each with its number of duties; groups
    /// ("các Sở, ban, ngành") are marked as standing for many.
    func unitList(_ plan: Plan) -> AnswerDocument {
        let named = plan.units.filter { !$0.duties.isEmpty }
        guard !named.isEmpty else {
            return AnswerDocument(title: Msg.unitListTitle(0), blocks: [.paragraph(Msg.noUnitsGivenDuties)], source: source(plan, []))
        }
        let lines = named.map { u in
            Msg.unitListLine(u.name, duties: u.duties.count, group: knowledge.units.isCollective(u.name),
                             sections: Array(Set(u.duties.map(\.section))).sorted().prefix(4).joined(separator: ", "))
        }
        return AnswerDocument(title: Msg.unitListTitle(named.count), blocks: [.bullets(lines)],
                              source: source(plan, named.flatMap { $0.duties.map(\.section) }))
    }

    func who(_ plan: Plan, question: NormalizedQuestion) -> AnswerDocument? {
        let words = question.contentIndices.map { question.tokens[$0] }
            .filter { !vocabulary.stopwords.contains($0) && !vocabulary.whoWords.contains($0) }
        var scored: [(unit: String, duty: Duty, hits: Int)] = []
        for u in plan.units {
            for d in u.duties {
                let set = Set(Tokenizer.foldedWords(d.text))
                let hits = words.filter { set.contains($0) }.count
                if hits > 0 { scored.append((u.name, d, hits)) }
            }
        }
        let best = scored.map(\.hits).max() ?? 0
        guard best >= min(2, words.count), best > 0 else { return nil }
        var seen = Set<String>()
        let top = scored.filter { $0.hits == best }.filter { seen.insert($0.unit + $0.duty.text).inserted }.prefix(4)
        let lines = top.map { "\($0.unit): \(dutyLine($0.duty))" }
        return AnswerDocument(title: Msg.whoTitle, blocks: [.bullets(lines)], source: source(plan, top.map(\.duty.section)))
    }
}
