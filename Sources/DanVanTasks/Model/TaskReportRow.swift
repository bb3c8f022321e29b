/// A task with its latest progress note, for reports by unit.
public struct TaskReportRow: Equatable, Sendable {
    public var task: PlanTask
    public var latestNote: ProgressNote?
    public var noteCount: Int
}

/// How many tasks a unit has in one status.
public struct UnitStatusCount: Equatable, Sendable {
    /// nil for tasks nobody is assigned to.
    public var unit: String?
    public var status: TaskStatus
    public var count: Int
}
