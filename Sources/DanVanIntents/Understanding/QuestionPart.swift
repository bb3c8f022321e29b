/// One question of a line that asks several ("chỉ thị 16 ban hành ngày nào và của ai").
///
///     engine.parts(of: "quyết định 23 và kết luận 114", context: .empty, today: today)?.map(\.text)
///     // ["quyết định 23", "kết luận 114"]
public struct QuestionPart: Sendable {
    /// The words of the line this part is made of (after typing repair), without the joining word.
    public var text: String
    /// What is answered: `text`, or `text` after the subject of the part before when it names none
    /// of its own ("của ai" → "chỉ thị 16 của ai").
    public var question: String
    /// How `question` was understood, in the conversation the parts before it leave.
    public var understanding: Understanding

    /// Whether the part borrowed the subject of the part before.
    public var inherits: Bool { question != text }
}
