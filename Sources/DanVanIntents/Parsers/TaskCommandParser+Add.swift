import DanVanTasks
import DanVanText

extension TaskCommandParser {
    /// "thêm nhiệm vụ: <nội dung>, giao <đơn vị>, hạn <ngày>" in any of its looser forms: clauses in
    /// this order, commas optional, "cho"/"trước ngày"/"hạn chót", dates "15/9", "15-9-2025",
    /// "ngày 15 tháng 9". The content is everything before the first clause.
    func parseAdd(_ t: TokenText, _ rest: Range<Int>, today: CalendarDate) -> Result<TaskDraft, TaskCommandError> {
        var rest = rest
        if let word = t.longestMatch(lexicon.afterNoun, at: rest.lowerBound, end: rest.upperBound) {
            rest = word.end..<rest.upperBound  // "thêm nhiệm vụ mới: …"
        }
        guard !rest.isEmpty else { return .failure(.missingContent) }
        let contentStart = t.tokens[rest.lowerBound - 1].end
        let endChar = t.tokens[rest.upperBound - 1].end
        // "trước ngày 15 hằng tháng": a period (with its day and deadline word) is one clause, read first.
        let period = findRecurrence(t, rest)
        let periodChars = period.map { t.tokens[$0.words.lowerBound].start..<t.tokens[$0.words.upperBound - 1].end }
        let mentions = DateExtractor.mentions(in: t.nfc).filter {
            (contentStart..<endChar).contains($0.range.lowerBound) && !(periodChars?.contains($0.range.lowerBound) ?? false)
        }
        // An impossible date anywhere in a new task is a typing mistake, never content.
        if let bad = mentions.first(where: { if case .invalid = $0.value { return true }; return false }) {
            return resolve(bad, today: today).map { _ in TaskDraft(title: "") }
        }
        var clauseStarts: [Int] = period.map { [$0.words.lowerBound] } ?? []

        var due: CalendarDate?
        var dueClause: Range<Int>?
        switch findDue(t, rest, mentions: mentions, excluding: period?.words, today: today) {
        case .failure(let error): return .failure(error)
        case .success(let found?):
            due = found.date
            dueClause = found.clause
            clauseStarts.append(found.clause.lowerBound)
        case .success(nil): break
        }
        var recurrence: TaskRecurrence?
        if let period {
            switch RecurrenceReader.resolve(period, anchor: due, today: today) {
            case .success(let found):
                recurrence = found.rule
                due = found.first
            case .failure:
                return .failure(.invalidDate(Self.trimmed(t.original(from: period.words.lowerBound, to: period.words.upperBound))))
            }
        }
        let outsideDue = { (r: Range<Int>) in
            (dueClause.map { !$0.overlaps(r) } ?? true) && (period.map { !$0.words.overlaps(r) } ?? true)
        }
        // Co-units and product open a clause only after a separator ("…, phối hợp Phòng Kinh tế").
        let coMarkers = t.occurrences(of: lexicon.coUnits, in: rest).filter { outsideDue($0) && afterSeparator(t, $0) }
        let productMarkers = t.occurrences(of: lexicon.product, in: rest).filter { outsideDue($0) && afterSeparator(t, $0) }
        clauseStarts += coMarkers.map(\.lowerBound) + productMarkers.map(\.lowerBound)

        let segment = { (marker: Range<Int>) in self.segment(t, after: marker, in: rest, boundaries: clauseStarts) }
        var unit: String?
        switch findUnit(t, rest, outsideDue: outsideDue, segment: segment) {
        case .failure(let error): return .failure(error)
        case .success(let found?):
            unit = found.unit
            clauseStarts.append(found.marker.lowerBound)
        case .success(nil): break
        }
        let firstClause = clauseStarts.min().map { t.tokens[$0].start } ?? endChar
        let title = Self.trimmed(t.original(chars: contentStart..<firstClause))
        guard !title.isEmpty else { return .failure(.missingContent) }

        let coUnits = coMarkers.last.map { marker -> String in
            let written = Self.trimmed(t.original(from: marker.upperBound, to: segment(marker).upperBound))
            if case .known(let canonical) = resolveUnit(written) { return canonical }
            return written
        }.flatMap { $0.isEmpty ? nil : $0 }
        let product = productMarkers.last.map { Self.trimmed(t.original(from: $0.upperBound, to: segment($0).upperBound)) }
            .flatMap { $0.isEmpty ? nil : $0 }
        return .success(TaskDraft(title: title, unit: unit, coUnits: coUnits, due: due, product: product,
                                  recurrence: recurrence))
    }

    /// The last period of `rest` ("hằng tháng"), widened to the day before it ("ngày 15") and to a
    /// deadline word right before that ("trước ngày 15 hằng tháng"); token indexes of `t`.
    private func findRecurrence(_ t: TokenText, _ rest: Range<Int>) -> RecurrenceReader.Match? {
        guard !lexicon.recurrence.isEmpty,
              var match = lexicon.recurrence.find(in: rest.map { t.tokens[$0].text }) else { return nil }
        match.words = (match.words.lowerBound + rest.lowerBound)..<(match.words.upperBound + rest.lowerBound)
        let lead = t.occurrences(of: lexicon.due, in: rest.lowerBound..<match.words.upperBound).last {
            $0.lowerBound < match.words.lowerBound && $0.upperBound >= match.words.lowerBound
        }
        if let lead { match.words = lead.lowerBound..<match.words.upperBound }
        return match
    }

    /// The deadline clause: a deadline word, optional fillers, then a date. A deadline word after a
    /// separator with no date after it is an unreadable deadline; elsewhere it is content ("hạn chế").
    private func findDue(_ t: TokenText, _ rest: Range<Int>, mentions: [DateMention], excluding period: Range<Int>?,
                         today: CalendarDate) -> Result<(date: CalendarDate, clause: Range<Int>)?, TaskCommandError> {
        let markers = t.occurrences(of: lexicon.due, in: rest).filter { marker in period.map { !$0.overlaps(marker) } ?? true }
        for marker in markers.reversed() {
            var j = marker.upperBound
            while j < rest.upperBound {
                if let mention = mentions.first(where: { $0.range.lowerBound == t.tokens[j].start }) {
                    let clause = marker.lowerBound..<max(j + 1, t.tokenIndex(atOrAfter: mention.range.upperBound))
                    return resolve(mention, today: today).map { (date: $0, clause: clause) }
                }
                guard let filler = t.longestMatch(lexicon.dueFillers, at: j, end: rest.upperBound) else { break }
                j = filler.end
            }
        }
        if let marker = markers.last(where: { afterSeparator(t, $0) }) {
            let written = Self.trimmed(t.original(from: marker.upperBound, to: rest.upperBound))
            return .failure(written.isEmpty ? .missingDate : .unreadableDate(written))
        }
        return .success(nil)
    }

    /// The unit in charge: the last marker followed by a unit the registry knows; failing that, a
    /// marker that clearly opens a unit clause gives an "unknown unit" error with suggestions.
    private func findUnit(_ t: TokenText, _ rest: Range<Int>, outsideDue: (Range<Int>) -> Bool,
                          segment: (Range<Int>) -> Range<Int>) -> Result<(unit: String, marker: Range<Int>)?, TaskCommandError> {
        let strong = t.occurrences(of: lexicon.assign, in: rest).filter(outsideDue)
        let weak = t.occurrences(of: lexicon.weakAssign, in: rest)
            .filter { w in outsideDue(w) && !strong.contains { $0.overlaps(w) } }
        for marker in strong.reversed() + weak.reversed() {
            let seg = segment(marker)
            // The longest prefix the registry knows: "phòng kinh tế thực hiện" → "Phòng Kinh tế".
            for end in stride(from: seg.upperBound, to: seg.lowerBound, by: -1) {
                if case .known(let canonical) = resolveUnit(t.original(from: seg.lowerBound, to: end)) {
                    return .success((canonical, marker))
                }
            }
        }
        func opensUnit(_ marker: Range<Int>, _ isStrong: Bool) -> Bool {
            if afterSeparator(t, marker) { return true }
            let seg = segment(marker)
            return isStrong && !seg.isEmpty && t.longestMatch(lexicon.unitHeads, at: seg.lowerBound, end: seg.upperBound) != nil
        }
        let claimed = strong.reversed().first { opensUnit($0, true) } ?? weak.reversed().first { opensUnit($0, false) }
        guard let marker = claimed else { return .success(nil) }
        let written = Self.trimmed(t.original(from: marker.upperBound, to: segment(marker).upperBound))
        guard !written.isEmpty else { return .failure(.missingUnit) }
        if case .unknown(let suggestions) = resolveUnit(written) {
            return .failure(.unknownUnit(name: written, suggestions: suggestions))
        }
        return .success(nil)
    }

    /// The tokens after a clause marker, up to the next clause, separator or the end.
    private func segment(_ t: TokenText, after marker: Range<Int>, in rest: Range<Int>, boundaries: [Int]) -> Range<Int> {
        let start = marker.upperBound
        guard start < rest.upperBound else { return start..<start }
        var end = boundaries.filter { $0 >= start }.min() ?? rest.upperBound
        let from = t.tokens[start].start
        let to = end < t.count ? t.tokens[end].start : t.characters.count
        if let separator = t.characters[from..<to].firstIndex(where: { $0 == "," || $0 == ";" }) {
            end = min(end, t.tokenIndex(atOrAfter: separator))
        }
        return start..<max(start, end)
    }

    /// Whether a separator (",", ";", ":") stands right before the marker.
    func afterSeparator(_ t: TokenText, _ marker: Range<Int>) -> Bool {
        guard let mark = t.previousMark(before: t.tokens[marker.lowerBound].start) else { return false }
        return mark == "," || mark == ";" || mark == ":"
    }
}
