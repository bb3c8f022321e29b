import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Serialises store creation and migration between processes with `flock` on the store's directory.
///
///     try SetupLock.holding(directoryOf: "/tmp/x/tasks.sqlite") { try migrate() }
///
/// GRDB's migrator reads the applied migrations before its transaction, so two processes opening a
/// new store at once could both run `v1`; this lock prevents it. The directory, not the database
/// file, is locked: closing any descriptor of the database file would drop SQLite's own locks.
enum SetupLock {
    static func holding<T>(directoryOf path: String, _ body: () throws -> T) throws -> T {
        let directory = (path as NSString).deletingLastPathComponent
        let fd = open(directory.isEmpty ? "." : directory, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0 else { throw POSIXFailure(operation: "open directory", code: errno) }
        defer { close(fd) }
        while flock(fd, LOCK_EX) != 0 {
            if errno != EINTR { throw POSIXFailure(operation: "flock", code: errno) }
        }
        defer { flock(fd, LOCK_UN) }
        return try body()
    }
}
