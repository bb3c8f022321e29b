import Foundation

/// The SQLite store is the embedded `TaskStoring`: its methods already have the protocol's shape.
extension TaskStore: TaskStoring {
    /// The database file.
    public var location: String { path }
}
