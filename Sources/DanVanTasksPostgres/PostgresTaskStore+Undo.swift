import DanVanTasks
import DanVanText
import Foundation
import PostgresNIO

extension PostgresTaskStore {
    /// Reverts the latest change group of the connected role not yet undone: `hoàn tác` never undoes
    /// a colleague's change. The undo is itself a journaled change group.
    ///
    /// - Throws: `.nothingOfMineToUndo`, `.refused` when a task touched is no longer this role's to change.
    @discardableResult
    public func undo(user: String, at: Date) throws -> UndoResult {
        try changing("undo", { changeID -> UndoResult in
            guard let target = try run("""
                SELECT id, action, detail FROM danvan.change_group g
                WHERE commune_id = \(communeID) AND user_name = session_user AND action <> 'undo'
                  AND NOT EXISTS (SELECT 1 FROM danvan.change_group u WHERE u.undoes_id = g.id)
                ORDER BY id DESC LIMIT 1
                """, "undo").first else { throw PostgresStoreError.nothingOfMineToUndo }
            let targetID = try target.int64("id")
            let entries = try run("""
                SELECT j.task_id, t.number, t.unit, danvan.may_change(t.commune_id, t.unit) AS may, j.kind, j.field,
                       j.old_value, j.new_value, j.note_id
                FROM danvan.journal_entry j JOIN danvan.task t ON t.id = j.task_id
                WHERE j.group_id = \(targetID) ORDER BY j.id DESC
                """, "undo")
            let action = ChangeAction(rawValue: try target.string("action")) ?? .add
            for entry in entries {
                guard try entry.bool("may") else {
                    throw PostgresStoreError.refused(role: role, myUnit: unit, action: "undo", number: try entry.int("number"),
                                                     unit: try entry.optionalString("unit"))
                }
            }
            let group = try beginGroup(changeID, action: .undo, at: at, undoes: targetID)
            var touched: [Int64] = []
            for entry in entries {
                let taskID = try entry.int64("task_id")
                let number = try entry.int("number")
                if !touched.contains(taskID) { touched.append(taskID) }
                let change = PostgresChange(store: self, group: group, taskID: taskID, number: number, action: .undo, at: at)
                switch JournalKind(rawValue: try entry.string("kind")) {
                case .create:
                    try change.set(.status, to: TaskStatus.deleted.rawValue)
                    try change.set(.importKey, to: nil)
                case .set:
                    guard let field = try entry.optionalString("field").flatMap(TaskField.init(rawValue:)) else { continue }
                    try change.set(field, to: try entry.optionalString("old_value"))
                case .note:
                    if let noteID = try entry.optionalInt64("note_id"), let text = try entry.optionalString("new_value") {
                        try change.removeNote(noteID, text: text)
                    }
                case nil:
                    continue
                }
            }
            let tasks = try touched.reversed().map { try taskByID($0) }
            return UndoResult(undone: action, tasks: tasks, detail: try target.optionalString("detail"))
        }, alreadyDone: { changeID -> UndoResult? in
            // The first run committed before the connection dropped: answer what it undid.
            guard let done = try run("""
                SELECT g.id, u.action, u.detail FROM danvan.change_group g JOIN danvan.change_group u ON u.id = g.undoes_id
                WHERE g.change_id = \(changeID)
                """, "undo").first else { return nil }
            let tasks = try run("""
                SELECT DISTINCT j.task_id FROM danvan.journal_entry j WHERE j.group_id = \(try done.int64("id"))
                """, "undo").map { try taskByID(try $0.int64("task_id")) }
            return UndoResult(undone: ChangeAction(rawValue: try done.string("action")) ?? .add, tasks: tasks,
                              detail: try done.optionalString("detail"))
        })
    }
}

extension PostgresChange {
    /// Removes a progress note (undoing its addition) and journals the removal.
    func removeNote(_ noteID: Int64, text: String) throws {
        try store.run("""
            INSERT INTO danvan.journal_entry (group_id, task_id, kind, old_value, note_id)
            VALUES (\(group), \(taskID), 'note', \(text), \(noteID))
            """, "undo")
        let removed = try store.run("DELETE FROM danvan.progress_note WHERE id = \(noteID)", "undo")
        guard removed.affected == 1 else {
            throw PostgresStoreError.refused(role: store.role, myUnit: store.unit, action: "undo", number: number, unit: nil)
        }
        try store.run("UPDATE danvan.task SET updated_at = \(at) WHERE id = \(taskID)", "undo")
    }
}
