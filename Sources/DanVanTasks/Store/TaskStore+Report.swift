import Foundation
import GRDB

extension TaskStore {
    /// Every task that is not deleted, each with all its progress notes (oldest first), read from one
    /// snapshot so counts and notes agree.
    ///
    ///     try store.reportSnapshot().first?.notes.last?.text   // "đã họp xong"
    ///
    /// - Returns: Tasks in number order.
    /// - Throws: A storage error naming the `report` statement.
    public func reportSnapshot() throws -> [(task: PlanTask, notes: [ProgressNote])] {
        try read("report") { db in
            let tasks = try TaskRecord.fetchAll(db, sql: "SELECT * FROM task WHERE status <> 'deleted' ORDER BY id").map(\.task)
            let notes = try ProgressNoteRecord.fetchAll(db, sql: """
                SELECT progress_note.* FROM progress_note JOIN task ON task.id = progress_note.task_id
                WHERE task.status <> 'deleted' ORDER BY progress_note.id
                """).map(\.note)
            let byTask = Dictionary(grouping: notes, by: \.taskID)
            return tasks.map { ($0, byTask[$0.id] ?? []) }
        }
    }
}
