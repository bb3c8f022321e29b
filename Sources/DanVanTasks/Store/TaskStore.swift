import DanVanText
import Foundation
import GRDB
import Synchronization
#if canImport(Glibc)
import Glibc
#endif

/// The persistent task store: one SQLite file (WAL) shared safely by several danvan processes.
///
///     let store = try TaskStore(path: TaskStore.defaultPath(environment: ProcessInfo.processInfo.environment))
///     let task = try store.add(TaskDraft(title: "Họp tổ dân vận"), user: "lan", at: Date())
///     task.number   // "#1"
///
/// Every change runs in one immediate transaction and is journaled with its author, so `undo()`
/// works across restarts and a killed process never leaves half a change behind.
public final class TaskStore: Sendable {
    /// The database file.
    public let path: String
    let pool: DatabasePool

    /// How long a write waits for another process's write before giving up.
    static let busyTimeout: TimeInterval = 5

    /// Opens (creating it with mode 0600, and its directory with mode 0700, when absent) and migrates
    /// the store at `path`.
    ///
    /// - Parameter path: The SQLite file (`--store`, or `defaultPath(environment:)`).
    /// - Parameter readOnly: Open an existing, current store for reading only: no lock, no write, so a
    ///   list works while another process holds the write lock. Writes then fail.
    /// - Throws: `TaskStoreError.cannotOpen`, `.busy` or `.newerSchema`.
    public init(path: String, readOnly: Bool = false) throws {
        self.path = path
        var configuration = Configuration()
        configuration.readonly = readOnly
        configuration.busyMode = .timeout(Self.busyTimeout)
        configuration.foreignKeysEnabled = true
        configuration.label = "danvan.tasks"
        do {
            // Only a regular file is a store: SQLite would block reading a FIFO and fail on a folder.
            var info = stat()
            if stat(path, &info) == 0, (info.st_mode & S_IFMT) != S_IFREG {
                throw TaskStoreError.cannotOpen(path: path, reason: StoreProblem.diagnose(path: path).reason)
            }
            let directory = (path as NSString).deletingLastPathComponent
            if !directory.isEmpty, !FileManager.default.fileExists(atPath: directory) {
                do {
                    try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true,
                                                            attributes: [.posixPermissions: 0o700])
                } catch {
                    throw TaskStoreError.cannotOpen(path: path, reason: StoreProblem.diagnose(path: path).reason)
                }
            }
            // Reading a store already at this version needs no lock and no write: it works while another
            // process writes. Opening for writing goes through the setup lock, one process at a time.
            if readOnly {
                guard FileManager.default.fileExists(atPath: path), let ready = try Self.openIfCurrent(path, configuration) else {
                    throw TaskStoreError.cannotOpen(path: path, reason: StoreProblem.diagnose(path: path).reason)
                }
                pool = ready
                // A damaged store may still be read (an export is how its tasks are saved), but once per
                // process the user is told, in Vietnamese, and how to recover; writes are refused.
                if Self.passesQuickCheck(ready) == false { Self.warnOnce(damaged: path) }
                return
            }
            pool = try SetupLock.holding(directoryOf: path) {
                try Self.createPrivateFile(at: path)
                // A damaged file must not take more changes — not even the few bytes GRDB writes when it opens
                // a pool for writing without a WAL file — as they could be lost with it: checked read-only first.
                let checkedBefore = Self.quickCheck(readOnlyAt: path, configuration)
                if checkedBefore == false { throw TaskStoreError.damaged(path: path) }
                let pool = try DatabasePool(path: path, configuration: configuration)
                let migrator = TaskMigrations.migrator
                if try pool.read(migrator.hasBeenSuperseded) {
                    throw TaskStoreError.newerSchema(path: path)
                }
                if checkedBefore == nil, Self.passesQuickCheck(pool) == false { throw TaskStoreError.damaged(path: path) }
                try migrator.migrate(pool)
                return pool
            }
        } catch let error as TaskStoreError {
            throw error
        } catch let error as DatabaseError where error.resultCode == .SQLITE_BUSY || error.resultCode == .SQLITE_LOCKED {
            throw TaskStoreError.busy(operation: "open")
        } catch let error as DatabaseError where error.resultCode == .SQLITE_CORRUPT {
            throw TaskStoreError.damaged(path: path)
        } catch let error as DatabaseError {
            throw TaskStoreError.cannotOpen(path: path, reason: StoreProblem.diagnose(path: path, sqliteCode: error.resultCode.rawValue).reason)
        } catch let error as POSIXFailure {
            throw TaskStoreError.cannotOpen(path: path, reason: StoreProblem.diagnose(path: path, errno: error.code).reason)
        }
    }

    /// Whether `PRAGMA quick_check` finds the file sound (a page it cannot even read counts as damaged);
    /// nil when there is no verdict (busy, locked: the next step will say what is wrong).
    static func passesQuickCheck(_ pool: DatabasePool) -> Bool? {
        do {
            return try pool.read { db in try String.fetchAll(db, sql: "PRAGMA quick_check") } == ["ok"]
        } catch let error as DatabaseError where error.resultCode == .SQLITE_CORRUPT || error.resultCode == .SQLITE_NOTADB {
            return false
        } catch {
            return nil
        }
    }

    /// `passesQuickCheck` through a read-only connection, which writes nothing to the file; nil when the
    /// file cannot be read that way (new and empty, not yet a WAL store, not a store at all).
    static func quickCheck(readOnlyAt path: String, _ configuration: Configuration) -> Bool? {
        var info = stat()
        guard stat(path, &info) == 0, info.st_size > 0 else { return nil }
        var readOnly = configuration
        readOnly.readonly = true
        guard let pool = try? DatabasePool(path: path, configuration: readOnly) else { return nil }
        return passesQuickCheck(pool)
    }

    /// The paths already warned about in this process (a REPL opens the store for every question).
    private static let warnedDamaged = Mutex<Set<String>>([])

    /// Says on standard error, once per path and process, that the store read is damaged.
    private static func warnOnce(damaged path: String) {
        guard warnedDamaged.withLock({ $0.insert(path).inserted }) else { return }
        OutputSink.report(Msg.storeDamagedReadWarning(path: path))
    }

    /// The store opened without migrating, when every migration is already applied; nil otherwise.
    private static func openIfCurrent(_ path: String, _ configuration: Configuration) throws -> DatabasePool? {
        let pool: DatabasePool
        do {
            pool = try DatabasePool(path: path, configuration: configuration)
        } catch let error as DatabaseError where error.resultCode != .SQLITE_BUSY && error.resultCode != .SQLITE_LOCKED {
            return nil  // e.g. no WAL file yet: the locked path below sets the store up
        }
        let migrator = TaskMigrations.migrator
        if try pool.read(migrator.hasBeenSuperseded) { throw TaskStoreError.newerSchema(path: path) }
        return try pool.read(migrator.hasCompletedMigrations) ? pool : nil
    }

    /// The store path: `$DANVAN_STORE`, else `$XDG_DATA_HOME/danvan/tasks.sqlite`, else
    /// `~/.local/share/danvan/tasks.sqlite`; the directory is created (mode 0700) when missing.
    ///
    ///     TaskStore.defaultPath(environment: ["HOME": "/home/lan"])   // "/home/lan/.local/share/danvan/tasks.sqlite"
    ///
    /// - Parameter environment: The process environment (`ProcessInfo.processInfo.environment`).
    /// - Returns: An absolute path when the environment gives one.
    public static func defaultPath(environment: [String: String]) -> String {
        if let explicit = environment["DANVAN_STORE"], !explicit.isEmpty {
            return explicit
        }
        let base: String
        if let xdg = environment["XDG_DATA_HOME"], xdg.hasPrefix("/") {
            base = xdg
        } else {
            let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
            base = (home as NSString).appendingPathComponent(".local/share")
        }
        let directory = (base as NSString).appendingPathComponent("danvan")
        try? FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true,
                                                  attributes: [.posixPermissions: 0o700])
        return (directory as NSString).appendingPathComponent("tasks.sqlite")
    }

    /// Creates an empty file readable by its owner only; an existing file is left as it is.
    /// `O_EXCL` makes two processes racing here agree on one file.
    private static func createPrivateFile(at path: String) throws {
        // A link to nothing (a `--store` pointing where the store should be): create its target 0600,
        // as SQLite would otherwise create it with the umask's mode.
        var info = stat()
        if lstat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFLNK, stat(path, &info) != 0, errno == ENOENT {
            let fd = open(path, O_WRONLY | O_CREAT | O_CLOEXEC, 0o600)
            if fd >= 0 { close(fd); return }
            throw POSIXFailure(operation: "open", code: errno)
        }
        let fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        if fd >= 0 {
            close(fd)
            return
        }
        if errno != EEXIST { throw POSIXFailure(operation: "open", code: errno) }
    }

    /// Runs `body` in one immediate write transaction, mapping SQLite failures to store errors.
    func write<T>(_ operation: String, _ body: @escaping (Database) throws -> T) throws -> T {
        do {
            return try pool.write(body)
        } catch let error as DatabaseError {
            throw TaskStoreError(operation: operation, error)
        }
    }

    /// Runs `body` on a snapshot, mapping SQLite failures to store errors.
    func read<T>(_ operation: String, _ body: @escaping (Database) throws -> T) throws -> T {
        do {
            return try pool.read(body)
        } catch let error as DatabaseError {
            throw TaskStoreError(operation: operation, error)
        }
    }

    /// `PRAGMA integrity_check`'s verdict: `["ok"]` for a sound file.
    public func integrityCheck() throws -> [String] {
        try read("integrity_check") { db in try String.fetchAll(db, sql: "PRAGMA integrity_check") }
    }
}
