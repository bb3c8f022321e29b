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
    /// "gia hạn nhiệm vụ 3 thêm 1 tuần": the deadline moved by a length (from today when it has none).
    case extend(TaskReference, by: DateSpan)
    case reassign(TaskReference, unit: String)
    case delete(TaskReference)
    case restore(TaskReference)
    case undo
    /// One task's history, or the store's latest changes with nil.
    case history(TaskReference?)
    case show(TaskReference)
    case list(TaskFilter)
    /// The rows of a list from position `offset` ("xem thêm" after a list of more than one page).
    case listPage(TaskFilter, offset: Int)
    /// "xem thêm", "tiếp": the next page of the previous list; the session knows which
    /// (`TaskPaging`), a lone responder lists from the start.
    case more
    /// "tiến độ chung", "thống kê nhiệm vụ": counts per unit and per state.
    case progress
    /// "hôm nay có gì": overdue, due today and due in the next 7 days (`AgendaDocument`).
    case agenda
    /// "lịch hạn": this month's deadlines as a calendar grid, then listed.
    case deadlineCalendar
}
