import DanVanAssistant
import DanVanKnowledge
import DanVanText
import XCTest

/// An acronym a plan defines ("hộ kinh doanh (HKD)") is answered from that plan once it is loaded.
final class PlanAbbreviationTests: XCTestCase {
    static func knowledge(with fixtures: [String]) -> KnowledgeBase {
        let data = Repository.root.appendingPathComponent("Data")
        let library = FileManager.default.temporaryDirectory.appendingPathComponent("danvan-abbr-\(UUID().uuidString)")
        let importer = try! PlanImporter(dataDirectory: data)
        for name in fixtures {
            let file = Repository.root.appendingPathComponent("Tests/DanVanKnowledgeTests/Fixtures/" + name)
            _ = try! PlanLibrary(directory: library).save(importer.importFile(at: file))
        }
        return try! KnowledgeBase.load(dataDirectory: data, userPlansDirectory: library, cacheDirectory: nil)
    }

    private func ask(_ q: String, _ knowledge: KnowledgeBase) -> Reply {
        Assistant(knowledge: knowledge, catalog: Repository.catalog, today: CalendarDate(iso: "2025-12-05")!).respond(to: q)
    }

    func testTheLoadedPlansAcronymIsAnswered() {
        let knowledge = Self.knowledge(with: ["synthetic-phuong-tan-an-ho-kinh-doanh.txt"])
        for q in ["HKD là gì", "hkd là gì"] {
            let r = ask(q, knowledge)
            XCTAssertEqual(r.intent, "glossary", q)
            XCTAssertTrue(r.text.contains("hộ kinh doanh"), "\(q): \(r.text)")
            XCTAssertTrue(r.text.contains("27/KH-UBND"), "\(q): names the plan: \(r.text)")
        }
    }

    func testAnotherPlansAcronym() {
        let knowledge = Self.knowledge(with: ["dak-lak-0134-kh-ubnd-2025.txt"])
        let r = ask("NTTS là gì", knowledge)
        XCTAssertEqual(r.intent, "glossary")
        XCTAssertTrue(r.text.contains("nuôi trồng thủy sản"), r.text)
    }

    func testWithoutThePlanTheAcronymIsUnknown() {
        XCTAssertFalse(ask("HKD là gì", Repository.knowledge).text.contains("hộ kinh doanh"))
    }
}
