import DanVanAssistant
import DanVanText
import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import XCTest
import ZIPFoundation

/// The .docx against Nghị định 30/2020/NĐ-CP, Phụ lục I: the header table, the short rules, page
/// numbers from page 2, "Nơi nhận" sizes, the signature block, late completions — checked in the XML,
/// and through LibreOffice when `soffice` is installed.
final class DocxDecreeFormTests: XCTestCase {
    private func parts(_ data: Data) throws -> [String: String] {
        let archive = try Archive(data: data, accessMode: .read)
        var out: [String: String] = [:]
        for entry in archive {
            var bytes = Data()
            _ = try archive.extract(entry) { bytes.append($0) }
            out[entry.path] = String(decoding: bytes, as: UTF8.self)
        }
        return out
    }

    private func draft(_ f: ReportFixture, signer: ReportSigner?, compiled: Bool = false) throws -> ReportDraft {
        try ReportFixture.drafter(today: "2025-12-05")
            .draft(ReportRequest(unit: compiled ? nil : "Phòng Kinh tế", round: 2, compiled: compiled, signer: signer), storePath: f.path)
    }

    /// The values of `attribute` on every `<element …>` of `xml`, in order.
    private func values(_ xml: String, element: String, attribute: String) -> [String] {
        xml.components(separatedBy: "<\(element) ").dropFirst().compactMap { tag in
            let inside = tag.prefix { $0 != ">" }
            guard let r = inside.range(of: "\(attribute)=\"") else { return nil }
            return String(inside[r.upperBound...].prefix { $0 != "\"" })
        }
    }

    func testHeaderTableIsWideEnoughAndRulesAreShortAndCentred() throws {
        let p = try parts(try draft(try ReportFixture(self), signer: nil).docx())
        let doc = try XCTUnwrap(p["word/document.xml"])
        // The first table is the header: its right column holds the Quốc hiệu on one line.
        let grid = values(doc, element: "w:gridCol", attribute: "w:w").prefix(2).compactMap(Int.init)
        XCTAssertEqual(grid.count, 2)
        XCTAssertGreaterThanOrEqual(grid[1], 5700, "Quốc hiệu column \(grid)")
        XCTAssertEqual(values(doc, element: "w:tblInd", attribute: "w:w").first, "-215")
        // Three short rules: under the issuing body, under the motto, under the subject.
        let rules = doc.components(separatedBy: "<w:pStyle w:val=\"Rule\"/>").count - 1
        XCTAssertEqual(rules, 3)
        XCTAssertEqual(doc.components(separatedBy: "<w:pBdr><w:top w:val=\"single\"").count - 1, 3)
        let lefts = values(doc, element: "w:ind", attribute: "w:left").compactMap(Int.init)
        XCTAssertEqual(lefts, [1042, 1192, 3277])   // (cell − margins − rule) / 2 each side
        // The rule under the body comes after the office name and before "Số:".
        let office = try XCTUnwrap(doc.range(of: "PHÒNG KINH TẾ")), number = try XCTUnwrap(doc.range(of: "Số:"))
        let firstRule = try XCTUnwrap(doc.range(of: "<w:pStyle w:val=\"Rule\"/>"))
        XCTAssertTrue(office.upperBound < firstRule.lowerBound && firstRule.upperBound < number.lowerBound)
        let motto = try XCTUnwrap(doc.range(of: "Độc lập - Tự do - Hạnh phúc"))
        let place = try XCTUnwrap(doc.range(of: "Đường An, ngày"))
        let secondRule = try XCTUnwrap(doc.range(of: "<w:pStyle w:val=\"Rule\"/>", range: firstRule.upperBound..<doc.endIndex))
        XCTAssertTrue(motto.upperBound < secondRule.lowerBound && secondRule.upperBound < place.lowerBound)
    }

    func testPageNumbersTopCentreFromPageTwo() throws {
        let p = try parts(try draft(try ReportFixture(self), signer: nil).docx())
        let doc = try XCTUnwrap(p["word/document.xml"])
        XCTAssertTrue(doc.contains("<w:headerReference w:type=\"default\" r:id=\"rIdHeaderPage\"/>"))
        XCTAssertTrue(doc.contains("<w:headerReference w:type=\"first\" r:id=\"rIdHeaderFirst\"/>"))
        XCTAssertTrue(doc.contains("<w:titlePg/>"), "a different first page")
        let rels = try XCTUnwrap(p["word/_rels/document.xml.rels"])
        XCTAssertTrue(rels.contains("Id=\"rIdHeaderPage\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/header\" Target=\"header1.xml\""))
        let header = try XCTUnwrap(p["word/header1.xml"])
        XCTAssertTrue(header.contains("<w:instrText xml:space=\"preserve\"> PAGE </w:instrText>"))
        XCTAssertTrue(header.contains("w:val=\"PageNumber\""))
        XCTAssertFalse(try XCTUnwrap(p["word/header2.xml"]).contains("PAGE"), "page 1 has no number")
        let styles = try XCTUnwrap(p["word/styles.xml"])
        let pageStyle = try XCTUnwrap(styles.components(separatedBy: "w:styleId=\"PageNumber\"").dropFirst().first)
        XCTAssertTrue(pageStyle.prefix(400).contains("<w:jc w:val=\"center\"/>"))
        XCTAssertTrue(try XCTUnwrap(p["[Content_Types].xml"]).contains("/word/header1.xml"))
        for (name, xml) in p {
            XCTAssertTrue(XMLParser(data: Data(xml.utf8)).parse(), "\(name) is not well-formed")
        }
    }

    func testRecipientsSizesAndSignatureBlock() throws {
        let f = try ReportFixture(self)
        let signed = try parts(try draft(f, signer: ReportSigner(position: "Trưởng phòng", name: "Nguyễn Văn An")).docx())
        let doc = try XCTUnwrap(signed["word/document.xml"])
        XCTAssertTrue(doc.contains(">TRƯỞNG PHÒNG<"), "position in capitals")
        XCTAssertTrue(doc.contains(">Nguyễn Văn An<"))
        XCTAssertFalse(doc.contains("(Chức vụ, ký, ghi rõ họ tên)"))
        let styles = try XCTUnwrap(signed["word/styles.xml"])
        func size(_ style: String) -> String? {
            styles.components(separatedBy: "w:styleId=\"\(style)\"").dropFirst().first
                .flatMap { $0.components(separatedBy: "<w:sz w:val=\"").dropFirst().first?.prefix { $0.isNumber } }.map(String.init)
        }
        XCTAssertEqual(size("RecipientsLabel"), "24", "Nơi nhận: 12 pt")
        XCTAssertEqual(size("Recipients"), "22", "the list: 11 pt")
        XCTAssertTrue(doc.contains("<w:pStyle w:val=\"RecipientsLabel\"/></w:pPr><w:r><w:rPr><w:b/><w:i/></w:rPr><w:t xml:space=\"preserve\">Nơi nhận:"))

        let deputy = try parts(try draft(f, signer: ReportSigner(onBehalf: "KT. Trưởng phòng", position: "Phó Trưởng phòng", name: "Lê Thị Bình"),
                                         compiled: true).docx())["word/document.xml"] ?? ""
        let kt = try XCTUnwrap(deputy.range(of: ">KT. TRƯỞNG PHÒNG<")), vice = try XCTUnwrap(deputy.range(of: ">PHÓ TRƯỞNG PHÒNG<"))
        XCTAssertTrue(kt.upperBound < vice.lowerBound)

        let unknown = try parts(try draft(f, signer: nil).docx())["word/document.xml"] ?? ""
        XCTAssertEqual(unknown.components(separatedBy: ">\(Msg.reportSignerBlank)<").count - 1, 2, "blank position and name")
        let md = try draft(f, signer: ReportSigner(position: "Trưởng phòng")).markdown
        XCTAssertTrue(md.contains("**TRƯỞNG PHÒNG**"), md)
        XCTAssertTrue(md.contains("**\(Msg.reportSignerBlank)**"), "the unknown name stays a visible blank")
    }

    func testTasksCompletedAfterTheirDeadlineAreMarkedLate() throws {
        let f = try ReportFixture(self)
        let d = try draft(f, signer: nil)
        // "Kiểm tra an toàn thực phẩm": due 20/11, done 02/12 → 12 days late; "Khảo sát chợ" (due 15/10, done 03/09) is not.
        let late = try XCTUnwrap(d.markdown.components(separatedBy: "\n").first { $0.contains("Kiểm tra an toàn thực phẩm") })
        XCTAssertTrue(late.hasSuffix("hoàn thành ngày 02/12/2025, sau kỳ báo cáo, trễ hạn 12 ngày"), late)
        let line = try XCTUnwrap(d.markdown.components(separatedBy: "\n").first { $0.contains("Khảo sát chợ") })
        XCTAssertFalse(line.contains("trễ hạn"), line)
        XCTAssertTrue(try XCTUnwrap(parts(try d.docx())["word/document.xml"]).contains("trễ hạn 12 ngày"))
    }

    func testLibreOfficeRendersItWhenInstalled() throws {
        let which = Process()
        which.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        which.arguments = ["sh", "-c", "command -v soffice || command -v libreoffice"]
        let pipe = Pipe()
        which.standardOutput = pipe
        try which.run()
        which.waitUntilExit()
        let path = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        guard which.terminationStatus == 0, !path.isEmpty else {
            print("NOTICE: LibreOffice (soffice) is not installed; the PDF check of the .docx is skipped.")
            throw XCTSkip("soffice unavailable")
        }
        let folder = try ReportFixture.folder(self)
        let docx = folder.appendingPathComponent("bao-cao.docx")
        try draft(try ReportFixture(self), signer: ReportSigner(position: "Trưởng phòng", name: "Nguyễn Văn An")).docx().write(to: docx)
        let convert = Process()
        convert.executableURL = URL(fileURLWithPath: path)
        convert.arguments = ["--headless", "--convert-to", "txt:Text", "--outdir", folder.path, docx.path]
        try convert.run()
        convert.waitUntilExit()
        let text = try String(contentsOf: folder.appendingPathComponent("bao-cao.txt"), encoding: .utf8)
        XCTAssertTrue(text.contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"))
        XCTAssertTrue(text.contains("TRƯỞNG PHÒNG"))
    }
}
