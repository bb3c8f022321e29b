/// The task commands: the intents of `Intents/tasks.yaml`, one case each.
///
/// The raw value is the public id (`--json`'s `intent`). A key of `tasks.yaml` that names no case
/// is refused when the vocabulary loads; a case no part of the code handles does not compile.
///
///     TaskIntent(rawValue: "task.done")   // .done
public enum TaskIntent: String, CaseIterable, Codable, Sendable {
    case add = "task.add"
    case done = "task.done"
    case reopen = "task.reopen"
    case update = "task.update"
    case reschedule = "task.reschedule"
    case reassign = "task.reassign"
    case delete = "task.delete"
    case restore = "task.restore"
    case undo = "task.undo"
    case history = "task.history"
    case show = "task.show"
    case list = "task.list"
    /// The next page of the last list ("xem thêm", "tiếp").
    case more = "task.more"
    /// Counts per unit and state ("tiến độ chung").
    case progress = "task.progress"
    /// The day's agenda ("hôm nay có gì", "việc hôm nay"): overdue, due today, due soon.
    case agenda = "task.agenda"
    /// The month's deadlines as a calendar grid ("lịch hạn").
    case deadlineCalendar = "task.calendar"

    /// Commands that only read the store (answered from a read-only connection).
    public var onlyReads: Bool { [.list, .show, .history, .more, .progress, .agenda, .deadlineCalendar].contains(self) }
}
