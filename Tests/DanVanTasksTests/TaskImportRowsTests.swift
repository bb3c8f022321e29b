@testable import DanVanTasks
import DanVanIntents
import DanVanText
import GRDB
import XCTest

/// Appendix rows read from a plan or a workbook, imported as tasks linked to their plan and row.
final class TaskImportRowsTests: StoreTestCase {
    private func importing(_ rows: [TaskTableRow], name: String = "ke-hoach-617.txt") throws -> ImportReport {
        try store.importRows(rows, fileName: name, vocabulary: TestSupport.vocabulary, resolveUnit: TestSupport.resolver,
                             today: today, user: "lan")
    }

    private let rows = [
        TaskTableRow(line: 1, number: "1", group: "Nhóm tuyên truyền", title: "Họp dân về an ninh trật tự", unit: "Phòng VHXH", due: "Quý IV/2025", planID: "ke-hoach-617", planRow: 1),
        TaskTableRow(line: 2, number: "2", title: "Rà soát hương ước", unit: "Phòng Kinh tế", due: "Thường xuyên", planID: "ke-hoach-617", planRow: 2),
        TaskTableRow(line: 3, number: "3", title: "Tổng kết năm", unit: nil, due: "Tháng 12/2025", product: "Báo cáo", planID: "ke-hoach-617", planRow: 3),
        TaskTableRow(line: 4, number: "4", title: "Chuyển đổi số cấp xã", unit: "Phòng Kinh tế", due: "2025 - 2030", planID: "ke-hoach-617", planRow: 4),
    ]

    func testRowsBecomeTasksWithUnitDeadlineAndPlanLink() throws {
        let report = try importing(rows)
        XCTAssertEqual(report.added.count, 4)
        XCTAssertEqual(report.alreadyPresent, 0)
        let t = report.added
        XCTAssertEqual(t[0].unit, "Phòng Văn hóa - Xã hội")
        XCTAssertEqual(t[0].due, CalendarDate(iso: "2025-12-31"))      // Quý IV/2025: the quarter's last day
        XCTAssertNil(t[1].due)                                          // Thường xuyên: no deadline, kept in the note
        XCTAssertTrue(t[1].note?.contains("Thường xuyên") == true)
        XCTAssertEqual(t[2].due, CalendarDate(iso: "2025-12-31"))
        XCTAssertNil(t[2].unit)
        XCTAssertEqual(t[3].due, CalendarDate(iso: "2030-12-31"))      // a span of years ends with its last year
        XCTAssertEqual(t[0].source, "import:ke-hoach-617.txt:1")
        for (task, row) in zip(t, 1...) {
            let link = try XCTUnwrap(try store.planLink(ofTask: task.id))
            XCTAssertEqual(link.planID, "ke-hoach-617")
            XCTAssertEqual(link.row, row)
            XCTAssertEqual(link.group, row == 1 ? "Nhóm tuyên truyền" : nil)
        }
    }

    func testSecondImportAddsNothingAndCountsWhatWasThere() throws {
        _ = try importing(rows)
        let again = try importing(rows + [TaskTableRow(line: 5, title: "Việc mới", unit: "Phòng Kinh tế", planID: "ke-hoach-617", planRow: 5)])
        XCTAssertEqual(again.added.map(\.title), ["Việc mới"])
        XCTAssertEqual(again.alreadyPresent, 4)
        XCTAssertEqual(try store.export(format: .csv, today: today).split(whereSeparator: \.isNewline).count, 6)   // header + 5
    }

    func testOneBadRowRefusesTheTable() throws {
        var bad = rows
        bad[1].due = "31/02/2025"
        bad[2].title = "  "
        XCTAssertThrowsError(try importing(bad)) { error in
            guard case TaskImportError.badRows(let rows)? = error as? TaskImportError else { return XCTFail("\(error)") }
            XCTAssertEqual(rows.map(\.line), [2, 3])
        }
        XCTAssertThrowsError(try importing([])) { XCTAssertEqual($0 as? TaskImportError, .empty(path: "ke-hoach-617.txt")) }
        XCTAssertEqual(try store.export(format: .csv, today: today).split(whereSeparator: \.isNewline).count, 1)
    }

    func testCSVTasksHaveNoPlanLink() throws {
        let url = try TestSupport.write("Nội dung nhiệm vụ,Đơn vị chủ trì,Thời gian hoàn thành\nHọp,Phòng Kinh tế,2026\n", named: "a.csv", in: dir)
        let report = try store.importCSV(at: url, vocabulary: TestSupport.vocabulary, resolveUnit: TestSupport.resolver, today: today, user: "lan")
        XCTAssertEqual(report.added.first?.due, CalendarDate(iso: "2026-12-31"))
        XCTAssertNil(try store.planLink(ofTask: try XCTUnwrap(report.added.first).id))
        // A CSV heading row ("I", no unit, no deadline) gives its title as the group of the rows under it.
        let grouped = try TestSupport.write("STT,Nội dung nhiệm vụ,Đơn vị chủ trì\nI,Nhóm kiểm tra,\n1,Kiểm tra hồ sơ,Phòng Kinh tế\n", named: "b.csv", in: dir)
        let second = try store.importCSV(at: grouped, vocabulary: TestSupport.vocabulary, resolveUnit: TestSupport.resolver, today: today, user: "lan")
        let id = try XCTUnwrap(second.added.first).id
        XCTAssertEqual(try store.read("group") { db in try String.fetchOne(db, sql: "SELECT plan_group FROM task WHERE id = ?", arguments: [id]) }, "Nhóm kiểm tra")
    }

    func testYearCellsReadAsTheEndOfTheLastYear() {
        func due(_ cell: String) -> CellDate { CellDate.read(cell, today: today, noDeadline: ["thường xuyên"]) }
        XCTAssertEqual(due("2026"), .approximate(CalendarDate(iso: "2026-12-31")!, "2026"))
        XCTAssertEqual(due("2025 - 2030"), .approximate(CalendarDate(iso: "2030-12-31")!, "2025 - 2030"))
        XCTAssertEqual(due("Giai đoạn 2026-2030"), .approximate(CalendarDate(iso: "2030-12-31")!, "Giai đoạn 2026-2030"))
        XCTAssertEqual(due("20261"), .unreadable("20261"))
    }

    /// "phụ lục có bao nhiêu nhiệm vụ" asks the plan; "có bao nhiêu nhiệm vụ" asks the store.
    func testAppendixQuestionsAreNotStoreLists() {
        let parser = TaskCommandParser(vocabulary: TestSupport.vocabulary, courtesy: TestSupport.courtesy, resolveUnit: TestSupport.resolver)
        XCTAssertNil(parser.parse("phụ lục có bao nhiêu nhiệm vụ", today: today))
        XCTAssertNil(parser.parse("danh sách nhiệm vụ trong bảng tổng hợp nhiệm vụ", today: today))
        XCTAssertNotNil(parser.parse("có bao nhiêu nhiệm vụ", today: today))
    }

    func testMigrationAddsNullablePlanColumns() throws {
        let columns = try DatabaseQueue(path: dir.appendingPathComponent("tasks.sqlite").path).read { db in
            try db.columns(in: "task").map(\.name)
        }
        XCTAssertTrue(columns.contains("plan_id") && columns.contains("plan_row"))
    }
}
