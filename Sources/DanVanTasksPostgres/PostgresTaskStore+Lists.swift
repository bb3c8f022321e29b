import DanVanTasks
import DanVanText
import Foundation
import PostgresNIO

/// A list question in one request to the server: the page of tasks and the counts that open it (total,
/// done, overdue, due soon) come back from one statement, where the generic `summary` would send a
/// request per count. On loopback a request costs little on the server (an index scan of a commune's
/// tasks) but a round trip through the client's event loop and the server's backend each time, so the
/// number of requests is what a question's latency follows.
extension PostgresTaskStore {
    /// The counts of `TaskFilter.summaryParts` in one request (each capped as `count` caps it).
    public func summary(matching filter: TaskFilter, today: CalendarDate, soonDays: Int) throws -> TaskListSummary {
        guard filter.unitContaining == nil else { return try countedSummary(filter, today: today, soonDays: soonDays) }
        var binds = PostgresBindings()
        binds.append(communeID)
        let counts = summaryColumns(filter, today: today, soonDays: soonDays, binds: &binds)
        guard let row = try run(PostgresQuery(unsafeSQL: "SELECT \(counts)", binds: binds), "count").first else {
            return TaskListSummary(total: 0, done: 0, overdue: 0, dueSoon: 0, soonDays: soonDays)
        }
        return try Self.summary(row, soonDays: soonDays)
    }

    /// The page and its counts in one statement: the counts as one row, joined to the page's rows (a
    /// page past the end leaves that one row with no task).
    public func listPage(matching filter: TaskFilter, today: CalendarDate, offset: Int, limit: Int,
                         soonDays: Int) throws -> (tasks: [PlanTask], summary: TaskListSummary) {
        guard filter.unitContaining == nil else {
            return (try tasks(matching: filter, today: today, offset: offset, limit: limit),
                    try countedSummary(filter, today: today, soonDays: soonDays))
        }
        var binds = PostgresBindings()
        binds.append(communeID)
        let counts = summaryColumns(filter, today: today, soonDays: soonDays, binds: &binds)
        let page = pageSQL(filter, today: today, binds: &binds, offset: offset, limit: limit)
        let sql = """
            SELECT counts.*, page.* FROM (SELECT \(counts)) AS counts
            LEFT JOIN LATERAL (\(page)) AS page ON true
            ORDER BY page.list_rank, page.list_due, page.number
            """
        let rows = try run(PostgresQuery(unsafeSQL: sql, binds: binds), "list")
        guard let first = rows.first else {
            return ([], TaskListSummary(total: 0, done: 0, overdue: 0, dueSoon: 0, soonDays: soonDays))
        }
        let tasks = try rows.filter { try $0.optionalInt("number") != nil }.map { try $0.task() }
        return (tasks, try Self.summary(first, soonDays: soonDays))
    }

    /// The select list `total, done, overdue, due_soon` of a filter's summary, each a capped count (or
    /// 0 where `summaryParts` has none); the list's own count is reused for an identical part.
    func summaryColumns(_ filter: TaskFilter, today: CalendarDate, soonDays: Int, binds: inout PostgresBindings) -> String {
        let parts = filter.summaryParts(soonDays: soonDays)
        binds.append(TaskStore.countCap + 1)
        let cap = "$\(binds.count)"
        var counted: [(TaskFilter, String)] = []
        func count(_ part: TaskFilter?) -> String {
            guard let part else { return "0::bigint" }
            if let same = counted.first(where: { $0.0 == part }) { return same.1 }
            let sql = """
                (SELECT COUNT(*) FROM (SELECT 1 FROM danvan.task WHERE \(condition(part, today: today, binds: &binds)) \
                LIMIT \(cap)) AS capped)
                """
            counted.append((part, sql))
            return sql
        }
        return [(count(parts.total), "total"), (count(parts.done), "done"), (count(parts.overdue), "overdue"),
                (count(parts.dueSoon), "due_soon")].map { "\($0.0)::bigint AS \($0.1)" }.joined(separator: ", ")
    }

    /// A summary read from the columns of `summaryColumns`.
    static func summary(_ row: PostgresRandomAccessRow, soonDays: Int) throws -> TaskListSummary {
        TaskListSummary(total: Int(try row.int64("total")), done: Int(try row.int64("done")),
                        overdue: Int(try row.int64("overdue")), dueSoon: Int(try row.int64("due_soon")), soonDays: soonDays)
    }

    /// A summary by separate counts: a filter on part of a unit's name is matched in Swift (`count`).
    func countedSummary(_ filter: TaskFilter, today: CalendarDate, soonDays: Int) throws -> TaskListSummary {
        let parts = filter.summaryParts(soonDays: soonDays)
        func count(_ part: TaskFilter?) throws -> Int { try part.map { try self.count(matching: $0, today: today) } ?? 0 }
        return TaskListSummary(total: try count(parts.total), done: try count(parts.done), overdue: try count(parts.overdue),
                               dueSoon: try count(parts.dueSoon), soonDays: soonDays)
    }
}
