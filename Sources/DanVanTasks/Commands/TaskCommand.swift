import DanVanText

/// A task command understood from a sentence, ready to run against the store.
///
///     parser.parse("xong nhiệm vụ 3", today: today)?.command   // .success(.complete(.number(3)))
public enum TaskCommand: Equatable, Sendable {
    case add(TaskDraft)
    case complete(TaskReference)
    case reopen(TaskReference)
    case update(TaskReference, note: String)
    case reschedule(TaskReference, due: CalendarDate)
    case reassign(TaskReference, unit: String)
    case delete(TaskReference)
    case restore(TaskReference)
    case undo
    /// One task's history, or the store's latest changes with nil.
    case history(TaskReference?)
    case show(TaskReference)
    case list(TaskFilter)
}

/// How a command names its task: by number ("nhiệm vụ 3") or by words of its title.
public enum TaskReference: Equatable, Sendable {
    case number(Int)
    case words(String)
}
