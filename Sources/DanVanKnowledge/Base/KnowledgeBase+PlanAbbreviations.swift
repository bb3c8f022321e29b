import DanVanText

extension KnowledgeBase {
    /// The glossary with the acronyms defined by the plans in use (the default plan and those already
    /// read): with a plan that writes "hộ kinh doanh (HKD)" loaded, "HKD là gì" is answered from the plan.
    /// Named short forms ("… (gọi tắt là Chương trình)") stay out: they are ordinary words of questions.
    /// Built once per set of such plans.
    func glossaryWithPlanAbbreviations() -> Glossary {
        var plans = loadedPlans
        if let current = defaultPlan, !plans.contains(where: { $0.id == current.id }) { plans.append(current) }
        let defining = plans.filter { p in (p.abbreviations ?? []).contains { AbbreviationReader.isAcronym($0.short) } }
            .sorted { $0.id < $1.id }
        guard !defining.isEmpty else { return baseGlossary }
        let key = defining.map(\.id).joined(separator: "\n")
        lock.lock()
        defer { lock.unlock() }
        if let cache = glossaryCache, cache.key == key { return cache.glossary }
        var entries = baseGlossary.entries
        for plan in defining {
            for a in plan.abbreviations ?? [] where AbbreviationReader.isAcronym(a.short) {
                let meaning = Msg.planAbbreviationMeaning(a.full, planNumber: plan.number)
                if entries.contains(where: { $0.term == a.short && $0.meaning == meaning }) { continue }
                entries.append(Glossary.Entry(term: a.short, aliases: nil, meaning: meaning))
            }
        }
        let glossary = Glossary(entries: entries)
        glossaryCache = (key, glossary)
        return glossary
    }
}
