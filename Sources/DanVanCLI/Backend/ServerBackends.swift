import Foundation

/// The registry of the server backend: empty in `danvan`, the PostgreSQL one in `danvan-pg`. Every
/// command that needs a server asks here, through `required()`, which hands the process over to
/// `danvan-pg` when nothing is registered.
public enum ServerBackends {
    /// The backend, registered once by the executable before the command line is parsed.
    nonisolated(unsafe) public private(set) static var current: (any ServerBackend)?

    /// Registers the backend `danvan-pg` brings (call it first thing in `main`).
    public static func register(_ backend: any ServerBackend) {
        current = backend
    }

    /// The registered backend; without one, the process becomes `danvan-pg` with the same arguments
    /// (`PostgresHandOver`), or the worded error and exit status 2 when it cannot.
    static func required() throws -> any ServerBackend {
        if let current { return current }
        try PostgresHandOver.execute()
    }
}
