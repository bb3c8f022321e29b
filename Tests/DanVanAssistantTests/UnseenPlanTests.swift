import DanVanAssistant
import DanVanKnowledge
import DanVanText
import XCTest

/// A commune plan of another topic and layout (synthetic fixture), imported and questioned the way the
/// seed is: nothing in the engine knows this plan.
final class UnseenPlanTests: XCTestCase {
    static let knowledge: KnowledgeBase = {
        let data = Repository.root.appendingPathComponent("Data")
        let file = Repository.root.appendingPathComponent("Tests/DanVanKnowledgeTests/Fixtures/synthetic-xa-hoa-binh-phong-chong-thien-tai.txt")
        let library = FileManager.default.temporaryDirectory.appendingPathComponent("danvan-unseen-\(UUID().uuidString)")
        _ = try! PlanLibrary(directory: library).save(PlanImporter(dataDirectory: data).importFile(at: file))
        return try! KnowledgeBase.load(dataDirectory: data, userPlansDirectory: library, cacheDirectory: nil)
    }()

    func ask(_ q: String) -> Reply {
        Assistant(knowledge: Self.knowledge, catalog: Repository.catalog, today: CalendarDate(iso: "2025-10-01")!).respond(to: q)
    }

    func testTheStandardQuestionsOnAnUnseenPlan() {
        let cases: [(String, String, [String])] = [
            ("hạn báo cáo", "report.deadline", ["15/11/2025", "còn 45 ngày"]),
            ("văn bản căn cứ", "legal.bases", ["66/2021/NĐ-CP", "512/QĐ-UBND", "Luật Phòng, chống thiên tai"]),
            ("nghị định 66 nói về gì", "legal.document", ["06/07/2021", "Chính phủ"]),
            ("phòng kinh tế có nhiệm vụ gì", "unit.duties", ["đê điều"]),
            ("công an xã làm gì", "unit.duties", ["tìm kiếm cứu nạn"]),
            ("ai ký kế hoạch", "plan.signer", ["Nguyễn Văn Hùng", "KT."]),
            ("nơi nhận", "plan.recipients", ["Ban Chỉ huy PCTT và TKCN tỉnh"]),
            ("mục đích", "plan.purpose", ["giảm thiểu thiệt hại"]),
            ("kế hoạch nói gì về diễn tập", "plan.content", ["30/5/2025"]),
            ("số kế hoạch", "plan.info", ["45/KH-UBND", "10/03/2025"]),
            ("những đơn vị nào tham gia", "unit.duties", ["Các đơn vị được kế hoạch giao nhiệm vụ", "Phòng Kinh tế", "Công an xã"]),
        ]
        for (q, intent, facts) in cases {
            let r = ask(q)
            XCTAssertEqual(r.intent, intent, q)
            for f in facts { XCTAssertTrue(r.text.contains(f), "\(q): missing \(f) in \(r.text)") }
            XCTAssertTrue(r.document.source?.contains("45/KH-UBND") ?? false, "\(q): source \(r.document.source ?? "")")
        }
    }

    func testACommuneUnitThePlanDoesNotNameGetsItsCommonDuties() {
        let r = ask("phòng văn hóa xã hội làm gì")
        XCTAssertTrue(r.text.contains("không giao nhiệm vụ riêng"), r.text)
        XCTAssertTrue(r.text.contains("qua Phòng Kinh tế"), r.text)
        XCTAssertTrue(r.document.source?.contains("45/KH-UBND") ?? false)
    }
}
