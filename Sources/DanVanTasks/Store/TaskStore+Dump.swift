import Foundation
import GRDB

extension TaskStore {
    /// The whole store (tasks, notes, change groups, journal entries) from one snapshot, in id order.
    ///
    ///     try store.dump().tasks.count   // 12
    public func dump() throws -> StoreDump {
        try read("dump") { db in
            let tasks = try TaskRecord.fetchAll(db, sql: "SELECT * FROM task ORDER BY id").map {
                StoreDump.Task(task: $0.task, importKey: $0.importKey, planID: $0.planId, planRow: $0.planRow,
                               planGroup: $0.planGroup, recurrence: $0.recurrence, recursFrom: $0.recursFrom)
            }
            let notes = try ProgressNoteRecord.fetchAll(db, sql: "SELECT * FROM progress_note ORDER BY id").map {
                StoreDump.Note(id: $0.id ?? 0, taskID: $0.taskId, at: $0.at, user: $0.user, text: $0.text)
            }
            let groups = try ChangeGroupRecord.fetchAll(db, sql: "SELECT * FROM change_group ORDER BY id").map {
                StoreDump.Group(id: $0.id ?? 0, action: $0.action, at: $0.at, user: $0.user, detail: $0.detail, undoesID: $0.undoesId)
            }
            let entries = try JournalEntryRecord.fetchAll(db, sql: "SELECT * FROM journal_entry ORDER BY id").map {
                StoreDump.Entry(id: $0.id ?? 0, groupID: $0.groupId, taskID: $0.taskId, kind: $0.kind, field: $0.field,
                                oldValue: $0.oldValue, newValue: $0.newValue, noteID: $0.noteId)
            }
            return StoreDump(tasks: tasks, notes: notes, groups: groups, entries: entries)
        }
    }
}
