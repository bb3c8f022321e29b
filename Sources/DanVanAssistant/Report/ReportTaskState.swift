/// Where a task stands in a report, relative to the period and to the day the report is drafted.
public enum ReportTaskState: String, CaseIterable, Equatable, Sendable {
    /// Done on a day inside the period.
    case completedWithin
    /// Done before the period started (listed as done outside the period).
    case completedBefore
    /// Done on or after the deadline (listed as done outside the period).
    case completedAfter
    /// Still open, not overdue, with at least one progress note.
    case inProgress
    /// Still open and its deadline is before the day of the report.
    case overdue
    /// Still open, not overdue, no progress note yet.
    case notStarted

    /// Whether the task is done (in or outside the period).
    public var isCompleted: Bool { [.completedWithin, .completedBefore, .completedAfter].contains(self) }
}
