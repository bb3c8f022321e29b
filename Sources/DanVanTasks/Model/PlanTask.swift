import DanVanText
import Foundation

/// One task of the plan's appendix, as the store keeps it.
///
///     task.number   // "#3"
public struct PlanTask: Equatable, Sendable, Identifiable {
    /// The number users type ("nhiệm vụ 3"), shown as `#3`.
    public var id: Int
    public var title: String
    /// The canonical name of the unit in charge ("Phòng Kinh tế"), or the name as imported when the
    /// unit registry does not know it; nil when nobody is assigned yet.
    public var unit: String?
    /// The co-operating units, as written.
    public var coUnits: String?
    public var due: CalendarDate?
    public var product: String?
    public var note: String?
    public var status: TaskStatus
    public var createdAt: Date
    public var completedAt: Date?
    public var updatedAt: Date
    /// Where the task came from: `manual`, or `import:FILE:LINE`.
    public var source: String
    /// How the task comes back once done; completing it schedules the next occurrence.
    public var recurrence: TaskRecurrence? = nil

    /// `#N`.
    public var number: String { "#\(id)" }

    /// Whether it is still to do and its deadline is before `today`.
    public func isOverdue(today: CalendarDate) -> Bool {
        guard status == .pending, let due else { return false }
        return due < today
    }

    /// Calendar days from `today` to the deadline (negative when overdue), nil without a deadline.
    public func daysLeft(today: CalendarDate) -> Int? {
        due.map { today.days(until: $0) }
    }
}
