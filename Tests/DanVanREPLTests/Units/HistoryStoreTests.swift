import XCTest
@testable import DanVanREPL

final class HistoryStoreTests: XCTestCase {
    private var directory: URL!

    override func setUpWithError() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("danvan-history-\(UUID().uuidString)")
    }

    override func tearDown() {
        try? FileManager.default.removeItem(at: directory)
    }

    private var path: String { directory.appendingPathComponent("nested/danvan/history").path }

    func testEachEntryIsSavedAtOnceAndReloaded() throws {
        let store = try XCTUnwrap(HistoryStore(path: path, limit: 100))
        store.add("hạn báo cáo lần 1")
        let saved = try String(contentsOfFile: path, encoding: .utf8)
        XCTAssertTrue(saved.contains("hạn\\040báo\\040cáo\\040lần\\0401"), saved)
        store.add("văn bản căn cứ")
        let reloaded = try XCTUnwrap(HistoryStore(path: path, limit: 100))
        XCTAssertEqual(reloaded.count, 2)
    }

    func testTheFileIsPrivate() throws {
        try XCTUnwrap(HistoryStore(path: path, limit: 100)).add("riêng tư")
        let attributes = try FileManager.default.attributesOfItem(atPath: path)
        XCTAssertEqual((attributes[.posixPermissions] as? NSNumber)?.intValue, 0o600)
    }

    func testDuplicatesAreKeptOnceAtTheirLatestPlace() throws {
        let store = try XCTUnwrap(HistoryStore(path: path, limit: 100))
        for line in ["a", "b", "a", "a"] { store.add(line) }
        XCTAssertEqual(store.count, 2)
        let lines = try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n")
        XCTAssertEqual(lines.suffix(2), ["b", "a"])
    }

    func testTheHistoryIsCappedAndTheCapAppliesToLoadedEntries() throws {
        let store = try XCTUnwrap(HistoryStore(path: path, limit: 3))
        for n in 1...5 { store.add("câu \(n)") }
        XCTAssertEqual(store.count, 3)
        let reloaded = try XCTUnwrap(HistoryStore(path: path, limit: 3))
        XCTAssertEqual(reloaded.count, 3)
        let lines = try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n")
        XCTAssertEqual(lines.last, "câu\\0405")
        XCTAssertFalse(lines.contains("câu\\0402"))
    }

    func testNoPathKeepsHistoryInMemoryOnly() throws {
        let store = try XCTUnwrap(HistoryStore(path: nil, limit: 10))
        store.add("x")
        XCTAssertEqual(store.count, 1)
        XCTAssertFalse(FileManager.default.fileExists(atPath: directory.path))
    }

    func testDefaultLocationFollowsXDG() {
        XCTAssertEqual(HistoryLocation.defaultPath(environment: ["XDG_STATE_HOME": "/s", "HOME": "/h"]), "/s/danvan/history")
        XCTAssertEqual(HistoryLocation.defaultPath(environment: ["HOME": "/h"]), "/h/.local/state/danvan/history")
        XCTAssertEqual(HistoryLocation.defaultPath(environment: ["XDG_STATE_HOME": "rel", "HOME": "/h"]),
                       "/h/.local/state/danvan/history")
        XCTAssertNil(HistoryLocation.defaultPath(environment: [:]))
    }
}
