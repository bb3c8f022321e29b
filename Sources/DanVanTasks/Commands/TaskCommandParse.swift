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

extension TaskCommandParse {
    /// What was understood, as strings for the JSON `slots`.
    public static func slots(of result: Result<TaskCommand, TaskCommandError>) -> [String: String] {
        guard case .success(let command) = result else { return [:] }
        var slots: [String: String] = [:]
        func ref(_ r: TaskReference?) {
            switch r {
            case .number(let n): slots["id"] = String(n)
            case .words(let w): slots["words"] = w
            case nil: break
            }
        }
        switch command {
        case .add(let d):
            slots["title"] = d.title
            slots["unit"] = d.unit
            slots["due"] = d.due?.iso
            slots["coUnits"] = d.coUnits
            slots["note"] = d.note
            slots["recurrence"] = d.recurrence?.rule
        case .complete(let r), .reopen(let r), .delete(let r), .restore(let r), .show(let r): ref(r)
        case .history(let r): ref(r)
        case .update(let r, let note): ref(r); slots["note"] = note
        case .reschedule(let r, let due): ref(r); slots["due"] = due.iso
        case .extend(let r, let span): ref(r); slots["extend"] = span.written
        case .reassign(let r, let unit): ref(r); slots["unit"] = unit
        case .undo, .more, .progress, .agenda, .deadlineCalendar: break
        case .listPage(let f, let offset):
            slots["filter"] = f.kind
            slots["offset"] = String(offset)
            slots["unit"] = f.unit
        case .list(let f):
            slots["filter"] = f.kind
            slots["days"] = f.dueWithinDays.map(String.init)
            slots["unit"] = f.unit
        }
        return slots
    }
}
