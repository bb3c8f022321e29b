import DanVanTasks
import DanVanText
import Foundation
import PostgresNIO

extension PostgresAdmin {
    /// What `migrate` moved.
    public struct MigrationCounts: Equatable, Sendable {
        public var tasks: Int
        public var notes: Int
        public var groups: Int
        public var entries: Int
    }

    /// Moves a SQLite store (tasks with their numbers, notes, change groups with their authors, journal)
    /// into a commune, in one transaction, then checks the counts on the server against the source.
    ///
    /// - Throws: `.communeMissing`, `.alreadyMigrated` when the commune already has tasks (a second run),
    ///   `.countMismatch` (nothing is kept), or a server error.
    @discardableResult
    public func migrate(_ dump: StoreDump, commune: String) throws -> MigrationCounts {
        let commune = Folding.nfc(commune).trimmingCharacters(in: .whitespacesAndNewlines)
        guard let communeID = try lookupCommune(commune) else { throw PostgresAdminError.communeMissing(commune) }
        return try session.transaction("migrate") {
            // The commune row is locked: two migrations at once cannot both find it empty.
            try run("SELECT last_number FROM danvan.commune WHERE id = \(communeID) FOR UPDATE", "migrate")
            let existing = try run("SELECT COUNT(*)::bigint AS n FROM danvan.task WHERE commune_id = \(communeID)", "migrate")
            guard try existing.first!.int64("n") == 0 else { throw PostgresAdminError.alreadyMigrated(commune: commune) }
            var taskIDs: [Int: Int64] = [:]
            for item in dump.tasks {
                let t = item.task
                taskIDs[t.id] = try run("""
                    INSERT INTO danvan.task (commune_id, number, title, unit, co_units, due, product, note, status,
                                             created_at, completed_at, updated_at, source, import_key, plan_id, plan_row, plan_group,
                                             recurrence, recurs_from)
                    VALUES (\(communeID), \(t.id), \(t.title), \(t.unit), \(t.coUnits), \(t.due?.iso)::date, \(t.product),
                            \(t.note), \(t.status.rawValue), \(t.createdAt), \(t.completedAt), \(t.updatedAt), \(t.source),
                            \(item.importKey), \(item.planID), \(item.planRow), \(item.planGroup),
                            \(item.recurrence), \(item.recursFrom.flatMap { taskIDs[$0] }))
                    RETURNING id
                    """, "migrate").first!.int64("id")
            }
            var noteIDs: [Int: Int64] = [:]
            for note in dump.notes {
                guard let task = taskIDs[note.taskID] else { continue }
                noteIDs[note.id] = try run("""
                    INSERT INTO danvan.progress_note (task_id, commune_id, at, user_name, text)
                    VALUES (\(task), \(communeID), \(note.at), \(note.user), \(note.text)) RETURNING id
                    """, "migrate").first!.int64("id")
            }
            var groupIDs: [Int: Int64] = [:]
            for group in dump.groups {
                groupIDs[group.id] = try run("""
                    INSERT INTO danvan.change_group (commune_id, change_id, action, at, user_name, detail, undoes_id)
                    VALUES (\(communeID), \(UUID()), \(group.action), \(group.at), \(group.user), \(group.detail),
                            \(group.undoesID.flatMap { groupIDs[$0] }))
                    RETURNING id
                    """, "migrate").first!.int64("id")
            }
            for entry in dump.entries {
                guard let group = groupIDs[entry.groupID], let task = taskIDs[entry.taskID] else { continue }
                // A removed note's id no longer exists; a fresh negative-free id keeps the row's shape.
                let note = entry.noteID.map { noteIDs[$0] ?? Int64($0) }
                try run("""
                    INSERT INTO danvan.journal_entry (group_id, commune_id, task_id, kind, field, old_value, new_value, note_id)
                    VALUES (\(group), \(communeID), \(task), \(entry.kind), \(entry.field), \(entry.oldValue), \(entry.newValue), \(note))
                    """, "migrate")
            }
            try run("""
                UPDATE danvan.commune SET last_number = GREATEST(last_number, (SELECT COALESCE(MAX(number), 0)
                    FROM danvan.task WHERE commune_id = \(communeID))) WHERE id = \(communeID)
                """, "migrate")
            let counts = MigrationCounts(
                tasks: try count("task", communeID), notes: try count("progress_note", communeID),
                groups: try count("change_group", communeID), entries: try count("journal_entry", communeID))
            let expected = [("task", dump.tasks.count, counts.tasks), ("progress_note", dump.notes.count, counts.notes),
                            ("change_group", dump.groups.count, counts.groups), ("journal_entry", dump.entries.count, counts.entries)]
            for (what, source, found) in expected where source != found {
                throw PostgresAdminError.countMismatch(what: what, expected: source, found: found)
            }
            return counts
        }
    }

    private func count(_ table: String, _ communeID: Int) throws -> Int {
        Int(try run(PostgresQuery(unsafeSQL: "SELECT COUNT(*)::bigint AS n FROM danvan.\(table) WHERE commune_id = $1",
                                  binds: PostgresTaskStore.binds(communeID)), "migrate").first!.int64("n"))
    }
}
