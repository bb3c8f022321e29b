import DanVanTasks
import DanVanText

extension TaskCommandParser {
    /// "danh sách nhiệm vụ", "nhiệm vụ quá hạn của phòng kinh tế", "nhiệm vụ sắp đến hạn trong 30 ngày tới".
    func parseList(_ t: TokenText, _ span: Range<Int>) -> TaskCommandParse? {
        guard let noun = t.occurrences(of: lexicon.nouns, in: span).first,
              t.occurrences(of: lexicon.listPlanMarkers, in: span).isEmpty else { return nil }
        let cue = listCue(t, before: noun, from: span.lowerBound)
        let after = noun.upperBound..<span.upperBound
        var used: [Range<Int>] = []
        var words: [TaskListFilterWord] = []
        var i = after.lowerBound
        while i < after.upperBound {
            var best: (end: Int, word: TaskListFilterWord)?
            for (word, phrases) in lexicon.filters {
                if let m = t.longestMatch(phrases, at: i, end: after.upperBound), m.end > (best?.end ?? i) { best = (m.end, word) }
            }
            if let best {
                words.append(best.word)
                used.append(i..<best.end)
                i = best.end
            } else {
                i += 1
            }
        }
        let window = timeWindow(t, in: after)
        if let window { used.append(window.tokens) }
        // Without a filter word, a time window or a cue the line is no list whatever follows: its unit words
        // are not read (measured: most lines naming "nhiệm vụ" are questions about the plan).
        guard !words.isEmpty || window != nil || cue != nil else { return nil }
        let unitWords = unitText(t, after: after, skipping: used)
        let claimed: Bool
        if !words.isEmpty || window != nil {
            claimed = true
        } else if let cue {
            claimed = unitWords == nil || lexicon.unitCues.contains(cue)
        } else {
            claimed = false
        }
        guard claimed else { return nil }

        var filter = TaskFilter()
        if words.contains(.open) { filter.status = .open }
        if words.contains(.done) { filter.status = .done }
        if words.contains(.deleted) { filter.status = .deleted }
        if words.contains(.overdue) { filter.status = .open; filter.overdueOnly = true }
        if words.contains(.dueSoon) || window != nil {
            filter.status = .open
            filter.dueWithinDays = window?.days ?? lexicon.soonDays
        } else if words.contains(.dueToday) {
            filter.status = .open
            filter.dueWithinDays = 0
        }
        var result: Result<TaskCommand, TaskCommandError> = .success(.list(filter))
        if let unitWords {
            switch resolveUnit(unitWords.text) {
            case .known(let canonical):
                filter.unit = canonical
                result = .success(.list(filter))
            case .unknown(let suggestions):
                // Without a connector the words may be anything ("nhiệm vụ quá hạn nào"): ignore them.
                if unitWords.afterConnector { result = .failure(.unknownUnit(name: unitWords.text, suggestions: suggestions)) }
            }
        }
        return TaskCommandParse(intent: .list, command: result, slots: Self.slots(of: result), confidence: 0.9)
    }

    /// The list word right before the noun, fillers allowed between ("liệt kê các nhiệm vụ").
    private func listCue(_ t: TokenText, before noun: Range<Int>, from start: Int) -> [String]? {
        for s in start..<noun.lowerBound {
            guard let m = t.longestMatch(lexicon.listCues, at: s, end: noun.lowerBound) else { continue }
            var j = m.end
            while let filler = t.longestMatch(lexicon.cueFillers, at: j, end: noun.lowerBound) { j = filler.end }
            if j == noun.lowerBound { return m.phrase }
        }
        return nil
    }

    /// "trong 30 ngày tới", "2 tuần tới": a number then a day or week word.
    private func timeWindow(_ t: TokenText, in range: Range<Int>) -> (days: Int, tokens: Range<Int>)? {
        for i in range where t.tokens[i].isNumeric {
            guard let n = Int(t.tokens[i].text), n > 0, n <= 3660 else { continue }
            if let m = t.longestMatch(lexicon.windowDays, at: i + 1, end: range.upperBound) { return (n, i..<m.end) }
            if let m = t.longestMatch(lexicon.windowWeeks, at: i + 1, end: range.upperBound) { return (n * 7, i..<m.end) }
        }
        return nil
    }

    /// The unit words of a list question: after a connector ("của", "giao cho"), up to a filter word.
    private func unitText(_ t: TokenText, after range: Range<Int>, skipping used: [Range<Int>]) -> (text: String, afterConnector: Bool)? {
        let free = { (i: Int) in !used.contains { $0.contains(i) } }
        if let connector = t.occurrences(of: lexicon.unitConnectors, in: range).first(where: { free($0.lowerBound) }) {
            var end = connector.upperBound
            while end < range.upperBound, free(end) { end += 1 }
            let text = Self.trimmed(t.original(from: connector.upperBound, to: end))
            return text.isEmpty ? nil : (text, true)
        }
        // No connector: the free words right after the noun may still name a unit ("nhiệm vụ quá hạn phòng kinh tế").
        let freeTokens = range.filter(free)
        guard let first = freeTokens.first else { return nil }
        var end = first
        while end < range.upperBound, free(end) { end += 1 }
        let text = Self.trimmed(t.original(from: first, to: end))
        return text.isEmpty ? nil : (text, false)
    }
}
