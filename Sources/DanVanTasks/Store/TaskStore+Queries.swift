import DanVanText
import Foundation
import GRDB

extension TaskStore {
    /// One task by number, whatever its status.
    public func task(id: Int) throws -> PlanTask? {
        try read("task") { db in try TaskRecord.fetchOne(db, key: id)?.task }
    }

    /// The tasks a filter selects: open ones first by deadline (none last), then done, then deleted.
    ///
    ///     try store.tasks(matching: TaskFilter(overdueOnly: true), today: today)   // open, due before today
    ///
    /// - Parameter today: The day "overdue" and "due within N days" count from (`--today`).
    /// - Parameter limit: At most this many (the first in that order); nil for all.
    public func tasks(matching filter: TaskFilter, today: CalendarDate, limit: Int? = nil) throws -> [PlanTask] {
        if let limit, filter.unitContaining == nil { return try firstTasks(matching: filter, today: today, limit: limit) }
        var (condition, arguments) = Self.condition(filter, today: today)
        // The unit fragment is matched in Swift (folded), so a limit applies in SQL only without one.
        arguments.append(limit != nil && filter.unitContaining == nil ? limit! : -1)  // LIMIT -1: no limit
        let sql = """
            SELECT * FROM task WHERE \(condition)
            ORDER BY CASE status WHEN 'pending' THEN 0 WHEN 'done' THEN 1 ELSE 2 END,
                     due IS NULL, due, id LIMIT ?
            """
        let found = try read("list") { db in
            try TaskRecord.fetchAll(db, sql: sql, arguments: StatementArguments(arguments)).map(\.task)
        }
        guard let fragment = filter.unitContaining else { return found }
        let matching = found.filter { Self.unit($0.unit, contains: fragment) }
        return limit.map { Array(matching.prefix($0)) } ?? matching
    }

    /// The first `limit` tasks in list order, read status by status through the list-order indexes
    /// (pending then done then deleted; in each, dated ones by deadline, then undated ones by number):
    /// each step reads only the rows it returns.
    private func firstTasks(matching filter: TaskFilter, today: CalendarDate, limit: Int) throws -> [PlanTask] {
        let (condition, base) = Self.condition(filter, today: today)
        let dated = "SELECT * FROM task WHERE \(condition) AND status = ? AND due IS NOT NULL ORDER BY due, id LIMIT ?"
        let undated = "SELECT * FROM task WHERE \(condition) AND status = ? AND due IS NULL ORDER BY id LIMIT ?"
        return try read("list") { db in
            var found: [PlanTask] = []
            for status in ["pending", "done", "deleted"] {
                for sql in [dated, undated] where found.count < limit {
                    let arguments = base + [status, limit - found.count]
                    found += try TaskRecord.fetchAll(db, sql: sql, arguments: StatementArguments(arguments)).map(\.task)
                }
            }
            return found
        }
    }

    /// Beyond this many, a count says "more than" instead of reading every row.
    public static let countCap = 1000

    /// How many tasks a filter selects, up to `countCap + 1` (a larger store answers as fast as a small one).
    public func count(matching filter: TaskFilter, today: CalendarDate) throws -> Int {
        if filter.unitContaining != nil { return min(try tasks(matching: filter, today: today).count, Self.countCap + 1) }
        let (condition, arguments) = Self.condition(filter, today: today)
        return try read("count") { db in
            try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM (SELECT 1 FROM task WHERE \(condition) LIMIT ?)",
                             arguments: StatementArguments(arguments + [Self.countCap + 1])) ?? 0
        }
    }

    /// The WHERE clause of a filter, with its bound values (never user text in the SQL itself).
    private static func condition(_ filter: TaskFilter, today: CalendarDate) -> (String, [DatabaseValueConvertible?]) {
        var conditions: [String] = []
        var arguments: [DatabaseValueConvertible?] = []
        conditions.append(filter.status.sqlCondition)
        if filter.overdueOnly {
            conditions.append("status = 'pending' AND due < ?")
            arguments.append(today.iso)
        }
        if let days = filter.dueWithinDays {
            conditions.append("status = 'pending' AND due >= ? AND due <= ?")
            arguments.append(today.iso)
            arguments.append(today.adding(days: days).iso)
        }
        if let unit = filter.unit {
            conditions.append("unit = ?")
            arguments.append(unit)
        }
        return (conditions.joined(separator: " AND "), arguments)
    }

    /// Whether a unit name contains `fragment`, both folded ("vhxh" is not expanded: pass words).
    ///
    ///     TaskStore.unit("Phòng Văn hóa - Xã hội", contains: "van hoa")   // true
    public static func unit(_ unit: String?, contains fragment: String) -> Bool {
        guard let unit else { return false }
        let needle = Folding.fold(fragment).split(separator: " ").joined(separator: " ")
        return !needle.isEmpty && Folding.fold(unit).contains(needle)
    }

    /// Tasks whose folded title contains the folded `text` (to find a task by its words); deleted
    /// ones only when asked (to restore them).
    /// Whole words only: "b" finds "Họp tổ B", not every title with a letter b.
    public func tasks(titleContaining text: String, includingDeleted: Bool = false) throws -> [PlanTask] {
        let needle = Tokenizer.foldedWords(text).joined(separator: " ")
        guard !needle.isEmpty else { return [] }
        let condition = includingDeleted ? "status = 'deleted'" : "status <> 'deleted'"
        let all = try read("list") { db in
            try TaskRecord.fetchAll(db, sql: "SELECT * FROM task WHERE \(condition) ORDER BY id").map(\.task)
        }
        return all.filter { (" " + Tokenizer.foldedWords($0.title).joined(separator: " ") + " ").contains(" " + needle + " ") }
    }

    /// A task's progress notes, oldest first.
    public func notes(taskID: Int) throws -> [ProgressNote] {
        try read("notes") { db in
            try ProgressNoteRecord.filter(Column("task_id") == taskID).order(Column("id")).fetchAll(db).map(\.note)
        }
    }

    /// How many tasks each unit has in each status.
    public func statusCounts() throws -> [UnitStatusCount] {
        try read("counts") { db in
            try Row.fetchAll(db, sql: "SELECT unit, status, COUNT(*) AS n FROM task GROUP BY unit, status ORDER BY unit, status")
                .map { UnitStatusCount(unit: $0["unit"], status: TaskStatus(rawValue: $0["status"]) ?? .pending, count: $0["n"]) }
        }
    }
}
