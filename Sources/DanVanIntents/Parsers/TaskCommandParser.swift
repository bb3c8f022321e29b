import DanVanTasks
import DanVanText

/// Understands the task commands of `Intents/tasks.yaml` in Vietnamese, with or without diacritics.
///
///     let parser = TaskCommandParser(vocabulary: vocabulary, courtesy: catalog.courtesy, resolveUnit: registry.resolve)
///     parser.parse("xong nv 3", today: today)?.intent                        // "task.done"
///     parser.parse("nhiệm vụ của phòng văn hóa xã hội", today: today)        // nil: the plan's duties
///
/// `parse` returns nil when the sentence is not a task command, so the intent engine can try the
/// knowledge questions. "nhiệm vụ của <đơn vị>" is left to `unit.duties`; a list is claimed only with
/// a list word right before the noun ("danh sách nhiệm vụ") or a status or time filter
/// ("nhiệm vụ quá hạn của phòng kinh tế").
public struct TaskCommandParser {
    let lexicon: CommandLexicon
    let resolveUnit: UnitResolver
    private let datesGiven: DateGrammar?
    /// Reads deadlines ("15/9", "thứ sáu tuần sau", "trước ngày 15 hằng tháng"): the grammar given,
    /// else the shared one, read only when a command holds a date.
    var dates: DateGrammar { datesGiven ?? .shared }

    /// - Parameter courtesy: The courtesy words of `Intents/entities.yaml`, dropped at a command's ends.
    public init(vocabulary: TaskVocabulary, courtesy: EntityVocabulary.Courtesy, resolveUnit: @escaping UnitResolver,
                dates: DateGrammar? = nil) {
        lexicon = CommandLexicon(vocabulary, courtesy: courtesy)
        self.resolveUnit = resolveUnit
        datesGiven = dates
    }

    /// The task command in `text`, or nil when it is not one.
    ///
    /// - Parameter today: Fixes the year of dates written without one (`DueYearRule`).
    public func parse(_ text: String, today: CalendarDate) -> TaskCommandParse? {
        parse(TokenText(text), today: today)
    }

    /// The task command in a normalised question, or nil when it is not one.
    public func parse(_ question: NormalizedQuestion, today: CalendarDate) -> TaskCommandParse? {
        parse(TokenText(question), today: today)
    }

    private func parse(_ t: TokenText, today: CalendarDate) -> TaskCommandParse? {
        var span = 0..<t.count
        stripCourtesy(t, &span)
        guard !span.isEmpty else { return nil }
        func verdict(_ found: TaskCommandParse?) -> TaskCommandParse? {
            guard var found else { return nil }
            // Asked only of a line that reads as a command (most lines are questions, not commands).
            if containsSQL(t.nfc) {
                found.command = .failure(.looksLikeSQL)
                found.slots = [:]
            }
            return found
        }
        if let undo = parseUndo(t, span) { return verdict(undo) }
        if let whole = parseWholePhrase(t, span) { return verdict(whole) }
        if let command = parseVerbCommand(t, span, today: today) { return verdict(command) }
        if let assigned = parseAssignment(t, span, today: today) { return verdict(assigned) }
        if let show = parseBareReference(t, span) { return verdict(show) }
        return verdict(parseList(t, span))
    }

    /// Drops "cho tôi", "làm ơn"… at the start and "ạ", "nhé"… at the end.
    private func stripCourtesy(_ t: TokenText, _ span: inout Range<Int>) {
        var changed = true
        while changed, !span.isEmpty {
            changed = false
            // Keep a courtesy word that is itself the start of a command ("cho" never starts one).
            if let m = t.longestMatch(lexicon.politePrefixes, at: span.lowerBound, end: span.upperBound),
               m.end < span.upperBound {
                span = m.end..<span.upperBound
                changed = true
            }
            for suffix in lexicon.politeSuffixes where span.count > suffix.count {
                if t.match(suffix, at: span.upperBound - suffix.count, end: span.upperBound) != nil {
                    span = span.lowerBound..<(span.upperBound - suffix.count)
                    changed = true
                    break
                }
            }
        }
    }

    private func containsSQL(_ text: String) -> Bool {
        let folded = Folding.fold(text).split(whereSeparator: \.isWhitespace).joined(separator: " ")
        return lexicon.sqlMarkers.contains { !$0.isEmpty && folded.containsLiteral($0) }
    }

    /// "hoàn tác", "hoàn tác thao tác vừa rồi": undo always reverts the latest change and says which.
    private func parseUndo(_ t: TokenText, _ span: Range<Int>) -> TaskCommandParse? {
        guard t.longestMatch(lexicon.undoPhrases, at: span.lowerBound, end: span.upperBound) != nil else { return nil }
        return TaskCommandParse(intent: .undo, command: .success(.undo), slots: [:], confidence: 0.95)
    }

    /// "<verb> <noun> …": every command but lists and undo.
    private func parseVerbCommand(_ t: TokenText, _ span: Range<Int>, today: CalendarDate) -> TaskCommandParse? {
        for verb in lexicon.verbs {
            guard var afterVerb = t.match(verb.words, at: span.lowerBound, end: span.upperBound) else { continue }
            while let article = t.longestMatch(lexicon.articles, at: afterVerb, end: span.upperBound) { afterVerb = article.end }
            let rest: Range<Int>
            if let afterNoun = t.longestMatch(lexicon.nouns, at: afterVerb, end: span.upperBound)?.end {
                rest = afterNoun..<span.upperBound
            } else if afterVerb < span.upperBound, t.tokens[afterVerb].isNumeric, t.tokens[afterVerb].start > 0,
                      t.characters[t.tokens[afterVerb].start - 1] == "#" {
                rest = afterVerb..<span.upperBound  // "xong #3": the number sign stands for the noun
            } else {
                continue
            }
            if let parse = build(intent: verb.intent, t, rest, today: today) { return parse }
        }
        return nil
    }

    /// "nhiệm vụ 3", "nv số 3 đã xong chưa": show that task; "nhiệm vụ 3 đã xong",
    /// "đánh dấu nhiệm vụ 3 là hoàn thành": mark it done.
    private func parseBareReference(_ t: TokenText, _ span: Range<Int>) -> TaskCommandParse? {
        var start = span.lowerBound
        let leading = t.longestMatch(lexicon.doneLeading, at: start, end: span.upperBound)
        if let leading { start = leading.end }
        guard let afterNoun = t.longestMatch(lexicon.nouns, at: start, end: span.upperBound)?.end,
              let (number, next) = readNumber(t, at: afterNoun, end: span.upperBound) else { return nil }
        let asksQuestion = endsWithQuestion(t, span)
        // The done words must end the sentence: "nhiệm vụ 3: đã họp xong" is news, not an order.
        let saysDone = lexicon.doneTrailing.contains { t.match($0, at: next, end: span.upperBound) == span.upperBound }
        if saysDone, !asksQuestion {
            return TaskCommandParse(intent: .done, command: .success(.complete(.number(number))),
                                    slots: ["id": String(number)], confidence: 0.85)
        }
        guard leading == nil else { return nil }
        return TaskCommandParse(intent: .show, command: .success(.show(.number(number))),
                                slots: ["id": String(number)], confidence: 0.85)
    }

    private func build(intent: TaskIntent, _ t: TokenText, _ rest: Range<Int>, today: CalendarDate) -> TaskCommandParse? {
        let result: Result<TaskCommand, TaskCommandError>?
        switch intent {
        case .add: result = parseAdd(t, rest, today: today).map(TaskCommand.add)
        case .done: result = reference(t, rest, intent: intent).map(TaskCommand.complete)
        case .reopen: result = reference(t, rest, intent: intent).map(TaskCommand.reopen)
        case .delete: result = reference(t, rest, intent: intent).map(TaskCommand.delete)
        case .restore: result = reference(t, rest, intent: intent).map(TaskCommand.restore)
        case .update: result = parseUpdate(t, rest, intent: intent)
        case .reschedule: result = parseReschedule(t, rest, intent: intent, today: today)
        case .reassign: result = parseReassign(t, rest, intent: intent)
        case .history:
            result = rest.isEmpty ? .success(.history(nil)) : reference(t, rest, intent: intent).map(TaskCommand.history)
        case .show:
            // "xem nhiệm vụ quá hạn" is a list: show needs a number.
            guard let (number, _) = readNumber(t, at: rest.lowerBound, end: rest.upperBound) else { return nil }
            result = .success(.show(.number(number)))
        case .undo, .list, .more, .progress, .agenda, .deadlineCalendar: result = nil  // phrases and list cues, not verbs, open these
        }
        guard let result else { return nil }
        return TaskCommandParse(intent: intent, command: result, slots: Self.slots(of: result), confidence: 0.95)
    }

    /// What was understood, as strings for the JSON `slots` (`TaskCommandParse.slots(of:)`).
    static func slots(of result: Result<TaskCommand, TaskCommandError>) -> [String: String] { TaskCommandParse.slots(of: result) }

}
