/// One unit's line of the overall progress table ("tiến độ chung").
public struct UnitProgress: Equatable, Sendable {
    /// nil for tasks nobody is assigned to.
    public var unit: String?
    /// Tasks not deleted.
    public var total: Int
    public var done: Int
    /// Open tasks not past their deadline that have at least one progress note ("đang làm"), as a
    /// report counts a task in progress (`ReportTaskState.inProgress`).
    public var inProgress: Int
    /// Open tasks past their deadline.
    public var overdue: Int

    /// Open tasks, overdue or not.
    public var open: Int { total - done }

    public init(unit: String?, total: Int, done: Int, inProgress: Int = 0, overdue: Int) {
        self.unit = unit
        self.total = total
        self.done = done
        self.inProgress = inProgress
        self.overdue = overdue
    }
}
