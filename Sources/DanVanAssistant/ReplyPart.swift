/// One question of a line that asks several, and its answer (`--json`'s `parts`).
public struct ReplyPart: Sendable {
    /// The words of the line this question is made of.
    public var text: String
    /// What was answered: `text`, or `text` after the subject of the part before ("chỉ thị 16 của ai").
    public var question: String
    public var reply: Reply
}
