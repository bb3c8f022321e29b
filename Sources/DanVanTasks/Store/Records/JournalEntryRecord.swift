import GRDB

/// A row of `journal_entry`: one field of one task changed, a task created, or a note added.
struct JournalEntryRecord: Codable, FetchableRecord, MutablePersistableRecord {
    static let databaseTableName = "journal_entry"
    static let databaseColumnDecodingStrategy = DatabaseColumnDecodingStrategy.convertFromSnakeCase
    static let databaseColumnEncodingStrategy = DatabaseColumnEncodingStrategy.convertToSnakeCase

    var id: Int?
    var groupId: Int
    var taskId: Int
    var kind: String
    var field: String?
    var oldValue: String?
    var newValue: String?
    /// For a `note` entry: the progress note it added (removed again by undo).
    var noteId: Int?

    mutating func didInsert(_ inserted: InsertionSuccess) {
        id = Int(inserted.rowID)
    }
}
