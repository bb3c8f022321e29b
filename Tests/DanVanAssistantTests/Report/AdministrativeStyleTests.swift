@testable import DanVanAssistant
import DanVanKnowledge
import DanVanText
import XCTest

final class AdministrativeStyleTests: XCTestCase {
    /// The repository's vocabulary: levels (`Data/vocabulary/plan-import.yaml`), symbol rules
    /// (`Data/units.yaml`), openings that say "carry out" (`Intents/entities.yaml`).
    let style = AdministrativeStyle(units: Repository.knowledge.units, carryOutOpenings: Repository.catalog.vocabulary.carryOutOpenings)

    func testSymbolsAreInitialsOfTheIssuingBody() {
        XCTAssertEqual(style.symbol(of: "Phòng Văn hóa - Xã hội"), "VHXH")
        XCTAssertEqual(style.symbol(of: "Phòng Kinh tế"), "KT")
        XCTAssertEqual(style.symbol(of: "Văn phòng HĐND và UBND"), "VP")
        XCTAssertEqual(style.symbol(of: "Trung tâm sự nghiệp công xã"), "TTSNC")
        XCTAssertEqual(style.symbol(of: "Trung tâm Phục vụ hành chính công"), "TTPVHCC")
        XCTAssertEqual(style.symbol(of: "Ủy ban nhân dân xã Đường An"), "UBND")
        XCTAssertEqual(style.symbol(of: "Ban Chỉ huy Quân sự xã"), "BCHQS")
    }

    func testPlaceComesFromTheAuthoritysName() {
        XCTAssertEqual(style.place(ofIssuer: "Ủy ban nhân dân xã Đường An"), "Đường An")
        XCTAssertEqual(style.place(ofIssuer: "Ủy ban nhân dân thành phố Hà Nội"), "Hà Nội")
        XCTAssertEqual(style.place(ofIssuer: "Ủy ban nhân dân tỉnh Bắc Ninh"), "Bắc Ninh")
        XCTAssertNil(style.place(ofIssuer: "Phòng Văn hóa - Xã hội"))
    }

    func testDateLinePadsSmallDaysAndJanuaryFebruary() {
        func line(_ iso: String) -> String { AdministrativeStyle.dateLine(place: "Đường An", date: CalendarDate(iso: iso)!) }
        XCTAssertEqual(line("2025-09-05"), "Đường An, ngày 05 tháng 9 năm 2025")
        XCTAssertEqual(line("2026-02-14"), "Đường An, ngày 14 tháng 02 năm 2026")
        XCTAssertEqual(line("2025-12-25"), "Đường An, ngày 25 tháng 12 năm 2025")
        XCTAssertEqual(AdministrativeStyle.dateLine(place: nil, date: CalendarDate(iso: "2025-12-25")!), "……, ngày 25 tháng 12 năm 2025")
    }

    func testSubjectComesFromThePlansTitle() throws {
        let plan = ReportFixture.plan
        let period = try ReportPeriod(round: 2, plan: plan, today: CalendarDate(iso: "2025-10-01")!)
        XCTAssertEqual(style.subject(plan: plan, period: period, compiled: false),
                       "Kết quả thực hiện công tác dân vận của các cơ quan hành chính nhà nước, chính quyền cơ sở trên địa bàn xã Đường An lần 2 năm 2025")
        var other = plan
        other.title = "Nâng cao năng lực xây dựng pháp luật trên địa bàn tỉnh"
        other.issuer = "Ủy ban nhân dân tỉnh Bắc Ninh"
        let subject = style.subject(plan: other, period: period, compiled: true)
        XCTAssertEqual(subject, "Tổng hợp kết quả thực hiện Kế hoạch nâng cao năng lực xây dựng pháp luật trên địa bàn tỉnh lần 2 năm 2025")
        XCTAssertFalse(subject.contains("dân vận"), "the topic is never assumed")
    }

    func testHeaderOfAUnitAndOfTheAuthority() {
        let today = CalendarDate(iso: "2025-12-05")!
        let unit = style.header(plan: ReportFixture.plan, office: "Phòng Kinh tế", today: today)
        XCTAssertEqual(unit.authority, "ỦY BAN NHÂN DÂN XÃ ĐƯỜNG AN")
        XCTAssertEqual(unit.office, "PHÒNG KINH TẾ")
        XCTAssertEqual(unit.numberLine, "Số:      /BC-KT")
        XCTAssertEqual(unit.placeDate, "Đường An, ngày 05 tháng 12 năm 2025")
        let authority = style.header(plan: ReportFixture.plan, office: nil, today: today)
        XCTAssertNil(authority.office)
        XCTAssertEqual(authority.numberLine, "Số:      /BC-UBND")
    }

    func testTheRulesAreTheVocabularys() {
        // Another country of rules, as data: no word of them is in the code.
        var units = UnitDirectory(units: [], levelWords: ["ấp"], initialsSkip: ["cùng"],
                                  symbols: UnitDirectory.SymbolRules(names: ["ban tiếp dân": "BTD"], droppedHeads: ["tổ"]))
        units.add([])
        let other = AdministrativeStyle(units: units, carryOutOpenings: [["to", "chuc"]])
        XCTAssertEqual(other.symbol(of: "Tổ Dân vận cùng Mặt trận"), "DVMT")
        XCTAssertEqual(other.symbol(of: "Ban tiếp dân ấp Tân Hòa"), "BTD")
        XCTAssertEqual(other.place(ofIssuer: "Ban điều hành ấp Tân Hòa"), "Tân Hòa")
        XCTAssertNil(other.place(ofIssuer: "Ủy ban nhân dân xã Đường An"))
        var plan = ReportFixture.plan
        plan.title = "Tổ chức Ngày hội đại đoàn kết năm 2026"
        XCTAssertEqual(other.topic(of: plan).topic, "Ngày hội đại đoàn kết")
        XCTAssertEqual(other.topic(of: plan).year, 2026)
    }
}
