import DanVanTasks
import DanVanText

extension TaskCommandParser {
    /// A task number at `index` ("3", "#3", "số 3"), unless a duration word follows ("6 tháng").
    func readNumber(_ t: TokenText, at index: Int, end: Int) -> (number: Int, next: Int)? {
        var i = index
        if let m = t.longestMatch(lexicon.numberPrefixes, at: i, end: end) { i = m.end }
        guard i < end, t.tokens[i].isNumeric, t.tokens[i].text.count <= 9, let n = Int(t.tokens[i].text), n > 0
        else { return nil }
        if t.longestMatch(lexicon.numberBlockers, at: i + 1, end: end) != nil { return nil }
        return (n, i + 1)
    }

    /// The task a command is about: its number, or the words of its title.
    func reference(_ t: TokenText, _ rest: Range<Int>, intent: TaskIntent) -> Result<TaskReference, TaskCommandError> {
        if let (number, _) = readNumber(t, at: rest.lowerBound, end: rest.upperBound) { return .success(.number(number)) }
        let words = Self.trimmed(t.original(from: rest.lowerBound, to: rest.upperBound))
        return words.isEmpty ? .failure(.missingNumber(example: lexicon.examples[intent]?.first)) : .success(.words(words))
    }

    /// "cập nhật nhiệm vụ 3: đã họp xong".
    func parseUpdate(_ t: TokenText, _ rest: Range<Int>, intent: TaskIntent) -> Result<TaskCommand, TaskCommandError> {
        guard !rest.isEmpty else { return .failure(.missingNumber(example: lexicon.examples[intent]?.first)) }
        let endChar = t.tokens[rest.upperBound - 1].end
        let ref: TaskReference
        let noteStart: Int
        if let (number, next) = readNumber(t, at: rest.lowerBound, end: rest.upperBound) {
            ref = .number(number)
            noteStart = t.tokens[next - 1].end
        } else if let colon = t.characters[t.tokens[rest.lowerBound].start..<endChar].firstIndex(of: ":") {
            let words = Self.trimmed(t.original(chars: t.tokens[rest.lowerBound].start..<colon))
            guard !words.isEmpty else { return .failure(.missingNumber(example: lexicon.examples[intent]?.first)) }
            ref = .words(words)
            noteStart = colon + 1
        } else {
            return .failure(.missingNumber(example: lexicon.examples[intent]?.first))
        }
        let note = Self.trimmed(t.original(chars: noteStart..<endChar))
        return note.isEmpty ? .failure(.missingNote) : .success(.update(ref, note: note))
    }

    /// "đổi hạn nhiệm vụ 3 sang 20/10".
    func parseReschedule(_ t: TokenText, _ rest: Range<Int>, intent: TaskIntent, today: CalendarDate) -> Result<TaskCommand, TaskCommandError> {
        guard !rest.isEmpty else { return .failure(.missingNumber(example: lexicon.examples[intent]?.first)) }
        let connectors = lexicon.connectors[intent] ?? []
        let restStart = t.tokens[rest.lowerBound].start
        let mention = DateExtractor.mentions(in: t.nfc).first { $0.range.lowerBound >= restStart }
        let ref: TaskReference
        var after: Int
        if let (number, next) = readNumber(t, at: rest.lowerBound, end: rest.upperBound) {
            ref = .number(number)
            after = next
        } else {
            let stop = mention.map { t.tokenIndex(atOrAfter: $0.range.lowerBound) } ?? rest.upperBound
            var wordsEnd = stop
            if let last = t.occurrences(of: connectors, in: rest.lowerBound..<stop).last, last.upperBound == stop {
                wordsEnd = last.lowerBound
            }
            let words = Self.trimmed(t.original(from: rest.lowerBound, to: wordsEnd))
            guard !words.isEmpty else { return .failure(.missingNumber(example: lexicon.examples[intent]?.first)) }
            ref = .words(words)
            after = wordsEnd
        }
        guard let mention else {
            while let m = t.longestMatch(connectors, at: after, end: rest.upperBound) { after = m.end }
            let leftover = Self.trimmed(t.original(from: after, to: rest.upperBound))
            return .failure(leftover.isEmpty ? .missingDate : .unreadableDate(leftover))
        }
        return resolve(mention, today: today).map { .reschedule(ref, due: $0) }
    }

    /// "giao lại nhiệm vụ 3 cho phòng kinh tế".
    func parseReassign(_ t: TokenText, _ rest: Range<Int>, intent: TaskIntent) -> Result<TaskCommand, TaskCommandError> {
        guard !rest.isEmpty else { return .failure(.missingNumber(example: lexicon.examples[intent]?.first)) }
        let connectors = lexicon.connectors[intent] ?? []
        let ref: TaskReference
        var unitStart: Int
        if let (number, next) = readNumber(t, at: rest.lowerBound, end: rest.upperBound) {
            ref = .number(number)
            unitStart = next
            if let m = t.longestMatch(connectors, at: next, end: rest.upperBound) { unitStart = m.end }
        } else {
            guard let last = t.occurrences(of: connectors, in: rest).last else {
                return .failure(.missingUnit)
            }
            let words = Self.trimmed(t.original(from: rest.lowerBound, to: last.lowerBound))
            guard !words.isEmpty else { return .failure(.missingNumber(example: lexicon.examples[intent]?.first)) }
            ref = .words(words)
            unitStart = last.upperBound
        }
        let written = Self.trimmed(t.original(from: unitStart, to: rest.upperBound))
        guard !written.isEmpty else { return .failure(.missingUnit) }
        switch resolveUnit(written) {
        case .known(let canonical): return .success(.reassign(ref, unit: canonical))
        case .unknown(let suggestions): return .failure(.unknownUnit(name: written, suggestions: suggestions))
        }
    }

    /// A written date as a deadline: the year rule for "15/9", an error for "31/02/2025".
    func resolve(_ mention: DateMention, today: CalendarDate) -> Result<CalendarDate, TaskCommandError> {
        switch mention.value {
        case .date(let date): return .success(date)
        case .dayMonth(let day, let month):
            if let date = DueYearRule.date(day: day, month: month, today: today) { return .success(date) }
            let year = DueYearRule.year(day: day, month: month, today: today)
            return .failure(.invalidDate(String(format: "%02d/%02d/%04d", day, month, year)))
        case .invalid(let text):
            // "ngay 31 thang 2" (folded) is shown as "31/2"; "31/02/2025" stays as typed.
            let numbers = text.split(whereSeparator: { !$0.isNumber })
            let looksNumeric = text.allSatisfy { $0.isNumber || "/-. ".contains($0) }
            return .failure(.invalidDate(looksNumeric ? text : numbers.joined(separator: "/")))
        }
    }

    /// Text without surrounding spaces and separators (",", ":", ";", "-", "–", ".").
    static func trimmed(_ text: String) -> String {
        text.trimmingCharacters(in: .whitespacesAndNewlines.union(.init(charactersIn: ",:;-–—.")))
    }
}
