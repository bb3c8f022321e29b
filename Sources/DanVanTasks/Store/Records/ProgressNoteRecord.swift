import Foundation
import GRDB

/// A row of `progress_note`.
struct ProgressNoteRecord: Codable, FetchableRecord, MutablePersistableRecord {
    static let databaseTableName = "progress_note"
    static let databaseColumnDecodingStrategy = DatabaseColumnDecodingStrategy.convertFromSnakeCase
    static let databaseColumnEncodingStrategy = DatabaseColumnEncodingStrategy.convertToSnakeCase

    var id: Int?
    var taskId: Int
    var at: Date
    var user: String
    var text: String

    mutating func didInsert(_ inserted: InsertionSuccess) {
        id = Int(inserted.rowID)
    }

    var note: ProgressNote {
        ProgressNote(id: id ?? 0, taskID: taskId, at: at, user: user, text: text)
    }
}
