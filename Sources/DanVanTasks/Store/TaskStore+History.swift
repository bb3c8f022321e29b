import Foundation
import GRDB

extension TaskStore {
    /// Every journaled change of one task, oldest first.
    ///
    ///     try store.history(taskID: 3).map(\.action)   // [.add, .reschedule, .done]
    ///
    /// - Throws: `.taskNotFound` when no task has this number.
    public func history(taskID: Int) throws -> [HistoryEvent] {
        try read("history") { db in
            guard try TaskRecord.exists(db, key: taskID) else { throw TaskStoreError.taskNotFound(id: taskID) }
            return try Self.events(db, where: "j.task_id = ?", arguments: [taskID], order: "ASC", limit: nil)
        }
    }

    /// The latest journaled changes of the whole store, newest first.
    public func recentHistory(limit: Int = 20) throws -> [HistoryEvent] {
        try read("history") { db in
            try Self.events(db, where: "1", arguments: [], order: "DESC", limit: limit)
        }
    }

    private static func events(_ db: Database, where condition: String, arguments: StatementArguments,
                               order: String, limit: Int?) throws -> [HistoryEvent] {
        let sql = """
            SELECT g.id AS group_id, j.task_id, g.at, g.user, g.action, j.kind, j.field, j.old_value, j.new_value,
                   u.action AS undone_action
            FROM journal_entry j
            JOIN change_group g ON g.id = j.group_id
            LEFT JOIN change_group u ON u.id = g.undoes_id
            WHERE \(condition)
            ORDER BY j.id \(order)
            \(limit.map { "LIMIT \($0)" } ?? "")
            """
        return try Row.fetchAll(db, sql: sql, arguments: arguments).map { row in
            HistoryEvent(groupID: row["group_id"], taskID: row["task_id"], at: row["at"], user: row["user"],
                         action: ChangeAction(rawValue: row["action"]) ?? .add,
                         kind: JournalKind(rawValue: row["kind"]) ?? .set,
                         field: (row["field"] as String?).flatMap(TaskField.init(rawValue:)),
                         oldValue: row["old_value"], newValue: row["new_value"],
                         undoneAction: (row["undone_action"] as String?).flatMap(ChangeAction.init(rawValue:)))
        }
    }
}
