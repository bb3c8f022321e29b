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
    /// Runs `body` holding the lock; waits at most `timeout` seconds for another process to release it.
    ///
    /// - Throws: `TaskStoreError.busy` when the lock stays held, or what `body` throws.
    static func holding<T>(directoryOf path: String, timeout: TimeInterval = 5, _ body: () throws -> T) throws -> T {
        let directory = (path as NSString).deletingLastPathComponent
        let fd = open(directory.isEmpty ? "." : directory, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0 else { throw POSIXFailure(operation: "open directory", code: errno) }
        defer { close(fd) }
        let deadline = Date().addingTimeInterval(timeout)
        while flock(fd, LOCK_EX | LOCK_NB) != 0 {
            guard errno == EWOULDBLOCK || errno == EINTR else { throw POSIXFailure(operation: "flock", code: errno) }
            guard Date() < deadline else { throw TaskStoreError.busy(operation: "open") }
            usleep(20_000)
        }
        defer { flock(fd, LOCK_UN) }
        return try body()
    }
}
