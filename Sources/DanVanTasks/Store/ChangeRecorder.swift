import Foundation
import GRDB

/// Writes one change group — the unit `undo()` reverts — and journals each entry of it.
///
///     let change = try ChangeRecorder.begin(db, action: .done, user: "lan", at: now)
///     try change.set(3, .status, to: "done")   // journals status: pending → done
///
/// Only used inside a write transaction; the group and its entries commit or vanish together.
struct ChangeRecorder {
    let db: Database
    let groupID: Int
    let at: Date

    static func begin(_ db: Database, action: ChangeAction, user: String, at: Date,
                      detail: String? = nil, undoes: Int? = nil) throws -> ChangeRecorder {
        var group = ChangeGroupRecord(id: nil, action: action.rawValue, at: at, user: user,
                                      detail: detail, undoesId: undoes)
        try group.insert(db)
        return ChangeRecorder(db: db, groupID: group.id!, at: at)
    }

    /// Inserts a new task and journals its creation.
    func create(_ record: inout TaskRecord) throws {
        try record.insert(db)
        var entry = JournalEntryRecord(id: nil, groupId: groupID, taskId: record.id!, kind: JournalKind.create.rawValue,
                                       field: nil, oldValue: nil, newValue: record.source, noteId: nil)
        try entry.insert(db)
    }

    /// Sets one column of a task, journaling old → new; does nothing when the value is unchanged.
    ///
    /// - Returns: Whether the value changed.
    @discardableResult
    func set(_ taskID: Int, _ field: TaskField, to value: String?) throws -> Bool {
        // The column name comes from `TaskField`, never from user text.
        let column = field.rawValue
        let old = try String.fetchOne(db, sql: "SELECT \(column) FROM task WHERE id = ?", arguments: [taskID])
        guard old != value else { return false }
        try db.execute(sql: "UPDATE task SET \(column) = ?, updated_at = ? WHERE id = ?",
                       arguments: [value, at, taskID])
        var entry = JournalEntryRecord(id: nil, groupId: groupID, taskId: taskID, kind: JournalKind.set.rawValue,
                                       field: column, oldValue: old, newValue: value, noteId: nil)
        try entry.insert(db)
        return true
    }

    /// Adds a progress note and journals it.
    func addNote(taskID: Int, user: String, text: String) throws -> ProgressNoteRecord {
        var note = ProgressNoteRecord(id: nil, taskId: taskID, at: at, user: user, text: text)
        try note.insert(db)
        try db.execute(sql: "UPDATE task SET updated_at = ? WHERE id = ?", arguments: [at, taskID])
        var entry = JournalEntryRecord(id: nil, groupId: groupID, taskId: taskID, kind: JournalKind.note.rawValue,
                                       field: nil, oldValue: nil, newValue: text, noteId: note.id)
        try entry.insert(db)
        return note
    }

    /// Removes a progress note (undoing its addition) and journals the removal.
    func removeNote(id noteID: Int, taskID: Int, text: String?) throws {
        try db.execute(sql: "DELETE FROM progress_note WHERE id = ?", arguments: [noteID])
        try db.execute(sql: "UPDATE task SET updated_at = ? WHERE id = ?", arguments: [at, taskID])
        var entry = JournalEntryRecord(id: nil, groupId: groupID, taskId: taskID, kind: JournalKind.note.rawValue,
                                       field: nil, oldValue: text, newValue: nil, noteId: noteID)
        try entry.insert(db)
    }

    /// The stored text of a date, as `set` expects it.
    static func text(_ date: Date?) -> String? {
        date.flatMap { String.fromDatabaseValue($0.databaseValue) }
    }
}
