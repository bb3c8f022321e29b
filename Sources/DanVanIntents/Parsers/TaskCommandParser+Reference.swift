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

    /// "đổi hạn nhiệm vụ 3 sang 20/10", "gia hạn nv 3 đến cuối tháng sau".
    func parseReschedule(_ t: TokenText, _ rest: Range<Int>, intent: TaskIntent, today: CalendarDate) -> Result<TaskCommand, TaskCommandError> {
        guard !rest.isEmpty else { return .failure(.missingNumber(example: lexicon.examples[intent]?.first)) }
        let connectors = lexicon.connectors[intent] ?? []
        let restEnd = t.tokens[rest.upperBound - 1].end
        /// The date phrase starting at token `j` and running to the end of the command.
        func phrase(at j: Int) -> Result<DateMatch, TaskCommandError>? {
            do {
                guard let m = try dates.phrase(in: t.nfc, from: t.tokens[j].start, today: today),
                      m.characters.lowerBound == t.tokens[j].start,
                      !Self.trimmed(String(t.characters[min(m.characters.upperBound, restEnd)..<restEnd])).contains(where: { $0.isLetter || $0.isNumber })
                else { return nil }
                return .success(m)
            } catch let bad as InvalidDate {
                return .failure(.invalidDate(Self.shown(bad)))
            } catch {
                return nil
            }
        }
        /// "thêm 1 tuần" starting at token `j` and running to the end of the command: the deadline moves by it.
        func addedLength(at j: Int) -> DateSpan? {
            guard let e = dates.addedLength(in: t.nfc, from: t.tokens[j].start),
                  !Self.trimmed(String(t.characters[min(e.end, restEnd)..<restEnd])).contains(where: { $0.isLetter || $0.isNumber })
            else { return nil }
            return e.span
        }
        let ref: TaskReference
        var after: Int
        var found: Result<DateMatch, TaskCommandError>?
        if let (number, next) = readNumber(t, at: rest.lowerBound, end: rest.upperBound) {
            ref = .number(number)
            after = next
            while let m = t.longestMatch(connectors, at: after, end: rest.upperBound) { after = m.end }
            if after < rest.upperBound, let span = addedLength(at: after) { return .success(.extend(ref, by: span)) }
            found = after < rest.upperBound ? phrase(at: after) : nil
        } else {
            // The title's words, then the first date phrase (or added length) that runs to the end.
            var stop = rest.upperBound
            for j in rest where j > rest.lowerBound {
                if let span = addedLength(at: j) {
                    let words = Self.trimmed(t.original(from: rest.lowerBound, to: j))
                    return .success(.extend(.words(words), by: span))
                }
                if let p = phrase(at: j) { found = p; stop = j; break }
            }
            var wordsEnd = stop
            if let last = t.occurrences(of: connectors, in: rest.lowerBound..<stop).last, last.upperBound == stop {
                wordsEnd = last.lowerBound
            }
            let words = Self.trimmed(t.original(from: rest.lowerBound, to: wordsEnd))
            guard !words.isEmpty else { return .failure(.missingNumber(example: lexicon.examples[intent]?.first)) }
            ref = .words(words)
            after = stop
        }
        guard let found else {
            let leftover = Self.trimmed(t.original(from: after, to: rest.upperBound))
            return .failure(leftover.isEmpty ? .missingDate : .dateNotUnderstood(leftover))
        }
        return found.flatMap { m in
            switch m.phrase {
            case .recurring, .offset, .continuous: return .failure(.dateNotADay(m.text))
            default:
                guard let due = m.phrase.dueDate(from: today) else { return .failure(.dateNotADay(m.text)) }
                return .success(.reschedule(ref, due: due))
            }
        }
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

    /// Text without surrounding spaces and separators (",", ":", ";", "-", "–", ".").
    static func trimmed(_ text: String) -> String {
        text.trimmingCharacters(in: .whitespacesAndNewlines.union(.init(charactersIn: ",:;-–—.")))
    }
}
