import DanVanAssistant
import DanVanIntents
import DanVanKnowledge
import DanVanText
import XCTest

/// The seed plus the three real 2025 plans imported into a temporary library.
final class MultiPlanTests: XCTestCase {
    static let knowledge: KnowledgeBase = {
        let data = Repository.root.appendingPathComponent("Data")
        let fixtures = Repository.root.appendingPathComponent("Tests/DanVanKnowledgeTests/Fixtures")
        let library = FileManager.default.temporaryDirectory.appendingPathComponent("danvan-multi-\(UUID().uuidString)")
        let importer = try! PlanImporter(dataDirectory: data)
        let lib = PlanLibrary(directory: library)
        for name in ["hanoi-308-kh-ubnd-2025-du-lieu-chuyen-doi-so", "bacninh-141-kh-ubnd-2025-nang-luc-xay-dung-phap-luat",
                     "hcm-174-kh-ubnd-2025-binh-dang-gioi"] {
            _ = try! lib.save(importer.importFile(at: fixtures.appendingPathComponent(name + ".txt")))
            Thread.sleep(forTimeInterval: 0.01)  // distinct save times: the last saved is the default plan
        }
        return try! KnowledgeBase.load(dataDirectory: data, userPlansDirectory: library)
    }()

    func assistant() -> Assistant {
        Assistant(knowledge: Self.knowledge, catalog: Repository.catalog, today: CalendarDate(iso: "2025-11-25")!)
    }

    func testAQuestionNamingNoPlanIsAboutTheLastImported() {
        let r = assistant().respond(to: "hạn báo cáo")
        XCTAssertTrue(r.text.contains("16/12/2025"), r.text)
        XCTAssertTrue(r.document.source?.contains("174/KH-UBND") ?? false)
    }

    func testAPlanNamedByNumberOrTopic() {
        let a = assistant()
        let byNumber = a.respond(to: "hạn báo cáo của kế hoạch 308")
        XCTAssertTrue(byNumber.text.contains("15 hằng tháng"), byNumber.text)
        XCTAssertTrue(byNumber.text.contains("15/12/2025"), "the next monthly occurrence")
        // The plan stays in context for the next question.
        XCTAssertTrue(a.respond(to: "ai ký").text.contains("Trương Việt Dũng"))
        let byTopic = a.respond(to: "hạn báo cáo của kế hoạch bình đẳng giới")
        XCTAssertTrue(byTopic.text.contains("16/12/2025"), byTopic.text)
        let bacNinh = a.respond(to: "kế hoạch 141 hạn báo cáo")
        XCTAssertTrue(bacNinh.text.contains("15/11/2026"), "yearly deadline, next occurrence")
    }

    func testEveryAnswerSaysWhichPlan() {
        let a = assistant()
        for q in ["mục đích của kế hoạch 308", "nơi nhận kế hoạch 141", "người ký kế hoạch 174", "chỉ thị 33"] {
            XCTAssertNotNil(a.respond(to: q).document.source?.range(of: "Kế hoạch"), q)
        }
        XCTAssertTrue(a.respond(to: "chỉ thị 33").document.source?.contains("Đường An") ?? false,
                      "a document only the seed cites is answered from the seed")
    }

    func testAUnitIsAnsweredFromThePlanThatNamesIt() {
        let r = assistant().respond(to: "sở tư pháp có nhiệm vụ gì")
        XCTAssertTrue(r.document.source?.contains("141/KH-UBND") ?? false, r.text)
        XCTAssertTrue(r.text.contains("Chủ trì") || r.text.contains("Phối hợp"), r.text)
        XCTAssertLessThanOrEqual(r.text.count, 2500)
    }

    func testPlanList() {
        let r = assistant().respond(to: "danh sách kế hoạch")
        XCTAssertEqual(r.intent, "plan.list")
        for n in ["308/KH-UBND", "141/KH-UBND", "174/KH-UBND", "Đường An"] { XCTAssertTrue(r.text.contains(n), n) }
    }

    func testKTSigner() {
        let r = assistant().respond(to: "ai ký kế hoạch 141")
        XCTAssertTrue(r.text.contains("Phạm Văn Thịnh"))
        XCTAssertTrue(r.text.contains("KT."))
    }
}
