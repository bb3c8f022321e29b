@testable import DanVanTasks
import DanVanText
import GRDB
import XCTest

/// Stores that are not stores, damaged stores, links, and reads during another writer's lock.
final class StoreHardeningTests: XCTestCase {
    var dir: URL!

    override func setUpWithError() throws {
        dir = try TestSupport.temporaryDirectory(self)
    }

    func message(opening path: String, file: StaticString = #filePath, line: UInt = #line) -> String {
        do {
            _ = try TaskStore(path: path)
            XCTFail("opened \(path)", file: file, line: line)
            return ""
        } catch {
            let text = TaskErrorWording.message(for: error)
            XCTAssertFalse(text.contains("SQLite"), text, file: file, line: line)
            XCTAssertNil(text.range(of: "denied|error|open:|read-only", options: [.regularExpression, .caseInsensitive]), text,
                         file: file, line: line)
            return text
        }
    }

    func testEveryUnusableFileIsNamedInVietnamese() throws {
        XCTAssertTrue(message(opening: dir.path).contains("là một thư mục"))
        let fifo = dir.appendingPathComponent("fifo").path
        XCTAssertEqual(mkfifo(fifo, 0o600), 0)
        XCTAssertTrue(message(opening: fifo).contains("không phải là tệp thông thường"), "and it did not block")
        let text = try TestSupport.write(String(repeating: "không phải SQLite ", count: 100), named: "text.sqlite", in: dir)
        XCTAssertTrue(message(opening: text.path).contains("không phải là kho nhiệm vụ"))
        let plain = try TestSupport.write("x", named: "plain", in: dir)
        XCTAssertTrue(message(opening: plain.path + "/x/tasks.sqlite").contains("thư mục chứa tệp không tồn tại"))
        if geteuid() != 0 {
            let locked = dir.appendingPathComponent("locked")
            try FileManager.default.createDirectory(at: locked, withIntermediateDirectories: true)
            chmod(locked.path, 0o500)
            XCTAssertTrue(message(opening: locked.path + "/tasks.sqlite").contains("không có quyền"))
        }
    }

    func testADamagedStoreRefusesWritesAndSaysHowToRecover() throws {
        let path = dir.appendingPathComponent("tasks.sqlite").path
        do {
            let store = try TaskStore(path: path)
            for n in 1...300 { _ = try store.add(TaskDraft(title: "Nhiệm vụ số \(n) " + String(repeating: "dân vận ", count: 20)), user: "lan") }
        }
        // Damage pages in the middle of the file (not the header): the tables are still found.
        let handle = try FileHandle(forUpdating: URL(fileURLWithPath: path))
        let size = try handle.seekToEnd()
        try handle.seek(toOffset: size / 2)
        handle.write(Data(repeating: 0xA5, count: 8192))
        try handle.close()
        XCTAssertThrowsError(try TaskStore(path: path)) {
            XCTAssertEqual($0 as? TaskStoreError, .damaged(path: path))
            let text = TaskErrorWording.message(for: $0)
            XCTAssertTrue(text.contains("bị hỏng") && text.contains("danvan tasks import") && text.contains("danvan tasks export"), text)
        }
    }

    func testADanglingLinkCreatesItsTargetPrivate() throws {
        let link = dir.appendingPathComponent("link.sqlite").path
        let target = dir.appendingPathComponent("real.sqlite").path
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: "real.sqlite")
        let old = umask(0o022)
        defer { umask(old) }
        _ = try TaskStore(path: link).add(TaskDraft(title: "x"), user: "lan")
        let attributes = try FileManager.default.attributesOfItem(atPath: target)
        XCTAssertEqual((attributes[.posixPermissions] as? NSNumber)?.intValue, 0o600)
        XCTAssertEqual(try FileManager.default.destinationOfSymbolicLink(atPath: link), "real.sqlite")
    }

    func testReadsDoNotWaitForAnotherWritersLock() throws {
        let path = dir.appendingPathComponent("tasks.sqlite").path
        _ = try TaskStore(path: path).add(TaskDraft(title: "Họp tổ dân vận"), user: "lan")
        // Another connection holds the write lock (as another process writing would).
        let holder = try DatabaseQueue(path: path)
        let locked = DispatchSemaphore(value: 0), release = DispatchSemaphore(value: 0), released = DispatchSemaphore(value: 0)
        DispatchQueue.global().async {
            try? holder.inDatabase { db in
                try db.inTransaction(.immediate) {
                    try db.execute(sql: "UPDATE task SET title = title WHERE id = 1")
                    locked.signal()
                    release.wait()
                    return .rollback
                }
            }
            released.signal()
        }
        locked.wait()
        defer { release.signal(); released.wait() }
        let started = Date()
        let reader = try TaskStore(path: path, readOnly: true)
        let csv = try reader.export(format: .csv, today: TestSupport.today)
        XCTAssertTrue(csv.contains("Họp tổ dân vận"))
        XCTAssertLessThan(Date().timeIntervalSince(started), 2, "the read did not wait for the lock")
    }
}
