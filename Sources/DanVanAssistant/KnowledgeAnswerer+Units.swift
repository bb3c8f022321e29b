import DanVanIntents
import DanVanKnowledge
import DanVanText

extension KnowledgeAnswerer {
    func duties(_ plan: Plan, unit: String) -> (AnswerDocument, [TaskRow]?) {
        let folded = Tokenizer.foldedWords(unit)
        let own = plan.units.first { Self.sameUnit(Tokenizer.foldedWords($0.name), folded) }
        var blocks: [AnswerDocument.Block] = []
        var sections: [String] = []
        if let own, !own.duties.isEmpty {
            blocks.append(.paragraph(Msg.ownDuties))
            blocks.append(.bullets(own.duties.map(dutyLine)))
            sections += own.duties.map(\.section)
        }
        if let common = plan.allUnitsSection, let section = plan.section(common) {
            if own == nil && !knowledge.units.isCollective(unit) { blocks.append(.note(Msg.notNamedByPlan(unit))) }
            blocks.append(.paragraph(Msg.commonDuties(common)))
            blocks.append(.bullets(section.paragraphs.map { Self.trim($0, to: 700) }))
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

    /// Same unit, allowing a trailing level word ("Trung tâm sự nghiệp công" = "… công xã").
    static func sameUnit(_ a: [String], _ b: [String]) -> Bool {
        func strip(_ w: [String]) -> [String] {
            var w = w
            while let last = w.last, ["xa", "phuong"].contains(last), w.count > 2 { w.removeLast() }
            return w
        }
        return strip(a) == strip(b)
    }

    private func dutyLine(_ d: Duty) -> String {
        let text = Self.trim(d.text, to: 500)
        var s: String
        switch d.role {
        case .own: s = text
        case .lead: s = Msg.leadDuty(text)
        case .support: s = Msg.supportDuty(text)
        }
        if let t = d.timing { s += Msg.timing(t) }
        return s + " [\(d.section)]"
    }

    /// "Đơn vị nào tổng hợp báo cáo": the units whose duties hold the question's content words.
    func who(_ plan: Plan, question: NormalizedQuestion) -> AnswerDocument {
        let ignore: Set<String> = ["don", "vi", "phong", "nao", "ai", "co", "quan", "bo", "phan", "so", "chiu", "trach", "nhiem", "lam", "phu"]
        let words = question.contentIndices.map { question.tokens[$0] }
            .filter { !vocabulary.stopwords.contains($0) && !ignore.contains($0) }
        var scored: [(unit: String, duty: Duty, hits: Int)] = []
        for u in plan.units {
            for d in u.duties {
                let set = Set(Tokenizer.foldedWords(d.text))
                let hits = words.filter { set.contains($0) }.count
                if hits > 0 { scored.append((u.name, d, hits)) }
            }
        }
        let best = scored.map(\.hits).max() ?? 0
        guard best >= min(2, words.count), best > 0 else {
            return AnswerDocument(title: Msg.whoTitle, blocks: [.paragraph(Msg.whoNotFound)], source: source(plan, []))
        }
        var seen = Set<String>()
        let top = scored.filter { $0.hits == best }.filter { seen.insert($0.unit + $0.duty.text).inserted }.prefix(4)
        let lines = top.map { "\($0.unit): \(dutyLine($0.duty))" }
        return AnswerDocument(title: Msg.whoTitle, blocks: [.bullets(lines)], source: source(plan, top.map(\.duty.section)))
    }
}
