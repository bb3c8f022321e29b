import DanVanText
import Foundation
import GRDB

extension TaskStore {
    /// The tasks a filter selects from position `offset` in list order, at most `limit` ("xem thêm").
    public func tasks(matching filter: TaskFilter, today: CalendarDate, offset: Int, limit: Int) throws -> [PlanTask] {
        guard offset > 0 else { return try tasks(matching: filter, today: today, limit: limit) }
        return Array(try tasks(matching: filter, today: today, limit: offset + limit).dropFirst(offset))
    }

    /// Every unit's tasks (not deleted): total, done and overdue, units by name, unassigned last.
    public func unitProgress(today: CalendarDate) throws -> [UnitProgress] {
        try read("progress") { db in
            let sql = """
                SELECT unit, COUNT(*) AS total,
                       SUM(CASE WHEN status = 'done' THEN 1 ELSE 0 END) AS done,
                       SUM(CASE WHEN status = 'pending' AND due < ? THEN 1 ELSE 0 END) AS overdue
                FROM task WHERE status <> 'deleted' GROUP BY unit ORDER BY unit IS NULL, unit
                """
            return try Row.fetchAll(db, sql: sql, arguments: [today.iso]).map {
                UnitProgress(unit: $0["unit"], total: $0["total"], done: $0["done"] ?? 0, overdue: $0["overdue"] ?? 0)
            }
        }
    }
}
