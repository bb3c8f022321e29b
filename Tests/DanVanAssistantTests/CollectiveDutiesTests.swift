import DanVanAssistant
import DanVanKnowledge
import DanVanText
import XCTest

/// "Nhiệm vụ của Sở Nội vụ" also lists, marked as shared, the duties the plan gives a group the unit
/// belongs to ("các đơn vị", "UBND cấp xã"), on a synthetic plan and on a real one (Hà Nội 308).
final class CollectiveDutiesTests: XCTestCase {
    static let synthetic = AppendixQuestionTests.knowledge("synthetic-tinh-binh-an-don-vi-chung.txt")
    static let hanoi = AppendixQuestionTests.knowledge("hanoi-308-kh-ubnd-2025-du-lieu-chuyen-doi-so.txt")

    func ask(_ q: String, _ knowledge: KnowledgeBase) -> Reply {
        Assistant(knowledge: knowledge, catalog: Repository.catalog, today: CalendarDate(iso: "2025-11-30")!).respond(to: q)
    }

    func testAUnitGetsTheDutiesOfItsGroups() {
        let r = ask("nhiệm vụ của Sở Nội vụ", Self.synthetic)
        XCTAssertEqual(r.intent, "unit.duties")
        XCTAssertTrue(r.text.contains("Chủ trì theo dõi, tổng hợp kết quả thực hiện Kế hoạch."), r.text)
        XCTAssertTrue(r.text.contains(Msg.collectiveDuties("Các đơn vị")), r.text)
        XCTAssertTrue(r.text.contains("Báo cáo kết quả thực hiện về Sở Nội vụ trước ngày 15/12/2026."), r.text)
        XCTAssertFalse(r.text.contains("Cập nhật dữ liệu dân cư"), "a commune's duty is not a department's: \(r.text)")
    }

    func testAGroupGetsTheDutiesOfTheGroupsHoldingIt() {
        let r = ask("nhiệm vụ của ủy ban nhân dân các xã, phường", Self.synthetic)
        XCTAssertEqual(r.intent, "unit.duties")
        XCTAssertTrue(r.text.contains(Msg.collectiveDuties("UBND cấp xã")), r.text)
        XCTAssertTrue(r.text.contains("Cập nhật dữ liệu dân cư trên địa bàn."), r.text)
        XCTAssertTrue(r.text.contains(Msg.collectiveDuties("Các đơn vị")), r.text)
    }

    func testAUnitIsTypedWithTheGlossarysAcronyms() {
        // "ubnd" for "Ủy ban nhân dân", as the glossary writes it: the unit, not the glossary entry.
        let r = ask("ubnd các xã phường làm gì", Self.synthetic)
        XCTAssertEqual(r.intent, "unit.duties")
        XCTAssertTrue(r.text.contains("Cập nhật dữ liệu dân cư trên địa bàn."), r.text)
        let written = ask("nhiệm vụ của ủy ban nhân dân các xã, phường", Self.synthetic)
        XCTAssertEqual(r.text, written.text)
    }

    func testARealPlansDepartments() {
        let r = ask("nhiệm vụ của Sở Tài chính", Self.hanoi)
        XCTAssertEqual(r.intent, "unit.duties")
        XCTAssertTrue(r.text.contains(Msg.collectiveDuties("Các Sở, ban, ngành")), r.text)
        XCTAssertTrue(r.text.contains("[II.1.2]"), r.text)
    }
}
