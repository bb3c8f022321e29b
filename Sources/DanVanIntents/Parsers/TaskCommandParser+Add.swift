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
        // An impossible date anywhere in a new task is a typing mistake, never content.
        if let bad = dates.scan(String(t.characters[..<endChar]), today: today).invalid
            .first(where: { $0.characters.lowerBound >= contentStart }) {
            return .failure(.invalidDate(Self.shown(bad)))
        }
        var clauseStarts: [Int] = period.map { [$0.words.lowerBound] } ?? []

        var due: CalendarDate?
        var note: String?
        var dueClause: Range<Int>?
        switch findDue(t, rest, today: today) {
        case .failure(let error): return .failure(error)
        case .success(let found?) where period != nil && found.match.phrase.isRecurring:
            // The deadline clause is the period itself ("hạn trước ngày 15 hằng tháng"): the recurrence
            // below gives the task its rule and first date, anchored on a full date the clause writes
            // ("hạn 20/10/2025, hằng quý").
            let clauseChars = t.tokens[found.clause.lowerBound].start..<t.tokens[found.clause.upperBound - 1].end
            if let written = DateExtractor.mentions(in: t.nfc).first(where: { clauseChars.contains($0.range.lowerBound) }),
               case .date(let date) = written.value {
                due = date
            }
            clauseStarts.append(found.clause.lowerBound)
            dueClause = found.clause
        case .success(let found?):
            due = found.match.phrase.dueDate(from: today)
            if Self.needsNote(found.match) { note = Msg.dueAsWritten(found.match.text) }
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
        return .success(TaskDraft(title: title, unit: unit, coUnits: coUnits, due: due, product: product, note: note,
                                  recurrence: recurrence))
    }

    /// "giao phòng kinh tế rà soát hộ nghèo trước 30/9": an order that opens with the unit it is given to
    /// (an `assign` word, a unit the registry knows) and then says what to do, with no "thêm nhiệm vụ".
    /// It adds a task, read like "thêm nhiệm vụ <nội dung>, giao <đơn vị>, hạn <ngày>". A question
    /// ("giao phòng kinh tế những việc gì") or a unit with nothing to do after it is not one.
    func parseAssignment(_ t: TokenText, _ span: Range<Int>, today: CalendarDate) -> TaskCommandParse? {
        guard let marker = t.longestMatch(lexicon.assign, at: span.lowerBound, end: span.upperBound),
              marker.end < span.upperBound, !endsWithQuestion(t, span) else { return nil }
        // The shortest name the registry knows right after the marker ("phòng kt", "phòng văn hóa"), then
        // the words that go on spelling that unit's name ("… xã hội"): the order's content starts after.
        let longest = min(span.upperBound, marker.end + 8)
        guard let shortest = (marker.end + 1...longest).first(where: { end in
            if case .known = resolveUnit(t.original(from: marker.end, to: end)) { return true }
            return false
        }), case .known(let unit) = resolveUnit(t.original(from: marker.end, to: shortest)) else { return nil }
        let nameWords = Set(Tokenizer.foldedWords(unit))
        var unitEnd = shortest
        while unitEnd < span.upperBound, nameWords.contains(t.tokens[unitEnd].text) { unitEnd += 1 }
        var contentStart = unitEnd
        while let noun = t.longestMatch(lexicon.nouns + lexicon.articles, at: contentStart, end: span.upperBound) {
            contentStart = noun.end  // "giao phòng kinh tế nhiệm vụ rà soát …"
        }
        guard span.upperBound - contentStart >= 2 else { return nil }
        let result = parseAdd(t, contentStart..<span.upperBound, today: today).map { draft -> TaskCommand in
            var draft = draft
            if draft.unit == nil { draft.unit = unit }
            return .add(draft)
        }
        switch result {
        case .failure(.missingContent): return nil
        // Without a deadline, a short content ("giao phòng kinh tế báo cáo") may be a question cut short:
        // an order says at least three words of what to do.
        case .success(.add(let draft)) where draft.due == nil && Tokenizer.foldedWords(draft.title).count < 3: return nil
        default: break
        }
        return TaskCommandParse(intent: .add, command: result, slots: Self.slots(of: result), confidence: 0.9)
    }

    /// Whether the sentence ends with a question word or a question mark.
    func endsWithQuestion(_ t: TokenText, _ span: Range<Int>) -> Bool {
        lexicon.questionWords.contains { q in
            q.count <= span.count && t.match(q, at: span.upperBound - q.count, end: span.upperBound) != nil
        } || t.characters.last(where: { !$0.isWhitespace }) == "?"
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

    /// The deadline clause: a deadline word, optional fillers, then a date phrase of the grammar; or a
    /// clause after a separator that is a date phrase on its own ("…, trong 10 ngày"). A deadline word
    /// after a separator with no date after it, or a date phrase followed by words it does not
    /// understand, is refused, never dropped; elsewhere a deadline word is content ("hạn chế").
    private func findDue(_ t: TokenText, _ rest: Range<Int>,
                         today: CalendarDate) -> Result<(match: DateMatch, clause: Range<Int>)?, TaskCommandError> {
        let markers = t.occurrences(of: lexicon.due, in: rest)
        for marker in markers.reversed() {
            var j = marker.upperBound
            while j < rest.upperBound {
                switch readDue(t, at: j, clauseStart: marker.lowerBound, rest: rest, today: today) {
                case .success(let found?): return .success(found)
                case .failure(let error): return .failure(error)
                case .success(nil): break
                }
                guard let filler = t.longestMatch(lexicon.dueFillers, at: j, end: rest.upperBound) else { break }
                j = filler.end
            }
        }
        // A date phrase opening a clause: after a separator, or right after the unit a task is given to
        // ("giao phòng kinh tế trong 10 ngày": the unit's clause never swallows its deadline).
        let opensClause = { (j: Int) in self.afterSeparator(t, j..<(j + 1)) || self.followsAssignedUnit(t, j, rest) }
        for j in rest where opensClause(j) && dates.looksLikeDate(t.nfc, from: t.tokens[j].start) {
            switch readDue(t, at: j, clauseStart: j, rest: rest, today: today) {
            case .success(let found?): return .success(found)
            case .failure(let error): return .failure(error)
            case .success(nil): return .failure(.dateNotUnderstood(Self.trimmed(t.original(chars: t.tokens[j].start..<clauseEnd(t, after: j, rest: rest)))))
            }
        }
        if let marker = markers.last(where: { afterSeparator(t, $0) }) {
            let written = Self.trimmed(t.original(from: marker.upperBound, to: rest.upperBound))
            return .failure(written.isEmpty ? .missingDate : .dateNotUnderstood(written))
        }
        return .success(nil)
    }

    /// The date phrase at token `j`, when one starts there and fills its clause.
    private func readDue(_ t: TokenText, at j: Int, clauseStart: Int, rest: Range<Int>,
                         today: CalendarDate) -> Result<(match: DateMatch, clause: Range<Int>)?, TaskCommandError> {
        let from = t.tokens[j].start
        let match: DateMatch
        do {
            guard let m = try dates.phrase(in: t.nfc, from: from, today: today), m.characters.lowerBound == from else { return .success(nil) }
            match = m
        } catch let bad as InvalidDate {
            return .failure(.invalidDate(Self.shown(bad)))
        } catch {
            return .success(nil)
        }
        let end = clauseEnd(t, after: j, rest: rest)
        let matchEnd = min(match.characters.upperBound, end)
        let leftover = Self.trimmed(String(t.characters[matchEnd..<max(matchEnd, end)]))
        if leftover.contains(where: { $0.isLetter || $0.isNumber }) {
            return .failure(.dateNotUnderstood(Self.trimmed(t.original(chars: from..<end))))
        }
        return .success((match, clauseStart..<t.tokenIndex(atOrAfter: matchEnd)))
    }

    /// Where the clause holding token `j` ends: a separator, another clause's marker, or the end.
    private func clauseEnd(_ t: TokenText, after j: Int, rest: Range<Int>) -> Int {
        let restEnd = t.tokens[rest.upperBound - 1].end
        var end = restEnd
        if let separator = t.characters[t.tokens[j].start..<restEnd].firstIndex(where: { $0 == "," || $0 == ";" }) {
            end = separator
        }
        let markers = lexicon.assign + lexicon.coUnits + lexicon.product
        if let next = t.occurrences(of: markers, in: (j + 1)..<rest.upperBound).first {
            end = min(end, t.tokens[next.lowerBound].start)
        }
        return end
    }

    /// Whether the deadline says more than its due day: kept in the task's note.
    static func needsNote(_ m: DateMatch) -> Bool {
        switch m.phrase {
        case .date, .range: return !m.times.isEmpty
        case .dates, .recurring, .offset, .continuous, .timeOnly: return true
        }
    }

    /// An impossible date as the person should see it: "31/02/2025" as typed, "ngày 31 tháng 2" as "31/2".
    static func shown(_ bad: InvalidDate) -> String {
        let text = bad.text
        if text.allSatisfy({ $0.isNumber || "/-. ".contains($0) }) { return text }
        return text.split(whereSeparator: { !$0.isNumber }).joined(separator: "/")
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
                    // Words left after the name are dropped ("thực hiện"), unless they speak of a date the
                    // deadline clause did not read: that is refused by name, never lost.
                    if end < seg.upperBound, dates.mentionsDate((end..<seg.upperBound).map { t.tokens[$0].text }) {
                        return .failure(.dateNotUnderstood(Self.trimmed(t.original(from: end, to: seg.upperBound))))
                    }
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

    /// Whether token `j` comes right after "giao/cho <a unit the registry knows>".
    private func followsAssignedUnit(_ t: TokenText, _ j: Int, _ rest: Range<Int>) -> Bool {
        let markers = t.occurrences(of: lexicon.assign + lexicon.weakAssign, in: rest.lowerBound..<j)
        return markers.contains { m in
            m.upperBound < j && { if case .known = resolveUnit(t.original(from: m.upperBound, to: j)) { return true }; return false }()
        }
    }

    /// Whether a separator (",", ";", ":") stands right before the marker.
    func afterSeparator(_ t: TokenText, _ marker: Range<Int>) -> Bool {
        guard let mark = t.previousMark(before: t.tokens[marker.lowerBound].start) else { return false }
        return mark == "," || mark == ";" || mark == ":"
    }
}
