import DanVanKnowledge
import DanVanText
import Foundation
import XCTest

/// Footnotes of a `.docx` (`word/footnotes.xml`, called by `w:footnoteReference`) are kept with the
/// paragraph that calls them, as the "[1] …" notes of a plan pasted as text are.
final class DocxFootnoteTests: XCTestCase {
    private static let w = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\""

    private static func paragraph(_ text: String, note: Int? = nil) -> String {
        let call = note.map { "<w:r><w:rPr><w:rStyle w:val=\"FootnoteReference\"/></w:rPr><w:footnoteReference w:id=\"\($0)\"/></w:r>" } ?? ""
        return "<w:p><w:r><w:t xml:space=\"preserve\">\(text)</w:t></w:r>\(call)</w:p>"
    }

    /// A plan whose preamble calls note id 7 and whose section II.1 calls note id 3 (Word's ids are not
    /// the numbers shown: the notes are numbered in the order they are called).
    private static func documentXML() -> String {
        var body = paragraph("ỦY BAN NHÂN DÂN XÃ AN HÒA") + paragraph("Số: 21/KH-UBND\tAn Hòa, ngày 12 tháng 9 năm 2025")
        body += paragraph("KẾ HOẠCH") + paragraph("Tuyên truyền chuyển đổi số năm 2025")
        body += paragraph("Thực hiện Chương trình số 30-CTr/TU của Huyện ủy", note: 7)
        body += paragraph(", Ủy ban nhân dân xã ban hành kế hoạch như sau:")
        body += paragraph("I. MỤC ĐÍCH, YÊU CẦU") + paragraph("1. Mục đích") + paragraph("- Nâng cao kỹ năng số của Nhân dân.")
        body += paragraph("II. TỔ CHỨC THỰC HIỆN") + paragraph("1. Phòng Văn hóa - Xã hội")
        body += paragraph("- Chủ trì tuyên truyền theo Nghị quyết số 57-NQ/TW", note: 3)
        body += paragraph("Nơi nhận:") + paragraph("- Lưu: VT.") + paragraph("TM. ỦY BAN NHÂN DÂN") + paragraph("CHỦ TỊCH")
        body += paragraph("Lê Văn Hải")
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document \(w)><w:body>\(body)</w:body></w:document>"
    }

    private static let footnotesXML = """
    <?xml version="1.0" encoding="UTF-8"?>
    <w:footnotes \(w)>
    <w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>
    <w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>
    <w:footnote w:id="3"><w:p><w:r><w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển khoa học, công nghệ.</w:t></w:r></w:p></w:footnote>
    <w:footnote w:id="7"><w:p><w:r><w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> Chương trình số 30-CTr/TU ngày 05/3/2025 </w:t></w:r><w:r><w:t>của Huyện ủy.</w:t></w:r></w:p><w:p><w:r><w:t>Bản sao lưu tại Văn phòng.</w:t></w:r></w:p></w:footnote>
    </w:footnotes>
    """

    private func docx(withNotes: Bool = true) throws -> Data {
        var entries = [("word/document.xml", Self.documentXML())]
        if withNotes { entries.append(("word/footnotes.xml", Self.footnotesXML)) }
        return try DocxTextExtractorTests.docx(entries: entries)
    }

    func testCallsAndNotesInTheText() throws {
        let text = try DocxTextExtractor.text(of: try docx(), name: "ke-hoach.docx")
        let lines = text.components(separatedBy: "\n")
        XCTAssertTrue(lines.contains("Thực hiện Chương trình số 30-CTr/TU của Huyện ủy[1]"))
        XCTAssertTrue(lines.contains("- Chủ trì tuyên truyền theo Nghị quyết số 57-NQ/TW[2]"))
        XCTAssertEqual(Array(lines.suffix(2)), [
            "[1] Chương trình số 30-CTr/TU ngày 05/3/2025 của Huyện ủy. Bản sao lưu tại Văn phòng.",
            "[2] Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển khoa học, công nghệ.",
        ])
    }

    func testNotesKeptWithTheirParagraph() throws {
        let plan = try TestSupport.importer.importData(try docx(), fileName: "ke-hoach-an-hoa.docx")
        let notes = try XCTUnwrap(plan.footnotes)
        XCTAssertEqual(notes.map(\.mark), ["1", "2"])
        XCTAssertEqual(notes.map(\.section), ["preamble", "II.1"])
        XCTAssertTrue(notes[1].text.hasPrefix("Nghị quyết số 57-NQ/TW ngày 22/12/2024"))
        // The note's date completes the citation the paragraph makes.
        XCTAssertEqual(plan.documents.first { $0.symbol == "57-NQ/TW" }?.date, CalendarDate(year: 2024, month: 12, day: 22))
    }

    func testCallsWithoutANotesPart() throws {
        let text = try DocxTextExtractor.text(of: try docx(withNotes: false), name: "ke-hoach.docx")
        XCTAssertFalse(text.components(separatedBy: "\n").contains { isNoteLine($0) })
        let plan = try TestSupport.importer.importData(try docx(withNotes: false), fileName: "ke-hoach.docx")
        XCTAssertNil(plan.footnotes)
    }

    /// Whether a line is a note line ("[1] …").
    private func isNoteLine(_ line: String) -> Bool {
        line.hasPrefix("[") && line.dropFirst().prefix { $0.isNumber }.count > 0 && line.contains("] ")
    }
}
