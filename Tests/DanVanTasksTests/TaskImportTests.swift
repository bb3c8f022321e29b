@testable import DanVanTasks
import DanVanText
import XCTest

final class TaskImportTests: StoreTestCase {
    private func importing(_ text: String, named name: String = "phu-luc.csv", bom: Bool = false) throws -> ImportReport {
        let url = try TestSupport.write(text, named: name, in: dir, bom: bom)
        return try store.importCSV(at: url, vocabulary: TestSupport.vocabulary, resolveUnit: TestSupport.resolver,
                                   today: today, user: "lan")
    }

    /// Excel's "CSV UTF-8": BOM, CRLF, quoted commas, quotes and newlines, headers with diacritics in NFD.
    func testExcelStyleFile() throws {
        let csv = [
            "STT,\("Nội dung nhiệm vụ".decomposedStringWithCanonicalMapping),Đơn vị chủ trì,Đơn vị phối hợp,Thời gian hoàn thành (dự kiến),Sản phẩm,Ghi chú",
            "1,\"Tuyên truyền Luật THDCCS, Nghị định 59\",Phòng VHXH,\"Phòng Kinh tế, TTSNC\",20/10/2025,Báo cáo,",
            "2,\"Hội nghị \"\"Dân vận khéo\"\"\nnăm 2025\",Trung tâm sự nghiệp công,,tháng 12/2025,,Ghi chú sẵn",
            "3,Rà soát hương ước,Phòng Tư pháp,,Thường xuyên,,",
            "",
        ].joined(separator: "\r\n")
        let report = try importing(csv, bom: true)
        XCTAssertEqual(report.added.count, 3)
        let t = report.added
        XCTAssertEqual(t[0].title, "Tuyên truyền Luật THDCCS, Nghị định 59")
        XCTAssertEqual(t[0].unit, "Phòng Văn hóa - Xã hội")
        XCTAssertEqual(t[0].coUnits, "Phòng Kinh tế, TTSNC")
        XCTAssertEqual(t[0].due, CalendarDate(iso: "2025-10-20"))
        XCTAssertEqual(t[0].product, "Báo cáo")
        XCTAssertEqual(t[0].source, "import:phu-luc.csv:2")
        XCTAssertEqual(t[1].title, "Hội nghị \"Dân vận khéo\"\nnăm 2025")
        XCTAssertEqual(t[1].unit, "Trung tâm sự nghiệp công xã")
        XCTAssertEqual(t[1].due, CalendarDate(iso: "2025-12-31"))
        XCTAssertTrue(t[1].note?.hasPrefix("Ghi chú sẵn ") == true)
        XCTAssertTrue(t[1].note?.contains("31/12/2025") == true)
        XCTAssertEqual(t[2].unit, "Phòng Tư pháp", "an unknown unit is kept as written")
        XCTAssertNil(t[2].due)
        XCTAssertEqual(t[2].source, "import:phu-luc.csv:5", "line numbers count the newline inside row 2")
        XCTAssertTrue(report.warnings.contains(.unknownUnit(line: 5, name: "Phòng Tư pháp", suggestions: ["Phòng Kinh tế", "Phòng Văn hóa - Xã hội"])))
        XCTAssertTrue(report.warnings.contains(.approximateDue(line: 3, written: "tháng 12/2025", due: CalendarDate(iso: "2025-12-31")!)))
    }

    func testNoBOMAndLF() throws {
        let report = try importing("Nhiệm vụ,Hạn\nHọp tổ,2025-10-01\nTuyên truyền,1/9/2025\n")
        XCTAssertEqual(report.added.map(\.due), [CalendarDate(iso: "2025-10-01"), CalendarDate(iso: "2025-09-01")])
        XCTAssertEqual(report.added.map(\.unit), [nil, nil])
    }

    func testBadRowImportsNothingAndNamesItsLine() throws {
        let csv = "STT,Nội dung nhiệm vụ,Đơn vị chủ trì,Hạn\r\n1,Họp,Phòng Kinh tế,20/10/2025\r\n2,\"Họp, lần 2\",Phòng Kinh tế,31/02/2025\r\n3,,Phòng Kinh tế,\r\n"
        XCTAssertThrowsError(try importing(csv)) { error in
            XCTAssertEqual(error as? TaskImportError, .badRows([BadRow(line: 3, problem: .invalidDate("31/02/2025")),
                                                                BadRow(line: 4, problem: .missingTitle)]))
            let message = TaskErrorWording.message(for: error)
            XCTAssertTrue(message.contains("Dòng 3: ngày 31/02/2025 không tồn tại"), message)
            XCTAssertTrue(message.contains("Dòng 4: thiếu nội dung nhiệm vụ"), message)
            XCTAssertTrue(message.contains("Không nhập dòng nào"), message)
        }
        XCTAssertEqual(try store.tasks(matching: TaskFilter(status: .active), today: today), [])
        XCTAssertEqual(try store.recentHistory(), [])
    }

    func testUnreadableDeadlineIsABadRow() throws {
        XCTAssertThrowsError(try importing("Nhiệm vụ,Hạn\nHọp,sớm nhất có thể\n")) {
            XCTAssertEqual($0 as? TaskImportError, .badRows([BadRow(line: 2, problem: .unreadableDate("sớm nhất có thể"))]))
        }
    }

    func testReimportDoesNotDuplicate() throws {
        let csv = "STT,Nội dung nhiệm vụ,Đơn vị chủ trì\n1,Họp,Phòng Kinh tế\n2,Tuyên truyền,phòng vhxh\n"
        XCTAssertEqual(try importing(csv).added.count, 2)
        let again = try importing(csv)
        XCTAssertEqual(again.added, [])
        XCTAssertEqual(again.alreadyPresent, 2)
        // Same content typed differently (no diacritics, other unit alias) is the same task.
        let variant = try importing("Nhiệm vụ,Đơn vị chủ trì\nHOP,kinh te\nTuyên truyền mới,Phòng Kinh tế\n", named: "khac.csv")
        XCTAssertEqual(variant.added.map(\.title), ["Tuyên truyền mới"])
        XCTAssertEqual(try store.tasks(matching: TaskFilter(), today: today).count, 3)
    }

    func testHeadingsDuplicatesCommentsAndIgnoredColumns() throws {
        let csv = "# VÍ DỤ\nSTT,Nội dung nhiệm vụ,Đơn vị chủ trì,Cột lạ\nI,CÔNG TÁC TUYÊN TRUYỀN,,\n1,Họp,Phòng Kinh tế,x\n2,Họp,Phòng Kinh tế,y\n"
        let report = try importing(csv)
        XCTAssertEqual(report.added.map(\.title), ["Họp"])
        XCTAssertEqual(report.warnings, [.ignoredColumn(name: "Cột lạ"), .headingSkipped(line: 3, title: "CÔNG TÁC TUYÊN TRUYỀN"),
                                         .duplicateRow(line: 5, firstLine: 4)])
    }

    func testFileErrors() throws {
        XCTAssertThrowsError(try importing("STT,Đơn vị chủ trì\n1,Phòng Kinh tế\n")) {
            XCTAssertEqual($0 as? TaskImportError, .missingTitleColumn(line: 1, headers: ["STT", "Đơn vị chủ trì"]))
        }
        XCTAssertThrowsError(try importing("\n\n")) { XCTAssertEqual($0 as? TaskImportError, .empty(path: "phu-luc.csv")) }
        let latin1 = dir.appendingPathComponent("latin1.csv")
        try Data([0x4E, 0x68, 0x69, 0xEA, 0x6D, 0x0A, 0xE0, 0xFF]).write(to: latin1)
        XCTAssertThrowsError(try store.importCSV(at: latin1, vocabulary: TestSupport.vocabulary, resolveUnit: TestSupport.resolver,
                                                 today: today, user: "lan")) {
            XCTAssertEqual($0 as? TaskImportError, .notUTF8(path: latin1.path))
        }
        XCTAssertThrowsError(try store.importCSV(at: dir.appendingPathComponent("none.csv"), vocabulary: TestSupport.vocabulary,
                                                 resolveUnit: TestSupport.resolver, today: today, user: "lan")) {
            guard case .unreadable? = $0 as? TaskImportError else { return XCTFail("\($0)") }
        }
    }

    func testShippedExampleImports() throws {
        let example = TestSupport.repositoryRoot.appendingPathComponent("Data/examples/phu-luc-nhiem-vu-VI-DU.csv")
        let report = try store.importCSV(at: example, vocabulary: TestSupport.vocabulary, resolveUnit: TestSupport.resolver,
                                         today: today, user: "lan")
        XCTAssertGreaterThan(report.added.count, 3)
        XCTAssertTrue(report.added.allSatisfy { $0.title.hasPrefix("[VÍ DỤ]") }, "every example row says it is an example")
    }

    func testExportRoundTrip() throws {
        try importing("STT,Nội dung nhiệm vụ,Đơn vị chủ trì,Hạn,Ghi chú\n1,\"Họp, lần 1\",Phòng Kinh tế,20/10/2025,\"a | b\"\n2,Tuyên truyền,,,\n")
        try store.complete(id: 2, user: "lan")
        let csv = try store.export(format: .csv, today: today)
        XCTAssertTrue(csv.hasPrefix("\u{FEFF}STT,Nội dung nhiệm vụ,Đơn vị chủ trì"))
        XCTAssertTrue(csv.contains("\r\n1,\"Họp, lần 1\",Phòng Kinh tế,,20/10/2025,,a | b,chưa xong,,\r\n"), csv)
        // The export imports back into a fresh store with the same tasks.
        let other = try TaskStore(path: dir.appendingPathComponent("other.sqlite").path)
        let url = try TestSupport.write(String(csv.dropFirst()), named: "export.csv", in: dir, bom: true)
        let report = try other.importCSV(at: url, vocabulary: TestSupport.vocabulary, resolveUnit: TestSupport.resolver, today: today, user: "lan")
        XCTAssertEqual(report.added.map(\.title), ["Họp, lần 1", "Tuyên truyền"])
        XCTAssertEqual(report.added.first?.due, CalendarDate(iso: "2025-10-20"))

        let md = try store.export(format: .md, today: today)
        let lines = md.split(separator: "\n")
        XCTAssertEqual(lines[0], "| # | Nội dung nhiệm vụ | Đơn vị chủ trì | Đơn vị phối hợp | Hạn | Trạng thái | Ghi chú | Lặp lại |")
        XCTAssertEqual(lines[2], "| #1 | Họp, lần 1 | Phòng Kinh tế |  | 20/10/2025 | chưa xong | a \\| b |  |")

        let json = try store.export(format: .json, today: today)
        let document = try JSONSerialization.jsonObject(with: Data(json.utf8)) as! [String: Any]
        XCTAssertEqual(document["schema"] as? Int, 1)
        let objects = document["tasks"] as! [[String: Any]]
        XCTAssertEqual(objects.count, 2)
        XCTAssertEqual(objects[0]["due"] as? String, "2025-10-20")
        XCTAssertEqual(objects[1]["status"] as? String, "done")
        XCTAssertTrue(objects[0]["unit"] is String)
        XCTAssertTrue(objects[1]["unit"] is NSNull)
    }
}
