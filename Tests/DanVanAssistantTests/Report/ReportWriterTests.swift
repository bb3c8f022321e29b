@testable import DanVanAssistant
import DanVanText
import Foundation
import XCTest
import ZIPFoundation
#if canImport(FoundationXML)
import FoundationXML
#endif

final class ReportWriterTests: XCTestCase {
    func unitDraft(_ f: ReportFixture) throws -> ReportDraft {
        try f.draft(ReportRequest(unit: "Phòng Kinh tế", round: 2), today: "2025-12-05")
    }

    func testMarkdownHasTheDecreeHeaderAndEverySection() throws {
        let f = try ReportFixture(self)
        let md = try unitDraft(f).markdown
        for expected in ["ỦY BAN NHÂN DÂN XÃ ĐƯỜNG AN", "**PHÒNG KINH TẾ**", "Số:      /BC-KT", "**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**",
                         "**Độc lập - Tự do - Hạnh phúc**", "*Đường An, ngày 05 tháng 12 năm 2025*", "# BÁO CÁO",
                         "lần 2 năm 2025**", "Thực hiện Kế hoạch của Ủy ban nhân dân xã Đường An về triển khai thực hiện công tác dân vận",
                         "(kế hoạch không ghi số, ngày ban hành)",
                         "Kỳ báo cáo lần 2: từ ngày 03/09/2025 đến hết ngày 01/12/2025",
                         "## II. KHÓ KHĂN, VƯỚNG MẮC", "## III. ĐỀ XUẤT, KIẾN NGHỊ",
                         "| Tổng số nhiệm vụ được giao | 8 | 100% |", "| Đã hoàn thành | 3 | 38% |"] {
            XCTAssertTrue(md.contains(expected), "missing “\(expected)”")
        }
        XCTAssertFalse(md.contains(Msg.reportPeriodOpen), "round 2 is over on 05/12")
        XCTAssertFalse(md.contains("Nhiệm vụ nhập nhầm"), "deleted")
    }

    func testMarkdownListsEachTaskUnderItsGroupWithDatesAndNotes() throws {
        let f = try ReportFixture(self)
        let md = try unitDraft(f).markdown
        func section(_ heading: String, _ next: String) -> String {
            let from = md.range(of: heading)!.upperBound
            let to = md.range(of: next, range: from..<md.endIndex)!.lowerBound
            return String(md[from..<to])
        }
        let within = section(Msg.reportCompletedWithinHeading, Msg.reportCompletedOutsideHeading)
        XCTAssertTrue(within.contains("\(f.number("doneOnDeadline1")). Khảo sát chợ — hạn 15/10/2025; hoàn thành ngày 03/09/2025"))
        let outside = section(Msg.reportCompletedOutsideHeading, Msg.reportInProgressHeading)
        XCTAssertTrue(outside.contains("hoàn thành ngày 02/09/2025, trước kỳ báo cáo"))
        XCTAssertTrue(outside.contains("hoàn thành ngày 02/12/2025, sau kỳ báo cáo"))
        let progress = section(Msg.reportInProgressHeading, Msg.reportOverdueHeading)
        XCTAssertTrue(progress.contains("Tiến độ: 15/11/2025: đã có dự thảo điều lệ; 30/11/2025: chờ đăng ký (và 1 cập nhật trước đó)"))
        XCTAssertTrue(progress.contains("phối hợp: Phòng Văn hóa - Xã hội; sản phẩm: Báo cáo chuyên đề"))
        XCTAssertTrue(progress.contains("còn 15 ngày"), "due 20/12, today 05/12")
        let overdue = section(Msg.reportOverdueHeading, Msg.reportNotStartedHeading)
        XCTAssertTrue(overdue.contains("Cập nhật giá đất — hạn 01/11/2025; quá hạn 34 ngày"))
        let notStarted = section(Msg.reportNotStartedHeading, Msg.reportDifficultiesHeading)
        XCTAssertTrue(notStarted.contains("Theo dõi chợ tạm — không có hạn"))
    }

    func testCompiledMarkdownHasTheTableAndTheRule() throws {
        let f = try ReportFixture(self)
        let md = try f.draft(ReportRequest(round: 2, compiled: true), today: "2025-12-05").markdown
        XCTAssertTrue(md.contains("**PHÒNG VĂN HÓA - XÃ HỘI**"))
        XCTAssertTrue(md.contains("Số:      /BC-VHXH"))
        XCTAssertTrue(md.contains("Tổng hợp kết quả thực hiện công tác dân vận"))
        XCTAssertTrue(md.contains("| 1 | Phòng Kinh tế | 8 | 3 | 1 | 1 | Có |"), md)
        XCTAssertTrue(md.contains("| 2 | Phòng Văn hóa - Xã hội | 2 | 1 | 0 | 1 | Chưa |"))
        XCTAssertTrue(md.contains("| 4 | Chưa giao đơn vị | 1 | 0 | 0 | 0 | — |"))
        XCTAssertTrue(md.contains("|  | Tổng cộng | 11 | 4 | 1 | 2 |  |"))
        XCTAssertTrue(md.contains(Msg.reportNotReported(["Phòng Văn hóa - Xã hội", "Trung tâm sự nghiệp công xã"])))
        XCTAssertTrue(md.contains("một đơn vị được coi là đã báo cáo khi"))
        XCTAssertTrue(md.contains("## IV. KHÓ KHĂN, VƯỚNG MẮC"))
    }

    func testDocxIsAValidPackageWithTheTextAndTheDecreesFonts() throws {
        let f = try ReportFixture(self)
        let data = try unitDraft(f).docx()
        let archive = try Archive(data: data, accessMode: .read)
        let names = Set(archive.map(\.path))
        XCTAssertEqual(names, ["[Content_Types].xml", "_rels/.rels", "word/document.xml", "word/_rels/document.xml.rels", "word/styles.xml",
                               "word/header1.xml", "word/header2.xml"])
        func text(_ path: String) throws -> String {
            var out = Data()
            _ = try archive.extract(archive[path]!) { out.append($0) }
            return String(decoding: out, as: UTF8.self)
        }
        let document = try text("word/document.xml")
        for expected in ["ỦY BAN NHÂN DÂN XÃ ĐƯỜNG AN", "PHÒNG KINH TẾ", "Số:      /BC-KT", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                         "Độc lập - Tự do - Hạnh phúc", "Đường An, ngày 05 tháng 12 năm 2025", ">BÁO CÁO<", "KHÓ KHĂN, VƯỚNG MẮC",
                         "ĐỀ XUẤT, KIẾN NGHỊ", "Tập huấn &lt;an toàn&gt; &amp; vệ sinh", "hoàn thành ngày 02/12/2025, sau kỳ báo cáo"] {
            XCTAssertTrue(document.contains(expected), "document.xml lacks “\(expected)”")
        }
        XCTAssertTrue(document.contains("<w:pgSz w:w=\"11906\" w:h=\"16838\"/>"), "A4")
        let styles = try text("word/styles.xml")
        XCTAssertTrue(styles.contains("w:ascii=\"Times New Roman\""))
        let fonts = Set(["w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"].flatMap { attribute in
            styles.components(separatedBy: "\(attribute)=\"").dropFirst().map { String($0.prefix { $0 != "\"" }) }
        })
        XCTAssertEqual(fonts, ["Times New Roman"])
        let sizes = styles.components(separatedBy: "<w:sz w:val=\"").dropFirst().compactMap { Int($0.prefix { $0.isNumber }) }
        XCTAssertFalse(sizes.isEmpty)
        // 13–14 pt, except "Nơi nhận" (12 pt heading, 11 pt list) and the 2 pt line of a short rule.
        XCTAssertTrue(sizes.allSatisfy { (26...28).contains($0) || [4, 22, 24].contains($0) }, "sizes: \(sizes)")
        XCTAssertTrue(sizes.contains(28))
        XCTAssertFalse(document.contains("<w:sz "), "sizes come from the styles only")
        for part in names {
            let parser = XMLParser(data: Data(try text(part).utf8))
            XCTAssertTrue(parser.parse(), "\(part) is not well-formed XML: \(String(describing: parser.parserError))")
        }
        XCTAssertTrue(try text("word/_rels/document.xml.rels").contains("Target=\"styles.xml\""))
    }

    func testLibreOfficeOpensTheDocx() throws {
        let office = try LibreOffice.require(pdftotext: false)
        let f = try ReportFixture(self)
        let folder = try ReportFixture.folder(self)
        let docx = folder.appendingPathComponent("bao-cao.docx")
        try unitDraft(f).docx().write(to: docx)
        let pdf = try Data(contentsOf: try office.convert(docx, to: "pdf", extension: "pdf", in: folder))
        XCTAssertTrue(pdf.starts(with: Data("%PDF".utf8)))
        // Read back as text: LibreOffice understood the package as a Word document, not as a blob.
        let text = try String(contentsOf: try office.convert(docx, to: "txt:Text", extension: "txt", in: folder), encoding: .utf8)
        for line in ["PHÒNG KINH TẾ", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "BÁO CÁO", "II. KHÓ KHĂN, VƯỚNG MẮC"] {
            XCTAssertTrue(text.contains(line), "LibreOffice did not read “\(line)”")
        }
    }

    func testFileWriterRefusesFoldersAndMissingFoldersAndWritesNothing() throws {
        let folder = try ReportFixture.folder(self)
        XCTAssertThrowsError(try ReportFileWriter.write(Data("x".utf8), to: folder.path)) {
            XCTAssertEqual($0 as? ReportError, .cannotWrite(path: folder.path, reason: .isDirectory))
        }
        let missing = folder.appendingPathComponent("khong-co/bao-cao.md").path
        XCTAssertThrowsError(try ReportFileWriter.write(Data("x".utf8), to: missing)) {
            XCTAssertEqual($0 as? ReportError, .cannotWrite(path: missing, reason: .noFolder))
        }
        XCTAssertFalse(FileManager.default.fileExists(atPath: missing))
        let ok = folder.appendingPathComponent("bao-cao.md").path
        try ReportFileWriter.write(Data("x".utf8), to: ok)
        XCTAssertEqual(try String(contentsOfFile: ok, encoding: .utf8), "x")
    }
}
