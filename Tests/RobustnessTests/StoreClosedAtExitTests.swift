import Foundation
import XCTest

/// A one-shot `danvan ask` closes its databases before it exits, whatever it keeps alive to exit sooner:
/// SQLite then checkpoints and removes the write-ahead log, so the store is one file again (and opens as
/// read-only where it must, on a read-only disk: `StoreFailureTests.testReadOnlyStore`).
final class StoreClosedAtExitTests: XCTestCase {
    private func leftovers(in folder: URL) -> [String] {
        let names = (FileManager.default.enumerator(atPath: folder.path)?.allObjects as? [String]) ?? []
        return names.filter { $0.hasSuffix("-wal") || $0.hasSuffix("-shm") }.sorted()
    }

    func testAnAddLeavesNoWriteAheadLog() throws {
        let cli = try CLI(self)
        let store = cli.home.appendingPathComponent("tasks.sqlite").path
        for (n, title) in ["Họp tổ dân vận", "Họp chi bộ"].enumerated() {
            let added = try cli.run(["ask", "--store", store, "--today", "2025-09-10", "thêm nhiệm vụ \(title), hạn 20/10/2025"])
            XCTAssertEqual(added.status, 0, added.stderr)
            XCTAssertTrue(added.stdout.contains("#\(n + 1)"), added.stdout)
            XCTAssertEqual(leftovers(in: cli.home), [], "after add \(n + 1)")
        }
    }

    func testAPipedSessionLeavesNoWriteAheadLog() throws {
        let cli = try CLI(self)
        let store = cli.home.appendingPathComponent("tasks.sqlite").path
        let lines = "thêm nhiệm vụ Họp dân, hạn 15/10/2025\nhạn báo cáo\nthêm nhiệm vụ Họp chi bộ, hạn 16/10/2025\n"
        let r = try cli.run(["ask", "--store", store, "--today", "2025-09-10"], input: Data(lines.utf8))
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertTrue(r.stdout.contains("#2"), r.stdout)
        XCTAssertEqual(leftovers(in: cli.home), [])
    }
}
