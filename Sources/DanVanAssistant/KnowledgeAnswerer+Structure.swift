import DanVanKnowledge
import DanVanText

extension KnowledgeAnswerer {
    /// "Bố cục kế hoạch", "kế hoạch gồm mấy phần": the top-level parts with their subsections and the appendix;
    /// "phần III nói gì", "mục II.1 gồm những gì": that section's title, subsections and paragraphs.
    func structure(_ plan: Plan, section id: String?) -> AnswerDocument {
        if let id { return section(plan, id: id) }
        let top = plan.sections.filter { !$0.id.contains(".") }
        var bullets: [String] = []
        for s in top {
            var line = Msg.sectionTitle(s.id, Self.trim(s.title, to: 90))
            let subs = children(of: s.id, in: plan)
            if !subs.isEmpty { line += " — " + subs.map { "\($0.id) \(Self.trim($0.title, to: 50))" }.joined(separator: "; ") }
            bullets.append(line)
        }
        var blocks: [AnswerDocument.Block] = []
        if !top.isEmpty { blocks.append(.paragraph(Msg.structureCount(top.count))) }
        blocks.append(.bullets(bullets))
        blocks.append(contentsOf: appendixBlocks(plan))
        return AnswerDocument(title: Msg.structureTitle, blocks: blocks, source: source(plan, top.map(\.id)))
    }

    private func section(_ plan: Plan, id: String) -> AnswerDocument {
        guard let s = plan.sections.first(where: { $0.id.uppercased() == id.uppercased() })
                ?? arabicTwin(id).flatMap({ twin in plan.sections.first { $0.id == twin } }) else {
            let top = plan.sections.filter { !$0.id.contains(".") }.map(\.id).joined(separator: ", ")
            return AnswerDocument(title: Msg.structureTitle, blocks: [.paragraph(Msg.noSuchSection(id, available: top))], source: source(plan, []))
        }
        var blocks: [AnswerDocument.Block] = []
        let subs = children(of: s.id, in: plan)
        if !subs.isEmpty { blocks.append(.paragraph(Msg.sectionSubparts(subs.map { "\($0.id). \(Self.trim($0.title, to: 80))" }.joined(separator: "; ")))) }
        // A heading whose text is in its subsections: each subsection's opening, so the part is shown, not only named.
        let paragraphs = s.paragraphs.isEmpty
            ? subs.compactMap { sub in sub.paragraphs.first.map { "\(sub.id): " + Self.trim(Self.unbulleted($0), to: 240) } }
            : s.paragraphs.map(Self.unbulleted)
        let budget = 1900
        let total = paragraphs.reduce(0) { $0 + $1.count }
        let limit = total > budget ? max(160, budget / max(1, paragraphs.count)) : Int.max
        if !paragraphs.isEmpty { blocks.append(.bullets(paragraphs.map { limit == .max ? $0 : Self.trim($0, to: limit) })) }
        if total > budget { blocks.append(.note(Msg.trimmedNote)) }
        if blocks.isEmpty { blocks.append(.paragraph(Msg.sectionEmpty)) }
        return AnswerDocument(title: Msg.sectionTitle(s.id, s.title), blocks: blocks, source: source(plan, [s.id]))
    }

    /// Direct subsections of `id` ("II.1", "II.2" of "II").
    private func children(of id: String, in plan: Plan) -> [PlanSection] {
        let depth = id.split(separator: ".").count
        return plan.sections.filter { $0.id.hasPrefix(id + ".") && $0.id.split(separator: ".").count == depth + 1 }
    }

    /// A plan numbering its parts "1.", "2." rather than "I.", "II.": "II.1" → "2.1".
    private func arabicTwin(_ id: String) -> String? {
        var parts = id.split(separator: ".").map(String.init)
        guard let head = parts.first, let n = romanValue(head) else { return nil }
        parts[0] = String(n)
        return parts.joined(separator: ".")
    }

    private func romanValue(_ s: String) -> Int? {
        let values: [Character: Int] = ["I": 1, "V": 5, "X": 10]
        let chars = Array(s.uppercased())
        guard !chars.isEmpty, chars.allSatisfy({ values[$0] != nil }) else { return nil }
        var total = 0
        for (i, c) in chars.enumerated() {
            let v = values[c] ?? 0
            if i + 1 < chars.count, v < (values[chars[i + 1]] ?? 0) { total -= v } else { total += v }
        }
        return total
    }

    /// Where the appendix is: the rows read from it, or the sentences that mention it.
    private func appendixBlocks(_ plan: Plan) -> [AnswerDocument.Block] {
        if !plan.appendix.isEmpty { return [.note(Msg.appendixRows(plan.appendix.count))] }
        guard mentionsAppendix(plan) else { return [.note(Msg.noAppendix)] }
        var blocks: [AnswerDocument.Block] = [.note(Msg.appendixOnlyMentioned)]
        var hits: [PassageSearcher.Passage] = []
        var seen = Set<String>()
        for phrase in vocabulary.appendixWords {
            hits += searcher(plan).search([], phrases: [phrase], limit: 2).filter { seen.insert($0.text).inserted }
        }
        if !hits.isEmpty { blocks.append(.paragraph(Msg.appendixMentionedAt)); blocks.append(.bullets(hits.prefix(3).map { Self.tagged($0, []) })) }
        return blocks
    }
}
