/// A yes/no question about deadlines, read with the date grammar's words:
///
///     "còn kịp nộp báo cáo lần 1 không"   → .stillInTime
///     "hạn là hôm qua à"                  → .isDeadline(hôm qua)
///     "tháng này có hạn gì không"         → .anyDeadlineIn(tháng này)
///     "tuần sau có phải nộp gì không"     → .anyDeadlineIn(tuần sau)
///
/// A question that asks nothing yes/no ("hạn báo cáo lần 1") is nil.
public enum DeadlineQuestion: Equatable, Sendable {
    case stillInTime
    case isDeadline(DateMatch)
    case anyDeadlineIn(DateMatch)

    public static func read(_ text: String, grammar: DateGrammar, today: CalendarDate) -> DeadlineQuestion? {
        let w = grammar.words
        let tokens = Tokenizer.tokens(text).map(\.text)
        func occurs(_ phrases: [[String]]) -> Int? {
            for start in tokens.indices {
                for p in phrases where start + p.count <= tokens.count && Array(tokens[start..<(start + p.count)]) == p {
                    return start
                }
            }
            return nil
        }
        let endsAsQuestion = w.questionEndings.contains { p in tokens.count >= p.count && Array(tokens.suffix(p.count)) == p }
        if occurs(w.inTimeWords) != nil { return .stillInTime }
        guard endsAsQuestion || text.hasSuffix("?") else { return nil }
        guard let date = grammar.scan(text, today: today).matches.first(where: { $0.phrase.window(from: today) != nil })
        else { return nil }
        if let isIt = occurs(w.isItWords) {
            let isItTokens = Tokenizer.tokens(text)
            if isIt < isItTokens.count, isItTokens[isIt].start <= date.characters.lowerBound { return .isDeadline(date) }
        }
        return .anyDeadlineIn(date)
    }
}
