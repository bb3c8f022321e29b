import DanVanText

/// Which tasks a list shows.
///
///     TaskFilter(status: .open, dueWithinDays: 7)   // open tasks due from today to today + 7
public struct TaskFilter: Equatable, Sendable {
    public enum Status: String, Equatable, Sendable {
        /// Everything not deleted.
        case active
        /// Still to do.
        case open
        case done
        case deleted
    }

    public var status: Status
    /// Only open tasks whose deadline is before today.
    public var overdueOnly: Bool
    /// Only open tasks due from today up to today + N days.
    public var dueWithinDays: Int?
    /// Exact canonical unit name.
    public var unit: String?
    /// Folded text the unit name must contain (for names kept as imported).
    public var unitContaining: String?

    public init(status: Status = .active, overdueOnly: Bool = false, dueWithinDays: Int? = nil,
                unit: String? = nil, unitContaining: String? = nil) {
        self.status = status
        self.overdueOnly = overdueOnly
        self.dueWithinDays = dueWithinDays
        self.unit = unit
        self.unitContaining = unitContaining
    }
}

extension TaskFilter {
    /// `overdue`, `due_today`, `due_soon`, or the status (`active`, `open`, `done`, `deleted`): the
    /// filter's name in `--json` slots and in list titles.
    public var kind: String {
        if overdueOnly { return "overdue" }
        if let days = dueWithinDays { return days == 0 ? "due_today" : "due_soon" }
        return status.rawValue
    }
}
