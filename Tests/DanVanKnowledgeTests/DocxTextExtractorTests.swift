import DanVanKnowledge
import DanVanText
import Foundation
import XCTest
import ZIPFoundation

/// A `.docx` built in the test: a header table, runs split mid-word, a tab, Word's automatic
/// numbering, bullets, line breaks in the signer block, entities, deleted text and field codes.
final class DocxTextExtractorTests: XCTestCase {
    private static func paragraph(_ runs: String, numbering: (id: Int, level: Int)? = nil) -> String {
        let properties = numbering.map { "<w:pPr><w:pStyle w:val=\"List\"/><w:numPr><w:ilvl w:val=\"\($0.level)\"/><w:numId w:val=\"\($0.id)\"/></w:numPr></w:pPr>" } ?? ""
        return "<w:p>\(properties)\(runs)</w:p>"
    }

    private static func run(_ text: String) -> String { "<w:r><w:rPr><w:b/></w:rPr><w:t xml:space=\"preserve\">\(text)</w:t></w:r>" }

    static func documentXML() -> String {
        let cell = { (lines: [String]) in "<w:tc><w:tcPr/>" + lines.map { paragraph(run($0)) }.joined() + "</w:tc>" }
        var body = "<w:tbl><w:tr>" + cell(["ỦY BAN NHÂN DÂN", "XÃ ĐƯỜNG AN"])
            + cell(["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"]) + "</w:tr></w:tbl>"
        body += paragraph(run("Số: 12/") + run("KH-UBND") + "<w:r><w:tab/><w:t>Đường An, ngày 05 tháng 8 năm 2025</w:t></w:r>")
        body += paragraph(run("KẾ HOẠCH"))
        body += paragraph(run("TUYÊN TRUYỀN PHỔ BIẾN PHÁP LUẬT NĂM 2025"))
        body += paragraph(run("Căn cứ Luật Phổ biến, giáo dục pháp luật ngày 20/6/2012; thực hiện Kế hoạch số 45/KH-UBND ngày 01/7/2025 của Ủy ban nhân dân thành phố Hải Phòng về công tác phổ biến pháp luật (gọi tắt là &quot;Kế hoạch&quot;), Ủy ban nhân dân xã ban hành kế hoạch như sau:"))
        body += paragraph(run("MỤC ĐÍCH, YÊU CẦU"), numbering: (1, 0))
        body += paragraph(run("Mục đích"), numbering: (1, 1))
        body += paragraph(run("Nâng cao ý thức chấp hành pháp luật của Nhân dân."), numbering: (2, 0))
        body += paragraph(run("Yêu cầu"), numbering: (1, 1))
        body += paragraph(run("Bám sát&#160;nhiệm vụ") + "<w:del><w:r><w:delText>ĐÃ XOÁ</w:delText></w:r></w:del>"
            + run(" chính trị của địa phương &amp; đơn vị."), numbering: (2, 0))
        body += paragraph(run("NỘI DUNG"), numbering: (1, 0))
        body += paragraph("<w:r><w:instrText>PAGE</w:instrText></w:r>" + run("Tuyên truyền trên hệ thống loa truyền thanh."))
        body += paragraph(run("TỔ CHỨC THỰC HIỆN"), numbering: (1, 0))
        body += paragraph(run("Phòng Kinh tế"), numbering: (1, 1))
        body += paragraph(run("Chủ trì tổ chức tuyên truyền; báo cáo kết quả về Ủy ban nhân dân xã (qua Văn phòng HĐND và UBND) trước ngày 15 hằng tháng."), numbering: (2, 0))
        body += paragraph(run("Nơi nhận:"))
        body += paragraph(run("- Như trên;"))
        body += paragraph(run("- Lưu: VT."))
        body += paragraph("<w:r><w:t>TM. ỦY BAN NHÂN DÂN</w:t><w:br/><w:t>KT. CHỦ TỊCH</w:t><w:br/><w:t>PHÓ CHỦ TỊCH</w:t></w:r>")
        body += "<w:p/>" + paragraph(run("Nguyễn Văn An"))
        return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
            + "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>"
            + body + "<w:sectPr/></w:body></w:document>"
    }

    static let numberingXML = """
    <?xml version="1.0" encoding="UTF-8"?>
    <w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
    <w:abstractNum w:abstractNumId="0">
      <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="upperRoman"/><w:lvlText w:val="%1."/></w:lvl>
      <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%2."/></w:lvl>
    </w:abstractNum>
    <w:abstractNum w:abstractNumId="1">
      <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="-"/></w:lvl>
    </w:abstractNum>
    <w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
    <w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>
    </w:numbering>
    """

    static func docx(entries: [(String, String)]) throws -> Data {
        let archive = try Archive(data: Data(), accessMode: .create)
        for (path, text) in entries {
            let data = Data(text.utf8)
            try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(data.count), compressionMethod: .deflate) { position, size in
                data.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        return archive.data!
    }

    static func sampleDocx() throws -> Data {
        try docx(entries: [
            ("[Content_Types].xml", "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>"),
            ("word/document.xml", documentXML()),
            ("word/numbering.xml", numberingXML),
        ])
    }

    func testTextOfADocx() throws {
        let text = try DocxTextExtractor.text(of: try Self.sampleDocx(), name: "ke-hoach.docx")
        let lines = text.components(separatedBy: "\n")
        XCTAssertEqual(Array(lines.prefix(4)), ["ỦY BAN NHÂN DÂN", "XÃ ĐƯỜNG AN", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"])
        XCTAssertTrue(lines.contains("Số: 12/KH-UBND\tĐường An, ngày 05 tháng 8 năm 2025"), "runs joined, tab kept")
        XCTAssertTrue(lines.contains("I. MỤC ĐÍCH, YÊU CẦU"))
        XCTAssertTrue(lines.contains("2. Yêu cầu"))
        XCTAssertTrue(lines.contains("III. TỔ CHỨC THỰC HIỆN"))
        XCTAssertTrue(lines.contains("1. Phòng Kinh tế"), "the level below restarts after a new roman heading")
        XCTAssertTrue(lines.contains("- Bám sát\u{00A0}nhiệm vụ chính trị của địa phương & đơn vị."), "entities decoded, deleted text dropped")
        XCTAssertTrue(lines.contains("Tuyên truyền trên hệ thống loa truyền thanh."), "field code dropped")
        XCTAssertTrue(lines.contains("KT. CHỦ TỊCH"), "a line break in a paragraph is a new line")
    }

    func testImportADocx() throws {
        let folder = TestSupport.temporaryDirectory()
        let url = folder.appendingPathComponent("Kế hoạch tuyên truyền.docx")
        try Self.sampleDocx().write(to: url)
        let plan = try TestSupport.importer.importFile(at: url)
        XCTAssertEqual(plan.id, "ke-hoach-tuyen-truyen")
        XCTAssertEqual(plan.number, "12/KH-UBND")
        XCTAssertEqual(plan.place, "Đường An")
        XCTAssertEqual(plan.date, CalendarDate(year: 2025, month: 8, day: 5))
        XCTAssertEqual(plan.issuer, "Ủy ban nhân dân xã Đường An")
        XCTAssertEqual(plan.title, "Tuyên truyền phổ biến pháp luật năm 2025")
        XCTAssertEqual(plan.sections.map(\.id), ["I", "I.1", "I.2", "II", "III", "III.1"])
        XCTAssertEqual(plan.sections.map(\.role), [.purposeAndRequirements, .purpose, .requirements, .content, .organization, nil])
        XCTAssertEqual(plan.documents.map { $0.symbol ?? $0.name ?? "" }, ["Luật Phổ biến, giáo dục pháp luật", "45/KH-UBND"])
        XCTAssertEqual(plan.documents.last?.issuer, "Ủy ban nhân dân thành phố Hải Phòng")
        XCTAssertEqual(plan.units.map(\.name), ["Phòng Kinh tế"])
        XCTAssertEqual(plan.deadlines.first?.recurrence, .monthly)
        XCTAssertEqual(plan.deadlines.first?.day, 15)
        XCTAssertEqual(plan.deadlines.first?.recipient, "Ủy ban nhân dân xã (qua Văn phòng HĐND và UBND)")
        XCTAssertEqual(plan.recipients, ["Như trên", "Lưu: VT"])
        XCTAssertEqual(plan.signer, Signer(mode: "KT.", authority: "Ủy ban nhân dân", title: "Phó Chủ tịch", name: "Nguyễn Văn An", signsFor: "Chủ tịch"))
    }

    func testDocxWithoutText() throws {
        let empty = try Self.docx(entries: [("word/document.xml", "<w:document><w:body><w:p/></w:body></w:document>")])
        XCTAssertThrowsError(try DocxTextExtractor.text(of: empty, name: "rong.docx")) { e in
            XCTAssertEqual(e as? ImportError, .empty(name: "rong.docx"))
        }
    }
}
