import DanVanText
import Foundation
import GRDB

extension TaskStore {
    /// The pending tasks overdue, due today and due in the next `days` days, of `unit` (canonical
    /// name) or of everybody; at most `limit` of each, by deadline, with their totals.
    ///
    ///     try store.agenda(today: today, unit: nil).dueToday.total   // 2
    public func agenda(today: CalendarDate, unit: String?, days: Int = 7, limit: Int = 5) throws -> TaskAgenda {
        var agenda = TaskAgenda(today: today, unit: unit, days: days)
        let ofUnit = unit == nil ? "" : " AND unit = ?"
        let base: [String] = unit.map { [$0] } ?? []
        func section(_ db: Database, _ range: String, _ bounds: [String]) throws -> TaskAgenda.Section {
            let condition = "status = 'pending' AND due IS NOT NULL AND \(range)\(ofUnit)"
            let arguments = StatementArguments(bounds + base)
            let total = try Int.fetchOne(db, sql: "SELECT count(*) FROM task WHERE \(condition)", arguments: arguments) ?? 0
            let tasks = try TaskRecord.fetchAll(db, sql: "SELECT * FROM task WHERE \(condition) ORDER BY due, id LIMIT ?",
                                                arguments: StatementArguments(bounds + base) + [max(0, limit)]).map(\.task)
            return TaskAgenda.Section(tasks: tasks, total: total)
        }
        let (start, end) = (today.iso, today.adding(days: days).iso)
        return try read("agenda") { db in
            agenda.overdue = try section(db, "due < ?", [start])
            agenda.dueToday = try section(db, "due = ?", [start])
            agenda.upcoming = try section(db, "due > ? AND due <= ?", [start, end])
            return agenda
        }
    }
}

extension TaskStore {
    /// The pending tasks due from `first` to `last` (both included), by deadline then number.
    public func openTasks(dueFrom first: CalendarDate, through last: CalendarDate) throws -> [PlanTask] {
        try read("month") { db in
            try TaskRecord.fetchAll(db, sql: """
                SELECT * FROM task WHERE status = 'pending' AND due >= ? AND due <= ? ORDER BY due, id
                """, arguments: [first.iso, last.iso]).map(\.task)
        }
    }
}
