import Foundation
import XCTest
import ZIPFoundation

/// `danvan tasks import` of each kind of file, and of a plan already in the library, as a person runs it.
final class TasksImportCommandTests: XCTestCase {
    var runner: DanvanRunner!
    var store: String { runner.home.appendingPathComponent("tasks.sqlite").path }
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("DanVanKnowledgeTests/Fixtures")

    override func setUpWithError() throws { runner = try DanvanRunner() }
    override func tearDown() { runner = nil }

    @discardableResult
    func tasksImport(_ args: [String]) throws -> (out: String, err: String, status: Int32) {
        try runner.run(["tasks", "import", "--store", store, "--today", "2025-11-30"] + args)
    }

    func exportedLines() throws -> Int {
        let r = try runner.run(["tasks", "export", "--store", store, "--format", "json"])
        return r.out.components(separatedBy: "\"title\"").count - 1
    }

    static func zip(_ parts: [String: String], to url: URL) throws {
        let archive = try Archive(data: Data(), accessMode: .create)
        for (path, text) in parts.sorted(by: { $0.key < $1.key }) {
            let bytes = Data(text.utf8)
            try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(bytes.count), compressionMethod: .deflate) { position, size in
                bytes.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        try archive.data!.write(to: url)
    }

    func testPlanTextImportsItsAppendixOnceAndCountsTheRest() throws {
        let plan = Self.fixtures.appendingPathComponent("dong-thap-552-kh-ubnd-2025.txt").path
        let first = try tasksImport([plan])
        XCTAssertEqual(first.status, 0, first.err)
        XCTAssertTrue(first.out.contains("Đã nhập 19 nhiệm vụ"), first.out)
        let second = try tasksImport([plan])
        XCTAssertEqual(second.status, 0, second.err)
        XCTAssertTrue(second.out.contains("không có nhiệm vụ mới"), second.out)
        XCTAssertTrue(second.out.contains("19 dòng đã có trong kho"), second.out)
        XCTAssertEqual(try exportedLines(), 19)
    }

    func testPlanFromTheLibraryByNumber() throws {
        let imported = try runner.run(["import", Self.fixtures.appendingPathComponent("ha-noi-310-kh-ubnd-2025.txt").path])
        XCTAssertEqual(imported.status, 0, imported.err)
        let r = try tasksImport(["--plan", "310"])
        XCTAssertEqual(r.status, 0, r.err)
        XCTAssertTrue(r.out.contains("Đã nhập 6 nhiệm vụ"), r.out)
        let again = try tasksImport(["--plan", "310/KH-UBND"])
        XCTAssertTrue(again.out.contains("6 dòng đã có trong kho"), again.out)
        let missing = try tasksImport(["--plan", "999"])
        XCTAssertEqual(missing.status, 2)
        XCTAssertTrue(missing.err.contains("Không có kế hoạch số 999"), missing.err)
    }

    func testDocxPlanWithAnAppendixTable() throws {
        let p = { (t: String) in "<w:p><w:r><w:t>\(t)</w:t></w:r></w:p>" }
        let c = { (t: String) in "<w:tc>\(p(t))</w:tc>" }
        let table = "<w:tbl><w:tr><w:trPr><w:tblHeader/></w:trPr>" + c("STT") + c("Nội dung công việc") + c("Cơ quan chủ trì") + c("Thời hạn") + "</w:tr>"
            + "<w:tr>" + c("1") + c("Họp dân") + c("Công an xã") + c("Quý IV/2025") + "</w:tr>"
            + "<w:tr>" + c("2") + c("Kiểm tra") + c("Phòng Kinh tế") + c("tháng 12/2025") + "</w:tr></w:tbl>"
        let body = p("KẾ HOẠCH") + p("Về an ninh trật tự") + p("I. MỤC ĐÍCH") + p("Bảo đảm an ninh.") + p("II. TỔ CHỨC THỰC HIỆN")
            + p("Các đơn vị thực hiện theo phụ lục.") + p("PHỤ LỤC") + table
        let url = runner.home.appendingPathComponent("ke-hoach.docx")
        try Self.zip(["word/document.xml": "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>\(body)</w:body></w:document>"], to: url)
        let r = try tasksImport([url.path])
        XCTAssertEqual(r.status, 0, r.err)
        XCTAssertTrue(r.out.contains("Đã nhập 2 nhiệm vụ"), r.out)
    }

    func testXlsxWorkbookAndABrokenOne() throws {
        let sheet = "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
            + "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>Nội dung nhiệm vụ</t></is></c><c r=\"B1\" t=\"inlineStr\"><is><t>Đơn vị chủ trì</t></is></c><c r=\"C1\" t=\"inlineStr\"><is><t>Hạn hoàn thành</t></is></c></row>"
            + "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>Cập nhật dữ liệu</t></is></c><c r=\"B2\" t=\"inlineStr\"><is><t>Công an xã</t></is></c><c r=\"C2\" s=\"1\"><v>46022</v></c></row>"
            + "</sheetData></worksheet>"
        let styles = "<styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><cellXfs count=\"2\"><xf numFmtId=\"0\"/><xf numFmtId=\"14\"/></cellXfs></styleSheet>"
        let good = runner.home.appendingPathComponent("phu-luc.xlsx")
        try Self.zip(["xl/worksheets/sheet1.xml": sheet, "xl/styles.xml": styles], to: good)
        let r = try tasksImport([good.path])
        XCTAssertEqual(r.status, 0, r.err)
        XCTAssertTrue(r.out.contains("Đã nhập 1 nhiệm vụ"), r.out)
        let exported = try runner.run(["tasks", "export", "--store", store, "--format", "csv"])
        XCTAssertTrue(exported.out.contains("31/12/2025") || exported.out.contains("2025-12-31"), exported.out)

        let broken = runner.home.appendingPathComponent("hong.xlsx")
        try Self.zip(["xl/worksheets/sheet1.xml": "<worksheet><sheetData><row>"], to: broken)
        let b = try tasksImport([broken.path])
        XCTAssertEqual(b.status, 2)
        XCTAssertTrue(b.err.contains("hong.xlsx bị hỏng") && b.err.contains("xl/worksheets/sheet1.xml"), b.err)
        XCTAssertEqual(b.out, "")
        let notZip = runner.home.appendingPathComponent("gia.xlsx")
        try Data("STT,Nội dung".utf8).write(to: notZip)
        let n = try tasksImport([notZip.path])
        XCTAssertEqual(n.status, 2)
        XCTAssertTrue(n.err.contains("không phải bảng tính Excel .xlsx hợp lệ"), n.err)
        XCTAssertEqual(try exportedLines(), 1)   // nothing more than the good workbook's row
    }

    func testAPlanWithoutATaskTableIsRefused() throws {
        let r = try tasksImport([Self.fixtures.appendingPathComponent("can-tho-157-kh-ubnd-2025.txt").path])
        XCTAssertEqual(r.status, 2)
        XCTAssertTrue(r.err.contains("Không thấy bảng nhiệm vụ"), r.err)
        let usage = try tasksImport([])
        XCTAssertNotEqual(usage.status, 0)
    }
}
