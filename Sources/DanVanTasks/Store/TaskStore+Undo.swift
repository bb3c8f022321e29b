import Foundation
import GRDB

extension TaskStore {
    /// Reverts the most recent change group not yet undone; repeated calls step further back.
    ///
    ///     try store.complete(id: 3, user: "lan")
    ///     try store.undo(user: "lan").action   // .done — task #3 is pending again
    ///
    /// An added or imported task is soft-deleted (and loses its import key, so the file can be imported
    /// again); a set field gets its old value back; an added note is removed. The undo is itself a
    /// journaled change group, and since all of this lives in the file, undo works after a restart.
    /// - Throws: `.nothingToUndo`, or a storage error.
    @discardableResult
    public func undo(user: String, at: Date = Date()) throws -> UndoResult {
        try write("undo") { db in
            guard let target = try ChangeGroupRecord.fetchOne(db, sql: """
                SELECT * FROM change_group
                WHERE action <> 'undo'
                  AND id NOT IN (SELECT undoes_id FROM change_group WHERE undoes_id IS NOT NULL)
                ORDER BY id DESC LIMIT 1
                """) else { throw TaskStoreError.nothingToUndo }
            let entries = try JournalEntryRecord.fetchAll(db, sql: """
                SELECT * FROM journal_entry WHERE group_id = ? ORDER BY id DESC
                """, arguments: [target.id])
            let change = try ChangeRecorder.begin(db, action: .undo, user: Self.author(user), at: at, undoes: target.id)
            var touched: [Int] = []
            var seen = Set<Int>()  // an import's batch may hold a million tasks: no linear search per entry
            for entry in entries {
                if seen.insert(entry.taskId).inserted { touched.append(entry.taskId) }
                switch JournalKind(rawValue: entry.kind) {
                case .create:
                    try change.set(entry.taskId, .status, to: TaskStatus.deleted.rawValue)
                    try change.set(entry.taskId, .importKey, to: nil)
                case .set:
                    guard let field = entry.field.flatMap(TaskField.init(rawValue:)) else { continue }
                    try change.set(entry.taskId, field, to: entry.oldValue)
                case .note:
                    if let noteID = entry.noteId, entry.newValue != nil {
                        try change.removeNote(id: noteID, taskID: entry.taskId, text: entry.newValue)
                    }
                case nil:
                    continue
                }
            }
            let tasks = try touched.reversed().compactMap { try TaskRecord.fetchOne(db, key: $0)?.task }
            return UndoResult(action: ChangeAction(rawValue: target.action) ?? .add, tasks: tasks, detail: target.detail)
        }
    }
}
