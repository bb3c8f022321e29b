/// A task with its latest progress note, for reports by unit.
public struct TaskReportRow: Equatable, Sendable {
    public var task: PlanTask
    public var latestNote: ProgressNote?
    public var noteCount: Int
}
