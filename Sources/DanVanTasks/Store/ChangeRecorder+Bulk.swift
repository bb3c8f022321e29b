import Foundation
import GRDB

extension ChangeRecorder {
    /// Creates many tasks in this change group through two statements prepared once, as `create` does
    /// one (the task row, then its `create` journal entry), without encoding each record through
    /// `Codable`: the cost of a large import is SQLite's, not the encoder's.
    ///
    ///     var creator = try recorder.bulkCreator()
    ///     let id = try creator.create(record)
    struct BulkCreator {
        private let insertTask: Statement
        private let insertEntry: Statement
        private let groupID: Int
        private let db: Database
        /// The stored form of the import's one date (created and updated), formatted once, not per row.
        private var dateValue: (date: Date, value: DatabaseValue)?

        init(_ recorder: ChangeRecorder) throws {
            insertTask = try recorder.db.makeStatement(sql: """
                INSERT INTO task (title, unit, co_units, due, product, note, status, created_at, completed_at, updated_at,
                                  source, import_key, plan_id, plan_row, plan_group, recurrence, recurs_from)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
            insertEntry = try recorder.db.makeStatement(sql: """
                INSERT INTO journal_entry (group_id, task_id, kind, field, old_value, new_value, note_id)
                VALUES (?, ?, ?, NULL, NULL, ?, NULL)
                """)
            groupID = recorder.groupID
            db = recorder.db
        }

        /// Inserts the task and journals its creation; returns its id.
        mutating func create(_ r: TaskRecord) throws -> Int {
            func stored(_ date: Date) -> DatabaseValue {
                if let known = dateValue, known.date == date { return known.value }
                let value = date.databaseValue
                dateValue = (date, value)
                return value
            }
            let values: [DatabaseValueConvertible?] = [
                r.title, r.unit, r.coUnits, r.due, r.product, r.note, r.status, stored(r.createdAt), r.completedAt.map(stored),
                stored(r.updatedAt),
                r.source, r.importKey, r.planId, r.planRow, r.planGroup, r.recurrence, r.recursFrom,
            ]
            try insertTask.execute(arguments: StatementArguments(values))
            let id = Int(db.lastInsertedRowID)
            try insertEntry.execute(arguments: [groupID, id, JournalKind.create.rawValue, r.source])
            return id
        }
    }

    func bulkCreator() throws -> BulkCreator { try BulkCreator(self) }
}
