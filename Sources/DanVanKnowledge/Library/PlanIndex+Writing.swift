import DanVanText
import Foundation
import GRDB
#if canImport(Glibc)
import Glibc
#endif

/// The index kept in step by the writer itself: the process that saves or removes a plan updates that
/// plan's rows and the folder's stamp under the index's lock, so the next question trusts the index at
/// once (one `stat` of the folder) instead of comparing every file of the library.
extension PlanIndex {
    /// Runs `body` holding the index's lock, with the index open and in step with the folder, then seals it.
    /// `body` changes the folder and tells the index what it changed (`recordChange`).
    ///
    /// - Returns: what `body` returns; nil when there is no usable index (no cache folder, no lock): the
    ///   caller then works without one.
    /// - Throws: what `body` throws.
    static func writing<T>(library: URL, cacheDirectory: URL?, _ body: (PlanIndex) throws -> T) throws -> T? {
        guard let cacheDirectory, PrivateDirectory.create(cacheDirectory.path) else { return nil }
        let path = path(library: library, cacheDirectory: cacheDirectory)
        let outcome: Result<T, Error>? = Seal.holdingLock(of: path) {
            guard let (index, _) = openLocked(path: path, library: library) else { return nil }
            let result = Result { try body(index) }
            Seal.seal(path)
            return result
        }
        return try outcome?.get()
    }

    /// Records what a writer did to the folder: the files `removed` (names), and `plan` saved as `name`.
    /// Then, once the clock has moved past the folder's stamp, the folder's names and inodes are read
    /// (`LibraryFolder.digest`, no `stat` per file): when they are the index's, the stamp is recorded and
    /// the next reader trusts the index at once; when someone else changed the folder meanwhile, it is not,
    /// and the next reader compares the files.
    func recordChange(saved plan: Plan?, name: String?, removed: [String]) {
        forgetCachedAnswers()
        do {
            try queue.inTransaction(.immediate) { db in
                var digest = try Self.digest(db)
                for gone in removed + (name.map { [$0] } ?? []) {
                    guard let row = try Row.fetchOne(db, sql: "SELECT inode, plan FROM file WHERE name = ?", arguments: [gone]) else { continue }
                    if let id = row["plan"] as String? { try Self.delete(plan: id, db) }
                    try db.execute(sql: "DELETE FROM file WHERE name = ?", arguments: [gone])
                    digest.remove(name: gone, inode: row["inode"])
                }
                if let name, let info = LibraryFolder.info(of: library.appendingPathComponent(name).path) {
                    try Self.record(plan, name: name, info: info, library: library, db)
                    digest.add(name: name, inode: info.inode)
                }
                try db.execute(sql: "INSERT OR REPLACE INTO meta VALUES ('listing', ?)", arguments: [digest.text])
                let stamp = LibraryFolder.stamp(of: library)
                let settled = stamp.map { LibraryFolder.waitPast($0.latest) } ?? false
                try Self.recordStamp(stamp, settled: settled && LibraryFolder.digest(of: library) == digest, library: library, db)
                return .commit
            }
        } catch {
            // The index could not follow: the next reader compares the files, or builds it again.
            if (try? queue.write({ db in try db.execute(sql: "DELETE FROM meta WHERE key = 'dir'") })) == nil { Seal.remove(path) }
        }
    }

    /// The digest of the `file` rows as recorded (computed from them when it is not).
    private static func digest(_ db: Database) throws -> LibraryFolder.Digest {
        if let text = try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = 'listing'"), let digest = LibraryFolder.Digest(text: text) {
            return digest
        }
        var digest = LibraryFolder.Digest()
        for row in try Row.fetchAll(db, sql: "SELECT name, inode FROM file") { digest.add(name: row["name"], inode: row["inode"]) }
        return digest
    }

    /// Every saved plan's id, number and file, oldest first (no file read: for removing a plan by reference).
    func identities() -> [(id: String, number: String?, file: URL)] {
        (try? queue.read { db in
            try Row.fetchAll(db, sql: "SELECT id, number, file FROM plan ORDER BY saved").map { row in
                (row["id"], row["number"], URL(fileURLWithPath: row["file"]))
            }
        }) ?? []
    }

    /// The saved plan with this id, read from its file. A file edited in place since it was indexed (same
    /// name and folder, so the folder's stamp did not move) is indexed again now, under the lock, so the
    /// questions after this one find it by its new title, number or documents.
    func plan(id: String) -> Plan? {
        guard let row = try? queue.read({ db in
            try Row.fetchOne(db, sql: "SELECT file.name AS name, size, mtime, inode FROM file WHERE plan = ?", arguments: [id])
        }) else { return nil }
        let name: String = row["name"]
        let recorded = LibraryFolder.FileInfo(size: row["size"], mtime: row["mtime"], inode: row["inode"])
        let url = library.appendingPathComponent(name)
        let before = LibraryFolder.info(of: url.path)
        guard let data = FileManager.default.contents(atPath: url.path), let plan = try? JSONDecoder().decode(Plan.self, from: data) else {
            return nil
        }
        if let before, before != recorded, LibraryFolder.info(of: url.path) == before {
            _ = Seal.holdingLock(of: path) { () -> Bool? in
                // Only the index this process has open, as sealed (another danvan may have rebuilt it meanwhile).
                var info = stat()
                guard Seal.isIntact(path), lstat(path, &info) == 0, UInt64(info.st_ino) == inode else { return nil }
                recordChange(saved: plan, name: name, removed: [])
                Seal.seal(path)
                return true
            }
        }
        return plan
    }
}
