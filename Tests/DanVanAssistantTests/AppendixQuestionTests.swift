import DanVanAssistant
import DanVanKnowledge
import DanVanText
import XCTest

/// Questions about the rows of a plan's appendix, on two real plans imported from their text.
final class AppendixQuestionTests: XCTestCase {
    static func knowledge(_ fixture: String) -> KnowledgeBase {
        let data = Repository.root.appendingPathComponent("Data")
        let file = Repository.root.appendingPathComponent("Tests/DanVanKnowledgeTests/Fixtures/\(fixture)")
        let library = FileManager.default.temporaryDirectory.appendingPathComponent("danvan-appendix-\(UUID().uuidString)")
        _ = try! PlanLibrary(directory: library).save(PlanImporter(dataDirectory: data).importFile(at: file))
        return try! KnowledgeBase.load(dataDirectory: data, userPlansDirectory: library, cacheDirectory: nil)
    }

    static let hanoi = knowledge("ha-noi-310-kh-ubnd-2025.txt")
    static let dongThap = knowledge("dong-thap-552-kh-ubnd-2025.txt")

    func ask(_ q: String, _ knowledge: KnowledgeBase) -> Reply {
        Assistant(knowledge: knowledge, catalog: Repository.catalog, today: CalendarDate(iso: "2025-11-30")!).respond(to: q)
    }

    func testWhoLeadsARowFoundByItsWords() {
        let r = ask("ai chủ trì nhiệm vụ khảo sát hạ tầng viễn thông", Self.hanoi)
        XCTAssertEqual(r.intent, "appendix.lead")
        XCTAssertTrue(r.text.contains("Ban Quản lý các khu công nghệ cao và khu công nghiệp chủ trì"), r.text)
        XCTAssertTrue(r.text.contains("Quý IV/2025- Quý II/2026"), r.text)
        XCTAssertEqual(r.document.source, "Kế hoạch 310/KH-UBND của UBND thành phố Hà Nội, phụ lục, dòng 2")

        let d = ask("đơn vị nào chủ trì nhiệm vụ đề xuất giải pháp cải thiện môi trường đầu tư", Self.dongThap)
        XCTAssertEqual(d.intent, "appendix.lead")
        XCTAssertTrue(d.text.contains("Sở Tài chính chủ trì"), d.text)
        XCTAssertTrue(d.text.contains("Sở Công Thương; Ban Quản lý khu Kinh tế tỉnh Đồng Tháp"), d.text)
        XCTAssertTrue(d.document.source?.hasSuffix("phụ lục, dòng 2") == true, d.document.source ?? "")
    }

    func testHowManyRows() {
        let r = ask("phụ lục có bao nhiêu nhiệm vụ", Self.dongThap)
        XCTAssertEqual(r.intent, "appendix.count")
        XCTAssertTrue(r.text.contains("có 19 nhiệm vụ, chia thành 4 nhóm"), r.text)
        XCTAssertTrue(ask("phụ lục có mấy nhiệm vụ", Self.hanoi).text.contains("có 6 nhiệm vụ."))
    }

    func testRowsOfAPeriodAndOfAUnit() {
        let q4 = ask("nhiệm vụ quý IV", Self.hanoi)
        XCTAssertEqual(q4.intent, "appendix.tasks")
        XCTAssertTrue(q4.text.contains("(1 nhiệm vụ)"), q4.text)
        XCTAssertTrue(q4.text.contains("Khảo sát, đánh giá thực trạng"), q4.text)
        XCTAssertEqual(q4.document.source, "Kế hoạch 310/KH-UBND của UBND thành phố Hà Nội, phụ lục, dòng 2")

        let standing = ask("nhiệm vụ thường xuyên trong phụ lục", Self.hanoi)
        XCTAssertTrue(standing.text.contains("(3 nhiệm vụ)"), standing.text)

        let unit = ask("nhiệm vụ thường xuyên trong phụ lục của Hiệp hội Doanh nghiệp", Self.dongThap)
        XCTAssertTrue(unit.text.contains("(1 nhiệm vụ)"), unit.text)
        XCTAssertTrue(unit.text.contains("Vận động, khuyến khích hội viên"), unit.text)
        XCTAssertTrue(unit.document.source?.hasSuffix("phụ lục, dòng 19") == true, unit.document.source ?? "")
    }

    /// A period no deadline cell shares ("tháng 12" where no row is due in a month) finds nothing rather than everything.
    func testAPeriodNoRowHasFindsNothing() {
        XCTAssertTrue(ask("nhiệm vụ tháng 12 trong phụ lục", Self.hanoi).text.contains("Không thấy nhiệm vụ nào khớp"))
        let year = ask("nhiệm vụ năm 2026 trong phụ lục", Self.dongThap)
        XCTAssertTrue(year.text.contains("(3 nhiệm vụ)"), year.text)   // rows I.2, I.4, II.1 say "2026"
        XCTAssertTrue(ask("ai chủ trì nhiệm vụ trồng cây gây rừng", Self.hanoi).text.contains("Không thấy nhiệm vụ nào khớp"))
        // A Roman numeral is a period only after a calendar word: "tháng XII" finds nothing on this plan (no row
        // is due in a month), while "vi" / "xi" elsewhere are words ("vì", "vi phạm"), not periods.
        XCTAssertTrue(ask("nhiệm vụ tháng XII trong phụ lục", Self.hanoi).text.contains("Không thấy nhiệm vụ nào khớp"))
        XCTAssertTrue(ask("nhiem vu thuong xuyen trong phu luc vi sao", Self.hanoi).text.contains("(3 nhiệm vụ)"))
    }

    func testTheWholeList() {
        let r = ask("các nhiệm vụ trong phụ lục", Self.dongThap)
        XCTAssertEqual(r.intent, "appendix.tasks")
        XCTAssertTrue(r.text.contains("(19 nhiệm vụ)"), r.text)
        XCTAssertTrue(r.text.contains("chủ trì: Hiệp hội Doanh nghiệp"), r.text)
        XCTAssertTrue(r.document.source?.contains("phụ lục") == true)
    }

    /// The seed plan has no appendix table: the appendix questions say so instead of inventing rows.
    func testAPlanWithoutAppendixSaysSo() {
        let r = Assistant(knowledge: Repository.knowledge, catalog: Repository.catalog, today: CalendarDate(iso: "2025-11-30")!)
            .respond(to: "phụ lục có bao nhiêu nhiệm vụ")
        XCTAssertTrue(r.text.contains("không có bảng phụ lục nhiệm vụ"), r.text)
    }
}
