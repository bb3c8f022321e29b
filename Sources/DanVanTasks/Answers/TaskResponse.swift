import DanVanText

/// A task command's answer: what a person reads and what the machine interface carries.
public struct TaskResponse: Sendable {
    /// `task.add`, `task.list`, …
    public var intent: TaskIntent
    public var slots: [String: String]
    public var confidence: Double
    public var document: AnswerDocument
    /// The tasks the answer is about (the JSON `tasks` field): the new one, the changed one, the listed ones.
    public var tasks: [TaskSummary]
    /// False when the command was refused; the store is then unchanged.
    public var succeeded: Bool
    /// A change named by title words: the same change on each task they match, by number, offered as a
    /// numbered choice ("Có phải bạn muốn nói: 1) #3 …"); nothing was changed. Empty otherwise.
    public var choices: [TaskCommand] = []
}
