import DanVanKnowledge
import DanVanText
import Foundation
import XCTest
import ZIPFoundation

/// The appendix table of real plans (tab-separated text), of a `.docx` and of an `.xlsx` built here.
/// Row counts and cells were read off the plans, not recorded from the importer.
final class AppendixTableReaderTests: XCTestCase {
    static let importer = try! PlanImporter(dataDirectory: TestSupport.dataDirectory)

    private func plan(_ name: String) throws -> Plan { try Self.importer.importFile(at: TestSupport.fixtureURL(name)) }

    func testDongThapAppendixHasNineteenRowsInFourGroups() throws {
        let rows = try plan("dong-thap-552-kh-ubnd-2025.txt").appendix
        XCTAssertEqual(rows.count, 19)
        XCTAssertEqual(Set(rows.compactMap(\.group)).count, 4)
        XCTAssertEqual(rows[1].number, "2")
        XCTAssertEqual(rows[1].group, "NHÓM GIẢI PHÁP VỀ CƠ CHẾ CHÍNH SÁCH")
        XCTAssertEqual(rows[1].lead, "Sở Tài chính")
        XCTAssertEqual(rows[1].coordinating, "Sở Công Thương; Ban Quản lý khu Kinh tế tỉnh Đồng Tháp")
        XCTAssertEqual(rows[1].deadline, "2026")
        XCTAssertEqual(rows.last?.lead, "Hiệp hội Doanh nghiệp")
        XCTAssertEqual(rows.last?.deadline, "Thường xuyên")
        XCTAssertEqual(rows.last?.group, "PHÁT TRIỂN NGUỒN NHÂN LỰC")
        XCTAssertEqual(rows.map(\.row), Array(1...19))
    }

    func testHanoiAppendixHasSixRowsWithoutGroups() throws {
        let rows = try plan("ha-noi-310-kh-ubnd-2025.txt").appendix
        XCTAssertEqual(rows.count, 6)
        XCTAssertTrue(rows.allSatisfy { $0.group == nil && $0.lead != nil })
        XCTAssertEqual(rows[1].deadline, "Quý IV/2025- Quý II/2026")
        XCTAssertEqual(rows[4].lead, "Doanh nghiệp, nhà cung cấp dịch vụ IoT, nhà đầu tư")
        XCTAssertEqual(rows[5].deadline, "Hàng năm")
    }

    /// Nested groups (A, I, a sub-group in the unit column), decimal numbers, a product column, and header rows repeated without the STT cell.
    func testDongNaiAppendixSkipsRepeatedHeadersAndKeepsProducts() throws {
        let rows = try plan("dong-nai-179-kh-ubnd-2025.txt").appendix
        XCTAssertEqual(rows.count, 94)   // 96 numbered rows, two of them ("5.1", "5.2" of B.IV) sub-group headings
        XCTAssertEqual(rows.first { $0.number == "5.1.1" }?.group, "Thương mại")
        XCTAssertEqual(rows.first { $0.number == "5.2.1" }?.group, "Công nghiệp và năng lượng")
        XCTAssertFalse(rows.contains { HeaderMatcher.normalized($0.title) == "don vi thuc hien" })
        XCTAssertEqual(rows[0].number, "1.1")
        XCTAssertEqual(rows[0].group, "Hoàn thiện thể chế")
        let data = try XCTUnwrap(rows.first { $0.number == "4.1" })
        XCTAssertEqual(data.lead, "Công an tỉnh")
        XCTAssertEqual(data.deadline, "2025")
        XCTAssertEqual(data.group, "Phát triển dữ liệu số")
        XCTAssertTrue(data.product?.hasPrefix("Kế hoạch") == true)
    }

    /// Tables that are not task lists (a scoring grid, monitoring points, indicators in the body) are not an appendix.
    func testTablesWithoutTaskColumnsAreNotAnAppendix() throws {
        for name in ["can-tho-157-kh-ubnd-2025.txt", "dak-lak-0134-kh-ubnd-2025.txt", "ca-mau-0204-kh-ubnd-2025.txt"] {
            XCTAssertEqual(try plan(name).appendix, [], name)
        }
    }

    func testCheckReportCountsRowsWithoutLeadUnit() throws {
        var p = try plan("ha-noi-310-kh-ubnd-2025.txt")
        XCTAssertTrue(PlanCheckReport.text(for: p).contains("bảng phụ lục: 6 dòng, 0 dòng thiếu đơn vị chủ trì"))
        p.appendix[2].lead = nil
        p.appendix[4].lead = nil
        let text = PlanCheckReport.text(for: p)
        XCTAssertTrue(text.contains("bảng phụ lục: 6 dòng, 2 dòng thiếu đơn vị chủ trì"), text)
        XCTAssertTrue(PlanCheckReport.text(for: try plan("can-tho-157-kh-ubnd-2025.txt")).contains("bảng phụ lục: không thấy"))
    }

    /// A group row pasted without its empty cells stays in the table; a heading ends nothing by itself.
    func testTextGroupRowWithoutTabs() {
        let reader = Self.importer.appendixReader
        let text = "PHỤ LỤC\nSTT\tNội dung nhiệm vụ\tĐơn vị chủ trì\tThời gian hoàn thành\n(1)\t(2)\t(3)\t(4)\nI. Nhóm nhiệm vụ tuyên truyền\n1\tHọp dân\tCông an xã\tQuý IV/2025\n\n2\tPhát tờ rơi\t\tThường xuyên\nB. Nhóm khác\n1\tKiểm tra\tPhòng Kinh tế\t30/6/2025\nTrên đây là kế hoạch."
        let rows = reader.rows(in: TabTableScanner.blocks(of: text))
        XCTAssertEqual(rows.map(\.title), ["Họp dân", "Phát tờ rơi", "Kiểm tra"])
        XCTAssertEqual(rows.map(\.group), ["Nhóm nhiệm vụ tuyên truyền", "Nhóm nhiệm vụ tuyên truyền", "Nhóm khác"])
        XCTAssertEqual(rows[1].lead, nil)
        // Without an appendix heading, the same table is body text.
        XCTAssertEqual(reader.rows(in: TabTableScanner.blocks(of: String(text.dropFirst("PHỤ LỤC\n".count)))), [])
    }

    // MARK: .docx

    private static func cell(_ text: String, span: Int = 1, merge: String? = nil) -> String {
        var pr = span > 1 ? "<w:gridSpan w:val=\"\(span)\"/>" : ""
        if let merge { pr += merge == "restart" ? "<w:vMerge w:val=\"restart\"/>" : "<w:vMerge/>" }
        let paragraphs = text.split(separator: "|", omittingEmptySubsequences: false)
            .map { "<w:p><w:r><w:t xml:space=\"preserve\">\($0)</w:t></w:r></w:p>" }.joined()
        return "<w:tc><w:tcPr>\(pr)</w:tcPr>\(paragraphs)</w:tc>"
    }

    private static func row(_ cells: [String], header: Bool = false) -> String {
        "<w:tr>" + (header ? "<w:trPr><w:tblHeader/></w:trPr>" : "") + cells.joined() + "</w:tr>"
    }

    static func docx(_ body: String) throws -> Data {
        let document = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>\(body)</w:body></w:document>"
        let archive = try Archive(data: Data(), accessMode: .create)
        let bytes = Data(document.utf8)
        try archive.addEntry(with: "word/document.xml", type: .file, uncompressedSize: Int64(bytes.count), compressionMethod: .deflate) { position, size in
            bytes.subdata(in: Int(position)..<Int(position) + size)
        }
        return archive.data!
    }

    func testDocxTableWithMergedCellsAndRepeatedHeader() throws {
        let p = { (t: String) in "<w:p><w:r><w:t>\(t)</w:t></w:r></w:p>" }
        let header = Self.row([Self.cell("TT"), Self.cell("Nội dung|nhiệm vụ"), Self.cell("Đơn vị chủ trì"), Self.cell("Đơn vị phối hợp"), Self.cell("Thời gian hoàn thành")], header: true)
        let table = "<w:tbl>" + header
            + Self.row([Self.cell("I"), Self.cell("Nhóm nhiệm vụ tuyên truyền", span: 4)])
            + Self.row([Self.cell("1"), Self.cell("Tổ chức hội nghị quán triệt"), Self.cell("Phòng Văn hóa - Xã hội", merge: "restart"), Self.cell("Công an xã"), Self.cell("Quý IV/2025")])
            + header   // Word repeats the header row on the next page
            + Self.row([Self.cell("2"), Self.cell("Phát hành tài liệu"), Self.cell("", merge: "continue"), Self.cell(""), Self.cell("Thường xuyên")])
            + Self.row([Self.cell("II"), Self.cell("Nhóm kiểm tra", span: 4)])
            + Self.row([Self.cell("1"), Self.cell("Kiểm tra việc thực hiện"), Self.cell("Văn phòng HĐND và UBND xã"), Self.cell(""), Self.cell("tháng 12/2025")])
            + "</w:tbl>"
        let heading = "<w:tbl>" + Self.row([Self.cell("ỦY BAN NHÂN DÂN"), Self.cell("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")]) + "</w:tbl>"
        let body = heading + p("Số: 15/KH-UBND") + p("KẾ HOẠCH") + p("Tuyên truyền pháp luật năm 2025")
            + p("I. MỤC ĐÍCH, YÊU CẦU") + p("1. Mục đích") + p("Nâng cao nhận thức của Nhân dân.")
            + p("II. TỔ CHỨC THỰC HIỆN") + p("Các đơn vị thực hiện theo phụ lục kèm theo.")
            + p("CHỦ TỊCH") + p("Nguyễn Văn An") + p("PHỤ LỤC") + p("BẢNG TỔNG HỢP NHIỆM VỤ") + table
        let url = TestSupport.temporaryDirectory().appendingPathComponent("ke-hoach-15.docx")
        try Self.docx(body).write(to: url)
        let rows = try Self.importer.importFile(at: url).appendix
        XCTAssertEqual(rows.map(\.title), ["Tổ chức hội nghị quán triệt", "Phát hành tài liệu", "Kiểm tra việc thực hiện"])
        XCTAssertEqual(rows.map(\.lead), ["Phòng Văn hóa - Xã hội", "Phòng Văn hóa - Xã hội", "Văn phòng HĐND và UBND xã"])
        XCTAssertEqual(rows.map(\.group), ["Nhóm nhiệm vụ tuyên truyền", "Nhóm nhiệm vụ tuyên truyền", "Nhóm kiểm tra"])
        XCTAssertEqual(rows.map(\.deadline), ["Quý IV/2025", "Thường xuyên", "tháng 12/2025"])
        XCTAssertEqual(rows[0].coordinating, "Công an xã")
        XCTAssertNil(rows[1].coordinating)
    }

    // MARK: .xlsx

    /// A workbook: shared strings (one with rich-text runs), an inline string, a date serial in a date
    /// style, a lead unit merged over two rows, a group row merged across.
    static func xlsx(sheet: String? = nil, sharedStrings: String? = nil, workbook: String? = nil) throws -> Data {
        let strings = ["STT", "Nội dung nhiệm vụ", "Đơn vị chủ trì", "Thời gian hoàn thành", "Ghi chú",
                       "Nhóm nhiệm vụ chuyển đổi số", "Cập nhật dữ liệu dân cư", "Công an xã", "Thường xuyên"]
        let shared = sharedStrings ?? "<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" count=\"10\" uniqueCount=\"10\">"
            + strings.map { "<si><t>\($0)</t></si>" }.joined()
            + "<si><r><t>Số hóa </t></r><r><rPr><b/></rPr><t>hồ sơ</t></r><rPh><t>x</t></rPh></si></sst>"
        let c = { (ref: String, s: Int) in "<c r=\"\(ref)\" t=\"s\"><v>\(s)</v></c>" }
        let rows = "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>BẢNG NHIỆM VỤ</t></is></c></row>"
            + "<row r=\"2\">" + c("A2", 0) + c("B2", 1) + c("C2", 2) + c("D2", 3) + c("E2", 4) + "</row>"
            + "<row r=\"3\"><c r=\"A3\" t=\"inlineStr\"><is><t>I</t></is></c>" + c("B3", 5) + "</row>"
            + "<row r=\"4\"><c r=\"A4\"><v>1</v></c>" + c("B4", 6) + c("C4", 7) + "<c r=\"D4\" s=\"1\"><v>46022</v></c></row>"
            + "<row r=\"5\"><c r=\"A5\"><v>2</v></c>" + c("B5", 9) + "<c r=\"C5\"/>" + c("D5", 8)
            + "<c r=\"E5\" t=\"inlineStr\"><is><t>Làm theo đợt</t></is></c></row>"
        let sheetXML = sheet ?? "<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>\(rows)</sheetData><mergeCells count=\"2\"><mergeCell ref=\"B3:E3\"/><mergeCell ref=\"C4:C5\"/></mergeCells></worksheet>"
        let styles = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><numFmts count=\"1\"><numFmt numFmtId=\"164\" formatCode=\"dd/mm/yyyy\"/></numFmts><cellXfs count=\"2\"><xf numFmtId=\"0\"/><xf numFmtId=\"164\"/></cellXfs></styleSheet>"
        let book = workbook ?? "<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets><sheet name=\"Phụ lục\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>"
        let rels = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/></Relationships>"
        let archive = try Archive(data: Data(), accessMode: .create)
        var parts = ["xl/workbook.xml": book, "xl/_rels/workbook.xml.rels": rels, "xl/sharedStrings.xml": shared, "xl/styles.xml": styles]
        if sheet != "" { parts["xl/worksheets/sheet1.xml"] = sheetXML }
        for (path, text) in parts.sorted(by: { $0.key < $1.key }) {
            let bytes = Data(text.utf8)
            try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(bytes.count), compressionMethod: .deflate) { position, size in
                bytes.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        return archive.data!
    }

    func testXlsxSharedInlineDateAndMergedCells() throws {
        let url = TestSupport.temporaryDirectory().appendingPathComponent("phu-luc.xlsx")
        try Self.xlsx().write(to: url)
        let (plan, rows) = try Self.importer.appendix(ofFile: url)
        XCTAssertNil(plan)
        XCTAssertEqual(rows.count, 2)
        XCTAssertEqual(rows[0].title, "Cập nhật dữ liệu dân cư")
        XCTAssertEqual(rows[0].deadline, "31/12/2025")   // serial 46022
        XCTAssertEqual(rows[0].group, "Nhóm nhiệm vụ chuyển đổi số")
        XCTAssertEqual(rows[1].title, "Số hóa hồ sơ")
        XCTAssertEqual(rows[1].lead, "Công an xã")       // merged C4:C5
        XCTAssertEqual(rows[1].deadline, "Thường xuyên")
        XCTAssertEqual(rows[1].note, "Làm theo đợt")
    }

    /// A text file holding only the table (no plan around it) is read as the appendix.
    func testTableAloneInATextFile() throws {
        let url = TestSupport.temporaryDirectory().appendingPathComponent("bang-nhiem-vu.txt")
        try "STT\tNội dung công việc\tĐơn vị thực hiện\tThời hạn\nI\tNhóm A\n1\tHọp dân\tCông an xã\t30/6/2025\n2\tKiểm tra\tPhòng Kinh tế\tQuý IV/2025\n"
            .write(to: url, atomically: true, encoding: .utf8)
        let (plan, rows) = try Self.importer.appendix(ofFile: url)
        XCTAssertNil(plan)
        XCTAssertEqual(rows.map(\.lead), ["Công an xã", "Phòng Kinh tế"])
        XCTAssertEqual(rows.map(\.group), ["Nhóm A", "Nhóm A"])
        try "Một dòng chữ không phải kế hoạch.".write(to: url, atomically: true, encoding: .utf8)
        XCTAssertThrowsError(try Self.importer.appendix(ofFile: url)) {
            XCTAssertEqual($0 as? AppendixError, .noTaskTable(name: "bang-nhiem-vu.txt"))
        }
    }

    /// A plan whose appendix is kept in the workbook of the same name beside it.
    func testWorkbookBesideThePlan() throws {
        let dir = TestSupport.temporaryDirectory()
        let plan = dir.appendingPathComponent("ke-hoach-15.txt")
        try TestSupport.fixture("synthetic-xa-an-lao-cai-cach-hanh-chinh.txt").write(to: plan, atomically: true, encoding: .utf8)
        XCTAssertEqual(try Self.importer.importFile(at: plan).appendix, [])
        try Self.xlsx().write(to: dir.appendingPathComponent("ke-hoach-15.xlsx"))
        let rows = try Self.importer.importFile(at: plan).appendix
        XCTAssertEqual(rows.map(\.title), ["Cập nhật dữ liệu dân cư", "Số hóa hồ sơ"])
        XCTAssertEqual(try Self.importer.appendix(ofFile: plan).rows, rows)
        try Data("hỏng".utf8).write(to: dir.appendingPathComponent("ke-hoach-15.xlsx"))
        XCTAssertThrowsError(try Self.importer.importFile(at: plan)) {
            XCTAssertEqual($0 as? AppendixError, .xlsxNotZip(name: "ke-hoach-15.xlsx"))
        }
    }

    func testExcelSerialDatesKeepThe1900LeapYearBug() {
        XCTAssertEqual(XlsxReader.dateText(serial: 1, base1904: false), "01/01/1900")
        XCTAssertEqual(XlsxReader.dateText(serial: 59, base1904: false), "28/02/1900")
        XCTAssertEqual(XlsxReader.dateText(serial: 60, base1904: false), "29/02/1900")
        XCTAssertEqual(XlsxReader.dateText(serial: 61, base1904: false), "01/03/1900")
        XCTAssertEqual(XlsxReader.dateText(serial: 45838.75, base1904: false), "30/06/2025")
        XCTAssertEqual(XlsxReader.dateText(serial: 0, base1904: true), "01/01/1904")
    }

    func testMalformedXlsxIsRefusedWithTheProblemNamed() throws {
        let dir = TestSupport.temporaryDirectory()
        func check(_ data: Data, _ expected: AppendixError) {
            let url = dir.appendingPathComponent("phu-luc.xlsx")
            try? data.write(to: url)
            XCTAssertThrowsError(try Self.importer.appendix(ofFile: url)) { error in
                XCTAssertEqual(error as? AppendixError, expected)
                XCTAssertTrue((error as? AppendixError)?.message.contains("phu-luc.xlsx") == true)
            }
        }
        check(Data("STT,Nội dung\n1,Họp".utf8), .xlsxNotZip(name: "phu-luc.xlsx"))
        check(try Self.xlsx(sheet: ""), .xlsxWithoutSheet(name: "phu-luc.xlsx"))
        check(try Self.xlsx(sheet: "<worksheet><sheetData><row r=\"1\"><c></row></sheetData>"),
              .xlsxBadXML(name: "phu-luc.xlsx", part: "xl/worksheets/sheet1.xml"))
        check(try Self.xlsx(sharedStrings: "<sst><si><t>x</si>"), .xlsxBadXML(name: "phu-luc.xlsx", part: "xl/sharedStrings.xml"))
        check(try Self.xlsx(sheet: "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>Họ tên</t></is></c></row></sheetData></worksheet>"),
              .noTaskTable(name: "phu-luc.xlsx"))
    }

    func testOldPlanJSONWithoutAppendixStillDecodes() throws {
        var plan = try plan("ha-noi-310-kh-ubnd-2025.txt")
        let json = try JSONEncoder().encode(plan)
        var object = try XCTUnwrap(JSONSerialization.jsonObject(with: json) as? [String: Any])
        XCTAssertNotNil(object.removeValue(forKey: "appendix"))
        let old = try JSONDecoder().decode(Plan.self, from: JSONSerialization.data(withJSONObject: object))
        XCTAssertEqual(old.appendix, [])
        plan.appendix = []
        XCTAssertEqual(old, plan)
        XCTAssertEqual(try JSONDecoder().decode(Plan.self, from: json).appendix.count, 6)
    }
}
