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
}
