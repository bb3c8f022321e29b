import DanVanText

/// The counts that open a task list: how many, how many done, overdue, due soon.
///
///     TaskListSummary(total: 25, done: 8, overdue: 3, dueSoon: 2, soonDays: 7)
///     // "25 nhiệm vụ: 8 xong, 3 quá hạn, 2 đến hạn trong 7 ngày"
public struct TaskListSummary: Equatable, Sendable {
    public var total: Int
    public var done: Int
    public var overdue: Int
    public var dueSoon: Int
    /// The window of `dueSoon`, in days from today.
    public var soonDays: Int

    public init(total: Int, done: Int, overdue: Int, dueSoon: Int, soonDays: Int) {
        self.total = total
        self.done = done
        self.overdue = overdue
        self.dueSoon = dueSoon
        self.soonDays = soonDays
    }
}

extension TaskListSummary {
    /// The counts of tasks already read (a list filtered in Swift, e.g. by a range of deadlines).
    public init(tasks: [PlanTask], today: CalendarDate, soonDays: Int) {
        let open = tasks.filter { $0.status == .pending }
        let days = open.compactMap { $0.daysLeft(today: today) }
        self.init(total: tasks.count, done: tasks.filter { $0.status == .done }.count,
                  overdue: days.filter { $0 < 0 }.count, dueSoon: days.filter { (0...soonDays).contains($0) }.count,
                  soonDays: soonDays)
    }
}
