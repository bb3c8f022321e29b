/// How many tasks a unit has in one status.
public struct UnitStatusCount: Equatable, Sendable {
    /// nil for tasks nobody is assigned to.
    public var unit: String?
    public var status: TaskStatus
    public var count: Int
}
