import Foundation
import GRDB

/// A row of `change_group`: one command's changes, undone together.
struct ChangeGroupRecord: Codable, FetchableRecord, MutablePersistableRecord {
    static let databaseTableName = "change_group"
    static let databaseColumnDecodingStrategy = DatabaseColumnDecodingStrategy.convertFromSnakeCase
    static let databaseColumnEncodingStrategy = DatabaseColumnEncodingStrategy.convertToSnakeCase

    var id: Int?
    var action: String
    var at: Date
    var user: String
    /// For an import: the file name.
    var detail: String?
    /// For an undo: the group it reverted.
    var undoesId: Int?

    mutating func didInsert(_ inserted: InsertionSuccess) {
        id = Int(inserted.rowID)
    }
}
