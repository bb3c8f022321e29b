import DanVanIntents
import DanVanKnowledge
import DanVanText
import Foundation

/// Answers about the rows of a plan's appendix table: who leads a task, the tasks of a unit or of a
/// period, how many there are. Rows are found by the words of the question, never by fixed phrases.
extension KnowledgeAnswerer {
    /// Rows listed in full before the rest is only counted.
    static let appendixListLimit = 40

    /// The three questions about an appendix (`appendix.lead`, `appendix.tasks`, `appendix.count`).
    enum AppendixQuestion { case lead, tasks, count }

    /// The answer for `appendix.lead`, `appendix.tasks` or `appendix.count`. A plan without an appendix
    /// answers from its text as `unit.who` and `unit.duties` would, else says it has no appendix.
    func appendix(_ question: AppendixQuestion, slots: Slots, plan: Plan, question q: NormalizedQuestion) -> (AnswerDocument, [TaskRow]?)? {
        let kind = question, question = q
        let name = planName(plan)
        guard !plan.appendix.isEmpty else {
            if kind == .lead, let answer = who(plan, question: question) { return (answer, nil) }
            if kind == .tasks, let unit = slots.unit { return duties(plan, unit: unit) }
            return (contentTasks(plan) ?? AnswerDocument(blocks: [.paragraph(Msg.appendixNone(name))]), nil)
        }
        switch kind {
        case .count:
            let groups = Set(plan.appendix.compactMap(\.group)).count
            return (AnswerDocument(blocks: [.paragraph(Msg.appendixCount(name, rows: plan.appendix.count, groups: groups))],
                                   source: Msg.appendixSource(name, rows: [])), nil)
        case .lead:
            let rows = appendixRows(plan, matching: question)
            guard !rows.isEmpty else { return (AnswerDocument(blocks: [.paragraph(Msg.appendixNoMatch(name))]), nil) }
            let lines = rows.map { Msg.appendixLead(title: $0.title, lead: $0.lead, coordinating: $0.coordinating, deadline: $0.deadline) }
            return (AnswerDocument(title: Msg.appendixLeadTitle, blocks: lines.map { .paragraph($0) },
                                   source: Msg.appendixSource(name, rows: rows.map(\.row))), nil)
        case .tasks:
            return (appendixList(plan, unit: slots.unit, slots: slots, question: question), nil)
        }
    }

    /// A plan without an appendix table: the numbered points of its content part ("II. NỘI DUNG" / "1. …",
    /// "2. …") are its tasks, counted and listed after saying there is no table. Nil when it has no such part.
    func contentTasks(_ plan: Plan) -> AnswerDocument? {
        guard let content = plan.sections.first(where: { $0.role == .content }) else { return nil }
        let depth = content.id.split(separator: ".").count + 1
        let points = plan.sections.filter { $0.id.hasPrefix(content.id + ".") && $0.id.split(separator: ".").count == depth }
        guard !points.isEmpty else { return nil }
        let lines = points.prefix(Self.appendixListLimit).map { "\($0.id). " + Self.trim($0.title, to: 160) }
        var blocks: [AnswerDocument.Block] = [
            .paragraph(Msg.appendixNone(planName(plan))),
            .paragraph(Msg.contentTasksHeading(section: content.id, title: Self.trim(content.title, to: 60), count: points.count)),
            .bullets(Array(lines)),
        ]
        if points.count > Self.appendixListLimit { blocks.append(.note(Msg.appendixMore(points.count - Self.appendixListLimit))) }
        return AnswerDocument(blocks: blocks, source: source(plan, [content.id]))
    }

    /// The list of rows, narrowed to a lead unit (the unit slot, or a lead named in the question) and to
    /// a period the question shares with the deadline cells ("quý IV", "tháng 12", "thường xuyên", "2026").
    func appendixList(_ plan: Plan, unit: String?, slots: Slots = Slots(), question: NormalizedQuestion) -> AnswerDocument {
        let name = planName(plan)
        let indices = question.contentIndices
        let words = indices.map { question.tokens[$0] }
        let typed = indices.map { question.typed.indices.contains($0) ? question.typed[$0] : question.tokens[$0] }
        var rows = plan.appendix
        var unitFilter: String?
        var periodFilter: String?
        let leads = Set(plan.appendix.compactMap(\.lead))
        let named = unit.map { [$0] } ?? leads.filter { Self.contains(words, Tokenizer.foldedWords($0)) }.sorted { $0.count > $1.count }.prefix(1).map { $0 }
        if let lead = named.first {
            let wanted = Tokenizer.foldedWords(lead)
            rows = rows.filter { r in r.lead.map { Self.contains(Tokenizer.foldedWords($0), wanted) } ?? false }
            unitFilter = lead
        }
        // Periods: two consecutive question words found together in deadline cells, or a year.
        let deadlines = rows.map { Self.cellWords($0.deadline) }
        var periods: [[String]] = []
        var periodLabels: [String] = []
        for i in words.indices.dropLast() where !vocabulary.stopwords.contains(words[i]) {
            let pair = [words[i], words[i + 1]]
            if deadlines.contains(where: { Self.contains($0, pair) }) {
                periods.append(pair)
                periodLabels.append(typed[i] + " " + typed[i + 1])
            }
        }
        var covered = Set<Int>()
        for i in words.indices.dropLast() where periods.contains([words[i], words[i + 1]]) { covered.formUnion([i, i + 1]) }
        for (i, w) in words.enumerated() where w.count == 4 && w.allSatisfy(\.isNumber) && deadlines.contains(where: { $0.contains(w) }) {
            periods.append([w])
            periodLabels.append(typed[i])
            covered.insert(i)
        }
        // A number the question gives ("tháng 12", "quý III") that no deadline shares: no row is of that period.
        let planTokens = Set(slots[.plan].map { Array($0.span) } ?? [])
        let uncovered = words.indices.filter { i in
            !covered.contains(i) && !planTokens.contains(indices[i]) && Self.isNumberWord(words, at: i)
                && !named.contains { Self.contains(Tokenizer.foldedWords($0), [words[i]]) }
        }
        if !uncovered.isEmpty { return AnswerDocument(blocks: [.paragraph(Msg.appendixNoMatch(name))]) }
        if !periods.isEmpty {
            rows = rows.filter { r in
                let d = Self.cellWords(r.deadline)
                return periods.contains { Self.contains(d, $0) }
            }
            periodFilter = periodLabels.joined(separator: ", ")
        }
        guard !rows.isEmpty else { return AnswerDocument(blocks: [.paragraph(Msg.appendixNoMatch(name))]) }
        var lines = rows.prefix(Self.appendixListLimit).map {
            Msg.appendixRowLine(number: $0.number ?? String($0.row), title: Self.trim($0.title, to: 160), lead: $0.lead, deadline: $0.deadline)
        }
        if rows.count > Self.appendixListLimit { lines.append(Msg.appendixMore(rows.count - Self.appendixListLimit)) }
        let filtered = unitFilter != nil || periodFilter != nil
        let heading = filtered ? Msg.appendixFilteredHeading(name, unit: unitFilter, period: periodFilter, rows: rows.count)
            : Msg.appendixListHeading(name, rows: rows.count)
        let shown = rows.count <= Self.appendixListLimit && filtered ? rows.map(\.row) : []
        return AnswerDocument(title: Msg.appendixListTitle, blocks: [.paragraph(heading), .bullets(lines)],
                              source: Msg.appendixSource(name, rows: shown))
    }

    /// The rows whose content shares the most distinctive words with the question (words found in at most
    /// a third of the rows); at least two such words, or the only one the question has. Up to three ties.
    func appendixRows(_ plan: Plan, matching question: NormalizedQuestion) -> [AppendixRow] {
        let titles = plan.appendix.map { Set(Tokenizer.foldedWords($0.title)) }
        var frequency: [String: Int] = [:]
        for t in titles { for w in t { frequency[w, default: 0] += 1 } }
        let limit = max(1, plan.appendix.count / 3)
        let words = Set(question.contentIndices.map { question.tokens[$0] })
            .filter { !vocabulary.stopwords.contains($0) && !vocabulary.whoWords.contains($0) && (1...limit).contains(frequency[$0] ?? 0) }
        guard !words.isEmpty else { return [] }
        let scored = titles.enumerated().map { (index: $0.offset, hits: words.intersection($0.element).count) }
        let best = scored.map(\.hits).max() ?? 0
        guard best >= min(2, words.count), best > 0 else { return [] }
        return scored.filter { $0.hits == best }.prefix(3).map { plan.appendix[$0.index] }
    }

    /// The folded words of a cell, split at every mark ("Quý IV/2025-" → "quy", "iv", "2025").
    static func cellWords(_ cell: String?) -> [String] {
        guard let cell else { return [] }
        return Folding.fold(cell).lowercased().split { !($0.isLetter || $0.isNumber) }.map(String.init)
    }

    /// Digits ("12", "2026"), or a Roman numeral of two letters or more right after a calendar unit of the
    /// date grammar ("quý iv", "tháng xii"): elsewhere "vi" or "xi" are words, not numbers.
    static func isNumberWord(_ words: [String], at i: Int) -> Bool {
        let word = words[i]
        if word.allSatisfy(\.isNumber) { return true }
        guard word.count >= 2, word.allSatisfy({ "ivx".contains($0) }) else { return false }
        return i > 0 && DateGrammar.shared.isCalendarUnit(words[i - 1])
    }

    /// Whether `words` holds `part` as consecutive words.
    static func contains(_ words: [String], _ part: [String]) -> Bool {
        guard !part.isEmpty, part.count <= words.count else { return false }
        return (0...(words.count - part.count)).contains { Array(words[$0..<($0 + part.count)]) == part }
    }
}
