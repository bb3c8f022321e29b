@testable import DanVanTasks
import DanVanText
import GRDB
import XCTest

/// An import into an empty store builds the plain indexes once at its end: the schema after it is the
/// schema before it, whether it succeeds or a bad row rolls it back, and a store that holds rows
/// keeps its indexes throughout.
final class TaskImportIndexesTests: StoreTestCase {
    func schema() throws -> [String] {
        try store.read("schema") { try String.fetchAll($0, sql: "SELECT type || ' ' || name || ': ' || ifnull(sql, '') FROM sqlite_master ORDER BY name") }
    }

    func csv(_ count: Int, named name: String, last: String? = nil) throws -> URL {
        var text = "STT,Nội dung nhiệm vụ,Đơn vị chủ trì,Hạn\n"
        for i in 1...count { text += "\(i),Việc số \(i),\(["Phòng Kinh tế", "TTSNC"][i % 2]),\(1 + i % 28)/\(1 + i % 12)/2026\n" }
        if let last { text += last + "\n" }
        return try TestSupport.write(text, named: name, in: dir)
    }

    func importing(_ url: URL) throws -> ImportReport {
        try store.importCSV(at: url, vocabulary: TestSupport.vocabulary, resolveUnit: TestSupport.resolver, today: today, user: "lan")
    }

    func testTheSchemaIsTheSameAfterAFailedAndASuccessfulImport() throws {
        let before = try schema()
        XCTAssertTrue(before.contains { $0.hasPrefix("index task_of_unit_in_list_order: CREATE INDEX") }, "\(before)")
        XCTAssertThrowsError(try importing(try csv(500, named: "sai.csv", last: "501,Việc sai,TTSNC,30/02/2026")))
        XCTAssertEqual(try schema(), before)
        XCTAssertEqual(try store.read("count") { try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM task") }, 0)
        XCTAssertEqual(try importing(try csv(500, named: "dung.csv")).addedCount, 500)
        XCTAssertEqual(try schema(), before)
        XCTAssertEqual(try store.integrityCheck(), ["ok"])
        // The rebuilt indexes answer: the list by unit and deadline finds what a table scan finds.
        let scanned = try store.read("scan") {
            try Int.fetchAll($0, sql: "SELECT id FROM task NOT INDEXED WHERE unit = 'Phòng Kinh tế' ORDER BY due, id")
        }
        let indexed = try store.read("index") {
            try Int.fetchAll($0, sql: "SELECT id FROM task INDEXED BY task_of_unit_in_list_order WHERE unit = 'Phòng Kinh tế' AND status = 'pending' ORDER BY due, id")
        }
        XCTAssertEqual(indexed, scanned)
        XCTAssertEqual(indexed.count, 250)
    }

    /// The import's larger page cache is the import's only: the writer's sizes are as before after it.
    func testThePageCacheSizesComeBack() throws {
        let sizes = { try self.store.write("cache") { db in
            try [Int.fetchOne(db, sql: "PRAGMA main.cache_size"), Int.fetchOne(db, sql: "PRAGMA temp.cache_size")]
        } }
        let before = try sizes()
        XCTAssertEqual(try importing(try csv(20, named: "vua.csv")).addedCount, 20)
        XCTAssertEqual(try sizes(), before)
        XCTAssertNotEqual(before, [-32768, -16384])
    }

    /// The statements `setAside` would run on the store as it is, rolled back.
    func setAside() throws -> [String] {
        struct Probe: Error { var statements: [String] }
        do {
            _ = try store.write("probe") { db -> Int in throw Probe(statements: try TaskStore.ImportIndexes.setAside(db).statements) }
        } catch let probe as Probe {
            return probe.statements
        }
        return []
    }

    func testOnlyTheIndexesOfEmptyTablesAreSetAside() throws {
        let before = try schema()
        let empty = try setAside()
        // Six plain indexes of task (not the unique import key), two of journal_entry.
        XCTAssertEqual(empty.count, 8, "\(empty)")
        XCTAssertFalse(empty.contains { $0.contains("import_key") })
        XCTAssertEqual(try schema(), before)
        XCTAssertEqual(try importing(try csv(3, named: "nho.csv")).addedCount, 3)
        XCTAssertEqual(try setAside(), [])
    }

    /// Into an empty store, a repeated row is found through the task its first line added: the first
    /// line read back from that task's source, even when the file's name holds a colon.
    func testDuplicatesWithinAFileImportedIntoAnEmptyStore() throws {
        let text = "STT,Nội dung nhiệm vụ,Đơn vị chủ trì,Hạn\n1,Họp dân,Phòng Kinh tế,1/10/2025\n2,Việc khác,TTSNC,\n"
            + "3,HỌP DÂN,phong kinh te,2/10/2025\n4,Việc khác,TTSNC,\n5,họp   dân,Phòng Kinh tế,\n"
        let url = try TestSupport.write(text, named: "phu-luc:2025.csv", in: dir)
        let report = try importing(url)
        XCTAssertEqual(report.addedCount, 2)
        XCTAssertEqual(report.alreadyPresent, 0)
        XCTAssertEqual(report.warnings, [.duplicateRow(line: 4, firstLine: 2), .duplicateRow(line: 5, firstLine: 3),
                                         .duplicateRow(line: 6, firstLine: 2)])
        // The same file into a store that holds a task: the table of keys finds the same repeats.
        let other = try TaskStore(path: dir.appendingPathComponent("khac.sqlite").path)
        _ = try other.importCSV(at: try csv(1, named: "mot.csv"), vocabulary: TestSupport.vocabulary, resolveUnit: TestSupport.resolver,
                                today: today, user: "lan")
        let again = try other.importCSV(at: url, vocabulary: TestSupport.vocabulary, resolveUnit: TestSupport.resolver, today: today, user: "lan")
        XCTAssertEqual(again.addedCount, 2)
        XCTAssertEqual(again.warnings, report.warnings)
        XCTAssertEqual(TaskStore.importedLine("import:a:b.csv:12"), 12)
        XCTAssertNil(TaskStore.importedLine("manual"))
    }
}
