/// The parser's verdict on a sentence that is a task command: its intent, and the command or the
/// reason it cannot run (missing content, impossible date, unknown unit…).
public struct TaskCommandParse: Sendable {
    /// `task.add`, `task.done`, `task.list`, …
    public var intent: TaskIntent
    public var command: Result<TaskCommand, TaskCommandError>
    /// What was understood, for `--json` and `--explain` (`id`, `title`, `unit`, `due`, `filter`, …).
    public var slots: [String: String]
    /// 0–1: how sure the parser is that this sentence is this command.
    public var confidence: Double

    /// A parse built by hand, e.g. by `danvan tasks list` to run a `TaskCommand` through `TaskResponder`.
    public init(intent: TaskIntent, command: Result<TaskCommand, TaskCommandError>, slots: [String: String] = [:],
                confidence: Double = 1) {
        self.intent = intent
        self.command = command
        self.slots = slots
        self.confidence = confidence
    }
}
