import DanVanText
import Foundation
import GRDB

extension TaskStore {
    /// The tasks a filter selects from position `offset` in list order, at most `limit` ("xem thêm").
    public func tasks(matching filter: TaskFilter, today: CalendarDate, offset: Int, limit: Int) throws -> [PlanTask] {
        guard offset > 0 else { return try tasks(matching: filter, today: today, limit: limit) }
        return Array(try tasks(matching: filter, today: today, limit: offset + limit).dropFirst(offset))
    }

    /// Every unit's tasks (not deleted): total, done, in progress (open, not overdue, with a progress
    /// note) and overdue, units by name, unassigned last.
    public func unitProgress(today: CalendarDate) throws -> [UnitProgress] {
        try read("progress") { db in
            let sql = """
                SELECT unit, COUNT(*) AS total,
                       SUM(CASE WHEN status = 'done' THEN 1 ELSE 0 END) AS done,
                       SUM(CASE WHEN status = 'pending' AND (due IS NULL OR due >= ?)
                                 AND EXISTS (SELECT 1 FROM progress_note n WHERE n.task_id = t.id) THEN 1 ELSE 0 END) AS in_progress,
                       SUM(CASE WHEN status = 'pending' AND due < ? THEN 1 ELSE 0 END) AS overdue
                FROM task t WHERE status <> 'deleted' GROUP BY unit ORDER BY unit IS NULL, unit
                """
            return try Row.fetchAll(db, sql: sql, arguments: [today.iso, today.iso]).map {
                UnitProgress(unit: $0["unit"], total: $0["total"], done: $0["done"] ?? 0, inProgress: $0["in_progress"] ?? 0,
                             overdue: $0["overdue"] ?? 0)
            }
        }
    }
}
