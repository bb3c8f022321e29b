/// How long a question is, counted the way a person sees it, and the refusal of one that is too long.
///
///     QuestionLength.count("hạn báo cáo")                       // 11
///     QuestionLength.count("a" + String(repeating: "\u{301}", count: 10_000))  // 10001
///     QuestionLength.refusal(for: String(repeating: "x", count: 3000))  // "Câu hỏi quá dài (3.000 ký tự; …"
///
/// A character is a grapheme cluster, but a cluster is capped: one with more than four code points
/// (a Vietnamese letter has at most three: a base and two marks) counts as its code points, so a
/// letter buried under thousands of combining marks is not "1 ký tự".
public enum QuestionLength {
    /// The longest question answered, in characters (the assistant's own limit).
    public static let maximumCharacters = 2000
    /// Bytes beyond which a line is refused before it is even counted.
    public static let maximumBytes = maximumCharacters * 4

    /// The capped character count of `text`.
    public static func count(_ text: String) -> Int {
        var n = 0
        for cluster in text {
            let scalars = cluster.unicodeScalars.count
            n += scalars > 4 ? scalars : 1
        }
        return n
    }

    /// The message for a question that is too long, or nil when it is not.
    public static func refusal(for text: String) -> String? {
        let bytes = text.utf8.count
        if bytes > 100_000 { return Msg.questionTooLong(size: Msg.byteSize(bytes)) }
        let n = count(text)
        guard n > maximumCharacters || bytes > maximumBytes else { return nil }
        return Msg.questionTooLong(size: "\(Msg.grouped(n)) ký tự")
    }

    /// The message for a line of `bytes` bytes that was not even read whole.
    public static func refusal(bytes: Int) -> String {
        Msg.questionTooLong(size: Msg.byteSize(bytes))
    }
}
