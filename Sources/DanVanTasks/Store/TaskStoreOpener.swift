import Foundation

/// How a desk, a report or a command opens the store it was given: the SQLite file (the default) or
/// a server store chosen by the executable from a `postgresql://` location.
///
///     let store = try TaskStoreOpener.sqlite.open("/tmp/tasks.sqlite", false)
public struct TaskStoreOpener: Sendable {
    /// True for a server store: there is no file whose absence means "no store yet".
    public var isServer: Bool
    /// Opens the store at a location; `readOnly` asks for a connection that never writes.
    public var open: @Sendable (_ location: String, _ readOnly: Bool) throws -> any TaskStoring

    public init(isServer: Bool, open: @escaping @Sendable (_ location: String, _ readOnly: Bool) throws -> any TaskStoring) {
        self.isServer = isServer
        self.open = open
    }

    /// The embedded SQLite store.
    public static let sqlite = TaskStoreOpener(isServer: false) { path, readOnly in
        try TaskStore(path: path, readOnly: readOnly)
    }

    /// Whether a store location names a PostgreSQL server (`postgresql://` or `postgres://`).
    ///
    ///     TaskStoreOpener.isPostgresURL("postgres://lan@db/danvan")   // true
    public static func isPostgresURL(_ location: String) -> Bool {
        let lower = location.lowercased()
        return lower.hasPrefix("postgresql://") || lower.hasPrefix("postgres://")
    }
}
