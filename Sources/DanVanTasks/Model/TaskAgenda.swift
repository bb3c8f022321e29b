import DanVanText

/// The day's tasks of a unit (or of everybody): overdue, due today, due in the next days — the first
/// few of each, with how many there are.
///
///     let agenda = try store.agenda(today: today, unit: "Phòng Kinh tế")
///     agenda.overdue.count   // 3 (the first ones, by deadline); agenda.overdueTotal may be larger
public struct TaskAgenda: Equatable, Sendable {
    /// One part of the agenda: its first tasks (by deadline, then number) and the total.
    public struct Section: Equatable, Sendable {
        public var tasks: [PlanTask]
        public var total: Int

        public init(tasks: [PlanTask] = [], total: Int = 0) {
            self.tasks = tasks
            self.total = total
        }
    }

    public var today: CalendarDate
    /// The unit it is for; nil for the whole store.
    public var unit: String?
    /// Days ahead the `upcoming` section covers (today excluded).
    public var days: Int
    public var overdue = Section()
    public var dueToday = Section()
    public var upcoming = Section()

    public init(today: CalendarDate, unit: String?, days: Int) {
        self.today = today
        self.unit = unit
        self.days = days
    }

    /// Nothing overdue or due.
    public var isEmpty: Bool { overdue.total == 0 && dueToday.total == 0 && upcoming.total == 0 }
}
