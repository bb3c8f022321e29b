import DanVanText
import Foundation
import GRDB

extension TaskStore {
    /// The pending tasks with a deadline, of `unit` or of everybody, each with the number of the
    /// first task of its series (itself, unless it is a later occurrence of a recurring task): the
    /// calendar's stable identity, so an occurrence replaces the previous one in a calendar.
    public func calendarTasks(unit: String?) throws -> [(task: PlanTask, series: Int)] {
        try read("calendar") { db in
            let rows = try Row.fetchAll(db, sql: """
                WITH RECURSIVE chain(id, root) AS (
                    SELECT id, id FROM task WHERE recurs_from IS NULL
                    UNION ALL
                    SELECT task.id, chain.root FROM task JOIN chain ON task.recurs_from = chain.id
                )
                SELECT task.*, chain.root AS series_root FROM task JOIN chain ON chain.id = task.id
                WHERE task.status = 'pending' AND task.due IS NOT NULL AND (? IS NULL OR task.unit = ?)
                ORDER BY task.due, task.id
                """, arguments: [unit, unit])
            return try rows.map { row in (try TaskRecord(row: row).task, row["series_root"] as Int? ?? 0) }
        }
    }
}
