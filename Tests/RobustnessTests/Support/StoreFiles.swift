import Foundation
import GRDB
import XCTest

/// Snapshots of a store's files, to prove a refused request changed nothing.
struct StoreFiles: Equatable {
    /// File name → contents, for the store and its -wal / -shm companions that exist.
    var contents: [String: Data]

    init(_ path: String) {
        var c: [String: Data] = [:]
        for suffix in ["", "-wal", "-journal"] {
            if let d = FileManager.default.contents(atPath: path + suffix) { c[(path as NSString).lastPathComponent + suffix] = d }
        }
        contents = c
    }

    /// Task count and integrity through SQLite itself (read only).
    static func census(_ path: String) throws -> (tasks: Int, integrity: String) {
        var configuration = Configuration()
        configuration.readonly = true
        let db = try DatabaseQueue(path: path, configuration: configuration)
        return try db.read { db in
            (try Int.fetchOne(db, sql: "SELECT count(*) FROM task") ?? -1,
             try String.fetchOne(db, sql: "PRAGMA integrity_check") ?? "?")
        }
    }

    /// Every row of every table, as text: equal snapshots mean no logical change (SQLite may still
    /// rearrange pages, e.g. checkpointing the WAL when the last connection closes).
    static func rows(_ path: String) throws -> [String] {
        var configuration = Configuration()
        configuration.readonly = true
        let db = try DatabaseQueue(path: path, configuration: configuration)
        return try db.read { db in
            var out: [String] = []
            for table in try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name") {
                for row in try Row.fetchAll(db, sql: "SELECT * FROM \(table.quotedDatabaseIdentifier)") {
                    out.append("\(table): \(row.description)")
                }
            }
            return out
        }
    }

    /// Runs `body` while this process holds a mount of a small tmpfs at `dir` (root only), or returns nil.
    static func withTmpfs<T>(at dir: URL, sizeKiB: Int, _ body: () throws -> T) rethrows -> T? {
        guard geteuid() == 0, run("/bin/mount", ["-t", "tmpfs", "-o", "size=\(sizeKiB)k", "tmpfs", dir.path]) else { return nil }
        defer { _ = run("/bin/umount", ["-l", dir.path]) }
        return try body()
    }

    @discardableResult
    static func run(_ tool: String, _ args: [String]) -> Bool {
        guard FileManager.default.isExecutableFile(atPath: tool) else { return false }
        let p = Process()
        p.executableURL = URL(fileURLWithPath: tool)
        p.arguments = args
        p.standardOutput = FileHandle.nullDevice
        p.standardError = FileHandle.nullDevice
        guard (try? p.run()) != nil else { return false }
        p.waitUntilExit()
        return p.terminationStatus == 0
    }
}
