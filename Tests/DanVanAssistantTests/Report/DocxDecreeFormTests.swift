import DanVanAssistant
import DanVanTasks
import DanVanText
import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import XCTest
import ZIPFoundation

/// The .docx against Nghị định 30/2020/NĐ-CP, Phụ lục I: the header table, the short rules, page
/// numbers from page 2, "Nơi nhận" sizes, the signature block, late completions — checked in the XML,
/// and in the PDF LibreOffice prints (`make test` installs it; skipped with a notice without it).
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

    /// A task done inside the period but after its deadline is listed under "hoàn thành trong kỳ" and
    /// says how late it was; one done on time inside the period does not.
    func testLateCompletionInsideThePeriodIsMarked() throws {
        let f = try ReportFixture(self)
        let late = try f.store.add(TaskDraft(title: "Rà soát hồ sơ đất đai", unit: "Phòng Kinh tế", due: ReportFixture.day("2025-09-10")),
                                   user: "test", at: ReportFixture.at("2025-08-15"))
        let onTime = try f.store.add(TaskDraft(title: "Lập danh sách hộ kinh doanh", unit: "Phòng Kinh tế",
                                               due: ReportFixture.day("2025-11-30")), user: "test", at: ReportFixture.at("2025-08-15"))
        try f.store.complete(id: late.id, user: "test", at: ReportFixture.at("2025-11-15"))    // 66 days late
        try f.store.complete(id: onTime.id, user: "test", at: ReportFixture.at("2025-11-20"))
        let md = try draft(f, signer: nil).markdown
        let section = try XCTUnwrap(md.components(separatedBy: Msg.reportCompletedWithinHeading).dropFirst().first)
        let within = try XCTUnwrap(section.components(separatedBy: Msg.reportCompletedOutsideHeading).first)
        XCTAssertLessThan(within.count, section.count, "section b) follows")
        let lateLine = try XCTUnwrap(within.components(separatedBy: "\n").first { $0.contains("Rà soát hồ sơ đất đai") }, md)
        XCTAssertTrue(lateLine.hasSuffix("hoàn thành ngày 15/11/2025, trễ hạn 66 ngày"), lateLine)
        let onTimeLine = try XCTUnwrap(within.components(separatedBy: "\n").first { $0.contains("Lập danh sách hộ kinh doanh") }, md)
        XCTAssertFalse(onTimeLine.contains("trễ hạn"), onTimeLine)
    }

    /// The report LibreOffice prints: long enough for two pages (extra tasks with notes), signed or not.
    private func printed(signer: ReportSigner?) throws -> [LibreOffice.Page] {
        let office = try LibreOffice.require()
        let f = try ReportFixture(self)
        for i in 1...40 {
            let task = try f.store.add(TaskDraft(title: "Nhiệm vụ bổ sung số \(i) về phát triển kinh tế hộ gia đình ở các thôn",
                                                 unit: "Phòng Kinh tế", due: ReportFixture.day("2025-12-2\(i % 10)")),
                                       user: "test", at: ReportFixture.at("2025-08-15"))
            try f.store.addNote(taskID: task.id, text: "đã triển khai ở \(i) thôn, đang tổng hợp kết quả", user: "test",
                                at: ReportFixture.at("2025-11-0\(i % 9 + 1)"))
        }
        let folder = try ReportFixture.folder(self)
        let docx = folder.appendingPathComponent("bao-cao.docx")
        try draft(f, signer: signer).docx().write(to: docx)
        let pdf = try office.convert(docx, to: "pdf", extension: "pdf", in: folder)
        XCTAssertTrue(try Data(contentsOf: pdf).starts(with: Data("%PDF".utf8)))
        let pages = try LibreOffice.pages(pdf)
        // Times New Roman or a font with its metrics, for every letter: no fallback font for the
        // Vietnamese letters a font lacks (Liberation 1 lacks them; make test installs Liberation 2).
        let fonts = try LibreOffice.fonts(pdf)
        XCTAssertFalse(fonts.isEmpty)
        for font in fonts {
            XCTAssertTrue(["TimesNewRoman", "LiberationSerif", "Tinos"].contains { font.contains($0) }, "a fallback font: \(fonts)")
        }
        // The Quốc hiệu on one line of the printed page (pdftotext -layout keeps lines).
        let layout = try LibreOffice.layoutPages(pdf)
        XCTAssertEqual(layout.count, pages.count)
        let lines = layout.first?.components(separatedBy: "\n") ?? []
        XCTAssertTrue(lines.contains { $0.contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM") }, layout.first ?? "")
        XCTAssertFalse(lines.contains { $0.trimmingCharacters(in: .whitespaces).hasSuffix("CHỦ NGHĨA VIỆT") }, "the Quốc hiệu wraps")
        return pages
    }

    func testLibreOfficePrintsTheQuocHieuOnOneLinePageNumbersFromPageTwoAndTheSignature() throws {
        let pages = try printed(signer: ReportSigner(position: "Trưởng phòng", name: "Nguyễn Văn An"))
        XCTAssertGreaterThanOrEqual(pages.count, 2, "the report should run over two pages")
        guard let first = pages.first, pages.count >= 2 else { return }
        // The Quốc hiệu's words share one baseline.
        let cong = try XCTUnwrap(first.word("CỘNG")), nam = try XCTUnwrap(first.words.first { $0.text == "NAM" && $0.yMin < first.height / 4 })
        XCTAssertEqual(cong.yMin, nam.yMin, accuracy: 1, "CỘNG … NAM on one line")
        // Page 1 has no number: its topmost word is the header, not a numeral.
        let top1 = try XCTUnwrap(first.words.min { $0.yMin < $1.yMin })
        XCTAssertNil(Int(top1.text), "page 1 starts with “\(top1.text)”")
        // From page 2: the page's number, alone at the top, centred.
        for (index, page) in pages.enumerated().dropFirst() {
            let top = try XCTUnwrap(page.words.min { $0.yMin < $1.yMin })
            XCTAssertEqual(top.text, "\(index + 1)", "page \(index + 1) starts with “\(top.text)”")
            XCTAssertLessThan(top.yMax, page.height * 0.12, "the number is at the top of page \(index + 1)")
            XCTAssertEqual(top.xCentre, page.width / 2, accuracy: page.width * 0.06, "the number is centred on page \(index + 1)")
        }
        // The signature block, on the page of "Nơi nhận:" (the draft's note may run onto one more page):
        // the position in capitals, the name under it, on the right; "Nơi nhận:" on the left.
        let last = try XCTUnwrap(pages.last { $0.word("Nơi") != nil && $0.word("nhận:") != nil })
        let position = try XCTUnwrap(last.words.last { $0.text == "TRƯỞNG" }), name = try XCTUnwrap(last.word("Nguyễn"))
        XCTAssertGreaterThan(name.yMin, position.yMax, "the name is under the position")
        XCTAssertGreaterThan(position.xCentre, last.width / 2)
        XCTAssertGreaterThan(name.xCentre, last.width / 2)
        let recipients = try XCTUnwrap(last.word("Nơi"))
        XCTAssertLessThan(recipients.xMax, last.width / 2)
        XCTAssertEqual(recipients.yMin, position.yMin, accuracy: 40, "Nơi nhận and the signature start side by side")
    }

    func testLibreOfficePrintsAVisibleBlankForAnUnknownSigner() throws {
        let pages = try printed(signer: nil)
        let last = try XCTUnwrap(pages.last { $0.word("Nơi") != nil && $0.word("nhận:") != nil })
        let blanks = last.words.filter { $0.text == Msg.reportSignerBlank }
        XCTAssertEqual(blanks.count, 2, "blank position and name: \(last.words.suffix(12).map(\.text))")
        XCTAssertTrue(blanks.allSatisfy { $0.xCentre > last.width / 2 })
        XCTAssertGreaterThan(blanks[1].yMin, blanks[0].yMax, "a blank for the position, one for the name under it")
        // Each recipient line starts with one dash, as the decree's form has it.
        let dashes = last.words.filter { $0.text == "-" && $0.xMin < last.width / 4 }
        XCTAssertEqual(Set(dashes.map(\.yMin)).count, dashes.count, "a recipient line with two dashes")
    }
}
