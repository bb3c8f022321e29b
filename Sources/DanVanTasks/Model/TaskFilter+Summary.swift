/// Which counts open a list, as filters: the one rule every backend's `summary` follows.
extension TaskFilter {
    /// The filters whose capped counts make a list's `TaskListSummary`: the list itself, its done tasks,
    /// its overdue ones and those due within `soonDays`; nil where the count cannot be non-zero (a list
    /// of done tasks has none overdue, an overdue list none due soon).
    ///
    ///     TaskFilter(status: .open).summaryParts(soonDays: 7).done   // nil: an open list has none done
    public func summaryParts(soonDays: Int) -> (total: TaskFilter, done: TaskFilter?, overdue: TaskFilter?, dueSoon: TaskFilter?) {
        var done: TaskFilter?
        if status == .active || status == .done, !overdueOnly, dueWithinDays == nil {
            var onlyDone = self
            onlyDone.status = .done
            done = onlyDone
        }
        let canBeOpen = status == .active || status == .open
        var overdue = self
        overdue.overdueOnly = true
        var soon = self
        soon.dueWithinDays = min(dueWithinDays ?? soonDays, soonDays)
        return (self, done, canBeOpen ? overdue : nil, canBeOpen && !overdueOnly ? soon : nil)
    }
}
