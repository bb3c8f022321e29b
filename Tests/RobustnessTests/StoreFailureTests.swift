import DanVanTasks
import Foundation
import GRDB
import XCTest

/// A store that is missing, corrupt, locked, read-only or from a newer danvan: a clear Vietnamese
/// message, the files unchanged, no hang; and a new store is private (0600).
final class StoreFailureTests: XCTestCase {
    let add = "thêm nhiệm vụ Họp tổ dân vận, giao phòng kinh tế, hạn 20/10/2025"

    /// A store with one task, made through the CLI.
    func storeWithOneTask(_ cli: CLI, in dir: URL) throws -> String {
        let path = dir.appendingPathComponent("tasks.sqlite").path
        let r = try cli.run(["ask", "--store", path, "--today", "2025-09-10", add])
        XCTAssertTrue(r.stdout.contains("#1"), r.stdout + r.stderr)
        return path
    }

    func assertVietnamese(_ text: String, contains needle: String, _ context: String, file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertTrue(OutputRules.isVietnamese(text), "\(context): not Vietnamese: \(text)", file: file, line: line)
        XCTAssertTrue(text.contains(needle), "\(context): expected “\(needle)” in: \(text)", file: file, line: line)
        OutputRules.assertClean(text, context, file: file, line: line)
    }

    func testNewStoreIsPrivate() throws {
        let cli = try CLI(self)
        let dir = cli.home.appendingPathComponent("new/deeper")
        let path = try storeWithOneTask(cli, in: dir)
        for file in [path, path + "-wal", path + "-shm"] where FileManager.default.fileExists(atPath: file) {
            let mode = try XCTUnwrap(FileManager.default.attributesOfItem(atPath: file)[.posixPermissions] as? Int)
            XCTAssertEqual(mode & 0o777, 0o600, file)
        }
        let dirMode = try XCTUnwrap(FileManager.default.attributesOfItem(atPath: dir.path)[.posixPermissions] as? Int)
        XCTAssertEqual(dirMode & 0o077, 0, "the store's new folder is private")
    }

    func testMissingStore() throws {
        let cli = try CLI(self)
        let path = cli.home.appendingPathComponent("none/tasks.sqlite").path
        // A question that only reads does not create a store.
        let r = try cli.run(["ask", "--store", path, "nhiệm vụ của phòng kinh tế"])
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertFalse(FileManager.default.fileExists(atPath: path))
        // A store that cannot be created (its folder is a file): a message, exit status 2 for commands.
        let file = cli.home.appendingPathComponent("plain-file")
        try Data("x".utf8).write(to: file)
        let bad = file.appendingPathComponent("tasks.sqlite").path
        let asked = try cli.run(["ask", "--store", bad, add])
        XCTAssertEqual(asked.status, 2, "a store that cannot be opened: a non-zero status")
        assertVietnamese(asked.stderr, contains: "Không mở được", "add under a file")
        let exported = try cli.run(["tasks", "export", "--store", bad])
        XCTAssertEqual(exported.status, 2)
        assertVietnamese(exported.stderr, contains: "Không mở được", "export under a file")
        XCTAssertEqual(try Data(contentsOf: file), Data("x".utf8))
    }

    func testCorruptStoreIsRefusedAndLeftAlone() throws {
        let cli = try CLI(self)
        let path = cli.home.appendingPathComponent("tasks.sqlite").path
        var random = HostileInputTests.Generator(state: 7)
        try Data((0..<65_536).map { _ in UInt8(random.next(256)) }).write(to: URL(fileURLWithPath: path))
        let before = StoreFiles(path)
        for question in ["danh sách nhiệm vụ", add] {
            let r = try cli.run(["ask", "--store", path, question])
            XCTAssertEqual(r.status, 2, "a store that cannot be opened is an error for scripts: \(r.stderr)")
            assertVietnamese(r.stdout, contains: "Không mở được", question)
            assertVietnamese(r.stderr, contains: "không phải là kho nhiệm vụ", question)
        }
        let imported = try cli.run(["tasks", "import", "--store", path, Repository.data.appendingPathComponent("examples/phu-luc-nhiem-vu-VI-DU.csv").path])
        XCTAssertEqual(imported.status, 2)
        assertVietnamese(imported.stderr, contains: "Không mở được", "import")
        XCTAssertEqual(StoreFiles(path), before, "the corrupt file was modified")
    }

    /// A store whose pages are damaged (the schema still readable): reads go on with a Vietnamese
    /// warning on standard error saying how to recover, once per command; writes are refused; the file
    /// is left as it is. Checked on two damaged spots.
    func testADamagedStoreIsReadWithAWarningAndRefusesWrites() throws {
        for fraction in [0.5, 0.75] {
            let cli = try CLI(self)
            let path = cli.home.appendingPathComponent("tasks.sqlite").path
            let csv = cli.home.appendingPathComponent("viec.csv")
            let rows = (1...300).map { "\($0),Việc số \($0) \(String(repeating: "dân vận ", count: 20)),Phòng Kinh tế,20/10/2025" }
            try Data((["STT,Nội dung nhiệm vụ,Đơn vị chủ trì,Thời gian hoàn thành"] + rows).joined(separator: "\n").utf8).write(to: csv)
            let imported = try cli.run(["tasks", "import", "--store", path, csv.path])
            XCTAssertEqual(imported.status, 0, imported.stderr)
            // All in the main file (no WAL left), then pages in the middle overwritten (not the header).
            _ = StoreFiles.run("/usr/bin/sqlite3", [path, "PRAGMA wal_checkpoint(TRUNCATE);"])
            let handle = try XCTUnwrap(FileHandle(forUpdatingAtPath: path))
            let size = try handle.seekToEnd()
            try handle.seek(toOffset: UInt64(Double(size) * fraction) / 4096 * 4096)
            handle.write(Data(repeating: 0xA5, count: 8192))
            try handle.close()
            let before = try Data(contentsOf: URL(fileURLWithPath: path))
            // Each read goes on as far as the damage allows: a read that reaches a damaged page ends with the
            // same advice (status 2); one that does not prints its answer after the warning, given once.
            var answered = 0
            for args in [["tasks", "list", "--store", path], ["tasks", "export", "--store", path], ["ask", "--store", path, "danh sách nhiệm vụ"]] {
                let r = try cli.run(args)
                assertVietnamese(r.stderr, contains: "bị hỏng", args.joined(separator: " "))
                XCTAssertTrue(r.stderr.contains("danvan tasks export") && r.stderr.contains("danvan tasks import"), r.stderr)
                XCTAssertFalse(r.stderr.contains("SQLite"), r.stderr)
                if r.status == 0 {
                    answered += 1
                    XCTAssertTrue(r.stderr.hasPrefix("Cảnh báo"), r.stderr)
                    XCTAssertEqual(r.stderr.components(separatedBy: "bị hỏng").count - 1, 1, "said once: \(r.stderr)")
                    XCTAssertTrue(r.stdout.contains("Việc số 1 "), r.stdout)
                } else {
                    XCTAssertEqual(r.status, 2, "\(args): \(r.stderr)")
                }
            }
            XCTAssertGreaterThan(answered, 0, "the first page of the list is read despite the damage")
            let added = try cli.run(["ask", "--store", path, add])
            XCTAssertEqual(added.status, 2, added.stdout + added.stderr)
            assertVietnamese(added.stdout + added.stderr, contains: "không ghi thêm", "add to a damaged store")
            // The store itself is not written (its read-only readers may leave an empty WAL file beside it).
            XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: path)), before, "the damaged file was modified")
        }
    }

    func testStoreFromANewerDanvanIsRefusedAndLeftAlone() throws {
        let cli = try CLI(self)
        let path = try storeWithOneTask(cli, in: cli.home)
        try DatabaseQueue(path: path).write { db in
            try db.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES (?)", arguments: ["v999-from-a-newer-danvan"])
        }
        let before = try StoreFiles.rows(path)
        for question in ["danh sách nhiệm vụ", add] {
            let r = try cli.run(["ask", "--store", path, question])
            XCTAssertEqual(r.status, 2, r.stdout)
            assertVietnamese(r.stderr, contains: "mới hơn", question)
        }
        XCTAssertEqual(try StoreFiles.rows(path), before)
        XCTAssertEqual(try StoreFiles.census(path).tasks, 1)
    }

    func testReadOnlyStore() throws {
        let cli = try CLI(self)
        let dir = cli.home.appendingPathComponent("ro")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let checked: Bool? = try StoreFiles.withTmpfs(at: dir, sizeKiB: 4096) {
            let path = try storeWithOneTask(cli, in: dir)
            guard StoreFiles.run("/bin/mount", ["-o", "remount,ro", dir.path]) else { return false }
            try checkReadOnly(cli, path)
            return true
        }
        if checked == true { return }
        guard geteuid() != 0 else { throw XCTSkip("as root a read-only store needs a read-only mount, and mount failed here") }
        let path = try storeWithOneTask(cli, in: dir)
        XCTAssertEqual(chmod(path, 0o400), 0)
        XCTAssertEqual(chmod(dir.path, 0o500), 0)
        try checkReadOnly(cli, path)
    }

    private func checkReadOnly(_ cli: CLI, _ path: String) throws {
        let before = StoreFiles(path)
        let r = try cli.run(["ask", "--store", path, add])
        XCTAssertEqual(r.status, 2, r.stdout)
        assertVietnamese(r.stderr, contains: "kho nhiệm vụ", "add to a read-only store")
        XCTAssertFalse(r.stdout.contains("#2"), r.stdout)
        XCTAssertEqual(StoreFiles(path), before)
    }

    /// Another process holds the write lock (an open write transaction): an add waits the busy timeout
    /// (5 s), then says the store is busy; a list still reads (WAL readers are not blocked).
    func testStoreLockedByAnotherWriter() throws {
        let cli = try CLI(self)
        let path = try storeWithOneTask(cli, in: cli.home)
        let holder = try DatabaseQueue(path: path)
        let locked = DispatchSemaphore(value: 0), release = DispatchSemaphore(value: 0), released = DispatchSemaphore(value: 0)
        DispatchQueue.global().async {
            try? holder.inDatabase { db in
                try db.inTransaction(.exclusive) {
                    locked.signal()
                    release.wait()
                    return .rollback
                }
            }
            released.signal()
        }
        locked.wait()
        let start = Date()
        let added = try cli.run(["ask", "--store", path, add], limit: 20)
        XCTAssertLessThan(Date().timeIntervalSince(start), 10)
        XCTAssertEqual(added.status, 2, "the store could not be opened for writing in time")
        assertVietnamese(added.stderr, contains: "bận", "add while locked")
        let listed = try cli.run(["ask", "--store", path, "danh sách nhiệm vụ"], limit: 20)
        XCTAssertTrue(listed.stdout.contains("Họp tổ dân vận"), "a list while another process writes: \(listed.stdout)")
        // The read-only commands never wait for the write lock (busy timeout: 5 s).
        for args in [["tasks", "export", "--store", path], ["tasks", "export", "--format", "json", "--store", path],
                     ["tasks", "list", "--store", path]] {
            let started = Date()
            let r = try cli.run(args, limit: 20)
            XCTAssertEqual(r.status, 0, "\(args): \(r.stderr)")
            XCTAssertTrue(r.stdout.contains("Họp tổ dân vận"), "\(args): \(r.stdout)")
            XCTAssertLessThan(Date().timeIntervalSince(started), 4, "\(args) waited for the write lock")
        }
        release.signal()
        released.wait()
        XCTAssertEqual(try StoreFiles.census(path).tasks, 1)
    }

    /// Another process holds the folder's setup lock (`flock` on the store's directory, taken while a
    /// store is created or migrated): danvan must not wait forever.
    func testSetupLockHeldElsewhereDoesNotHang() throws {
        let cli = try CLI(self)
        let path = try storeWithOneTask(cli, in: cli.home)
        let fd = open(cli.home.path, O_RDONLY | O_DIRECTORY)
        XCTAssertGreaterThanOrEqual(fd, 0)
        XCTAssertEqual(flock(fd, LOCK_EX), 0)
        defer { flock(fd, LOCK_UN); close(fd) }
        let start = Date()
        let r = try cli.run(["ask", "--store", path, "danh sách nhiệm vụ"], limit: 8)
        let seconds = Date().timeIntervalSince(start)
        XCTAssertLessThan(seconds, 7.5, "danvan waited \(seconds) s on the setup lock")
        XCTAssertTrue(OutputRules.isVietnamese(r.stdout), r.stdout)
    }
}
