import GRDB

/// Why the store refused or failed a request. `message` words it for people (`TaskErrorWording`).
public enum TaskStoreError: Error, Equatable, Sendable {
    /// The file cannot be opened or created (path and system reason).
    case cannotOpen(path: String, reason: String)
    /// `PRAGMA quick_check` failed at open for writing: writes are refused.
    case damaged(path: String)
    /// The file was written by a newer danvan whose schema this one does not know.
    case newerSchema(path: String)
    /// Another process kept the store locked longer than the busy timeout.
    case busy(operation: String)
    /// The disk (or the file size limit) is full: nothing was written.
    case diskFull(operation: String)
    /// SQLite failed: the operation (which statement group) and its result code, never user values.
    case storage(operation: String, code: Int32)
    case taskNotFound(id: Int)
    case taskDeleted(id: Int)
    case alreadyDone(id: Int)
    case notDone(id: Int)
    case notDeleted(id: Int)
    case emptyTitle
    case emptyNote
    case nothingToUndo

    init(operation: String, _ error: DatabaseError) {
        switch error.resultCode {
        case .SQLITE_BUSY, .SQLITE_LOCKED: self = .busy(operation: operation)
        case .SQLITE_FULL: self = .diskFull(operation: operation)
        default: self = .storage(operation: operation, code: error.resultCode.rawValue)
        }
    }
}
