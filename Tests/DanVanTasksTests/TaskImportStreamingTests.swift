@testable import DanVanTasks
import DanVanText
import GRDB
import XCTest

/// `tasks import` reads a file row by row: large generated files keep every rule of the small ones —
/// all or nothing (a bad row near the end rolls back the thousands written before it), duplicates
/// within the file and from an earlier import, a report that counts what it does not list.
final class TaskImportStreamingTests: StoreTestCase {
    /// A CSV of `count` task rows (lines 2…count+1), Vietnamese titles, three units, dates spread over a year;
    /// `row` may replace any line's cells.
    func generated(_ count: Int, named name: String = "lon.csv", row: (Int) -> String? = { _ in nil }) throws -> URL {
        var text = "STT,Nội dung nhiệm vụ,Đơn vị chủ trì,Hạn\r\n"
        let units = ["Phòng Kinh tế", "phòng vhxh", "TTSNC"]
        for i in 1...count {
            let line = i + 1
            text += row(line) ?? "\(i),\"Rà soát, cập nhật hồ sơ thôn số \(i)\",\(units[i % 3]),\(1 + i % 28)/\(1 + i % 12)/2026"
            text += "\r\n"
        }
        return try TestSupport.write(text, named: name, in: dir, bom: true)
    }

    func importing(_ url: URL) throws -> ImportReport {
        try store.importCSV(at: url, vocabulary: TestSupport.vocabulary, resolveUnit: TestSupport.resolver, today: today, user: "lan")
    }

    /// Tasks in the store, but those an undo marked deleted.
    func storedCount() throws -> Int {
        try store.read("count") { try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM task WHERE status != 'deleted'") ?? 0 }
    }

    func testABadRowNearTheEndOfALargeFileImportsNothing() throws {
        let url = try generated(20_000) { $0 == 19_990 ? "19989,Họp tổng kết,Phòng Kinh tế,31/02/2026" : nil }
        XCTAssertThrowsError(try importing(url)) { error in
            XCTAssertEqual(error as? TaskImportError, .badRows([BadRow(line: 19_990, problem: .invalidDate("31/02/2026"))]))
            XCTAssertTrue(TaskErrorWording.message(for: error).contains("Dòng 19990"), TaskErrorWording.message(for: error))
        }
        XCTAssertEqual(try storedCount(), 0)
        XCTAssertEqual(try store.recentHistory(), [])
        // A file without a bad row imports whole.
        let fixed = try generated(3_000, named: "lon-sua.csv")
        let report = try importing(fixed)
        XCTAssertEqual(report.addedCount, 3_000)
        XCTAssertEqual(report.added.count, ImportReport.listLimit, "the report lists the first tasks, counts all")
        XCTAssertEqual(report.added.first?.title, "Rà soát, cập nhật hồ sơ thôn số 1")
        XCTAssertEqual(report.added.first?.source, "import:lon-sua.csv:2")
        XCTAssertEqual(try storedCount(), 3_000)
        let document = PlainRenderer.render(TaskResponder.document(for: report))
        XCTAssertTrue(document.contains("Đã nhập 3000 nhiệm vụ"), document)
    }

    func testAFileErrorNearTheEndImportsNothing() throws {
        // Not UTF-8 on the last line, after thousands of good rows.
        var bytes = try Data(contentsOf: try generated(3_000))
        bytes.append(contentsOf: [0x39, 0x2C, 0x48, 0xE0, 0xFF, 0x0D, 0x0A])
        let latin = dir.appendingPathComponent("latin.csv")
        try bytes.write(to: latin)
        XCTAssertThrowsError(try importing(latin)) { XCTAssertEqual($0 as? TaskImportError, .notUTF8(path: latin.path)) }
        // A quote opened on the last line and never closed.
        let quote = try generated(3_000, named: "ngoac.csv") { $0 == 3_001 ? "3000,\"Họp dân,Phòng Kinh tế," : nil }
        XCTAssertThrowsError(try importing(quote)) {
            XCTAssertEqual($0 as? TaskImportError, .unterminatedQuote(path: "ngoac.csv", line: 3_001))
        }
        XCTAssertEqual(try storedCount(), 0)
        XCTAssertEqual(try store.recentHistory(), [])
    }

    func testDuplicatesWithinALargeFileAndFromAnEarlierImport() throws {
        let first = try TestSupport.write("Nhiệm vụ,Đơn vị chủ trì\nHọp tổ dân phố,Phòng Kinh tế\n", named: "truoc.csv", in: dir)
        XCTAssertEqual(try importing(first).addedCount, 1)
        // Line 2_000 repeats line 10; lines 2_500 and 2_501 both repeat the task imported before.
        let url = try generated(3_000) { line in
            switch line {
            case 2_000: return "1999,RÀ SOÁT CẬP NHẬT HỒ SƠ THÔN SỐ 9,phong kinh te,1/1/2026"
            case 2_500, 2_501: return "\(line),Hop to dan pho,kinh tế,"
            default: return nil
            }
        }
        let report = try importing(url)
        XCTAssertEqual(report.addedCount, 2_997)
        XCTAssertEqual(report.alreadyPresent, 1, "the second repeat of an earlier task is a duplicate row, not present twice")
        XCTAssertEqual(report.warnings.filter { if case .duplicateRow = $0 { return true } else { return false } },
                       [.duplicateRow(line: 2_000, firstLine: 10), .duplicateRow(line: 2_501, firstLine: 2_500)])
        XCTAssertEqual(try storedCount(), 2_998)
        // Importing the file again adds nothing; one undo removes the whole first batch of it.
        let again = try importing(url)
        XCTAssertEqual(again.addedCount, 0)
        XCTAssertEqual(again.alreadyPresent, 2_998)
        XCTAssertEqual(try store.undo(user: "lan").tasks.count, 2_997)
        XCTAssertEqual(try storedCount(), 1, "undo marks the batch deleted")
    }

    func testWarningsPastTheLimitAreCountedNotKept() throws {
        let extra = 250
        // Every row's deadline is a month: each one is an approximate-deadline warning.
        let url = try generated(ImportReport.warningLimit + extra) { line in "\(line),Việc số \(line),Phòng Kinh tế,tháng 12/2026" }
        let report = try importing(url)
        XCTAssertEqual(report.addedCount, ImportReport.warningLimit + extra)
        XCTAssertEqual(report.warnings.count, ImportReport.warningLimit)
        XCTAssertEqual(report.omittedWarnings, extra)
        XCTAssertEqual(report.warnings.first, .approximateDue(line: 2, written: "tháng 12/2026", due: CalendarDate(iso: "2026-12-31")!))
        let document = PlainRenderer.render(TaskResponder.document(for: report))
        XCTAssertTrue(document.contains("… và còn \(extra) cảnh báo khác"), document)
    }

    func testBadRowsAreNamedUpToTheLimit() throws {
        let url = try generated(2 * TaskImporter.Checker.badRowLimit + 500) { line in line % 2 == 0 ? "\(line),,Phòng Kinh tế," : nil }
        XCTAssertThrowsError(try importing(url)) { error in
            guard case .badRows(let rows)? = error as? TaskImportError else { return XCTFail("\(error)") }
            XCTAssertEqual(rows.count, TaskImporter.Checker.badRowLimit)
            XCTAssertEqual(rows.first, BadRow(line: 2, problem: .missingTitle))
        }
        XCTAssertEqual(try storedCount(), 0)
    }

    /// The file is read 64 KiB at a time: characters cut by a chunk boundary, quoted newlines and
    /// CRLF read exactly as the whole text read at once.
    func testReadingInChunksEqualsReadingTheWholeText() throws {
        var text = "STT;Nội dung nhiệm vụ;Đơn vị chủ trì;Ghi chú\r\n"
        var i = 0
        while text.utf8.count < 3 * UTF8FileBytes.chunkSize {
            i += 1
            text += "\(i);\"Tuyên truyền \"\"Dân vận khéo\"\"\nđợt \(i)\";Phòng Văn hóa - Xã hội;ghi chú ở ẩn ữ \(String(repeating: "ạ", count: i % 7))\r\n"
        }
        let url = try TestSupport.write(text, named: "khoi.csv", in: dir, bom: true)
        let whole = try CSVRecordReader.records(in: text)
        var table = try CSVTaskTable(at: url, columns: TestSupport.vocabulary.importing.columns)
        var streamed: [TaskTableRow] = []
        while let row = try table.next() { streamed.append(row) }
        XCTAssertEqual(streamed.count, i)
        XCTAssertEqual(streamed.map(\.line), whole.dropFirst().map(\.line))
        XCTAssertEqual(streamed.map(\.title), whole.dropFirst().map { $0.fields[1] })
        XCTAssertEqual(streamed.map(\.note), whole.dropFirst().map { $0.fields[3] })
    }
}
