@testable import DanVanAssistant
import DanVanKnowledge
import DanVanText
import XCTest

final class AdministrativeStyleTests: XCTestCase {
    /// The repository's one list of administrative levels (`Data/vocabulary/plan-import.yaml`).
    let levels = Repository.knowledge.units.levelPhrases

    func testSymbolsAreInitialsOfTheIssuingBody() {
        XCTAssertEqual(AdministrativeStyle.symbol(of: "Phòng Văn hóa - Xã hội", levels: levels), "VHXH")
        XCTAssertEqual(AdministrativeStyle.symbol(of: "Phòng Kinh tế", levels: levels), "KT")
        XCTAssertEqual(AdministrativeStyle.symbol(of: "Văn phòng HĐND và UBND", levels: levels), "VP")
        XCTAssertEqual(AdministrativeStyle.symbol(of: "Trung tâm sự nghiệp công xã", levels: levels), "TTSNC")
        XCTAssertEqual(AdministrativeStyle.symbol(of: "Trung tâm Phục vụ hành chính công", levels: levels), "TTPVHCC")
        XCTAssertEqual(AdministrativeStyle.symbol(of: "Ủy ban nhân dân xã Đường An", levels: levels), "UBND")
        XCTAssertEqual(AdministrativeStyle.symbol(of: "Ban Chỉ huy Quân sự xã", levels: levels), "BCHQS")
    }

    func testPlaceComesFromTheAuthoritysName() {
        XCTAssertEqual(AdministrativeStyle.place(ofIssuer: "Ủy ban nhân dân xã Đường An", levels: levels), "Đường An")
        XCTAssertEqual(AdministrativeStyle.place(ofIssuer: "Ủy ban nhân dân thành phố Hà Nội", levels: levels), "Hà Nội")
        XCTAssertEqual(AdministrativeStyle.place(ofIssuer: "Ủy ban nhân dân tỉnh Bắc Ninh", levels: levels), "Bắc Ninh")
        XCTAssertNil(AdministrativeStyle.place(ofIssuer: "Phòng Văn hóa - Xã hội", levels: levels))
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
        XCTAssertEqual(AdministrativeStyle.subject(plan: plan, period: period, compiled: false),
                       "Kết quả thực hiện công tác dân vận của các cơ quan hành chính nhà nước, chính quyền cơ sở trên địa bàn xã Đường An lần 2 năm 2025")
        var other = plan
        other.title = "Nâng cao năng lực xây dựng pháp luật trên địa bàn tỉnh"
        other.issuer = "Ủy ban nhân dân tỉnh Bắc Ninh"
        let subject = AdministrativeStyle.subject(plan: other, period: period, compiled: true)
        XCTAssertEqual(subject, "Tổng hợp kết quả thực hiện Kế hoạch nâng cao năng lực xây dựng pháp luật trên địa bàn tỉnh lần 2 năm 2025")
        XCTAssertFalse(subject.contains("dân vận"), "the topic is never assumed")
    }

    func testHeaderOfAUnitAndOfTheAuthority() {
        let today = CalendarDate(iso: "2025-12-05")!
        let unit = AdministrativeStyle.header(plan: ReportFixture.plan, office: "Phòng Kinh tế", levels: levels, today: today)
        XCTAssertEqual(unit.authority, "ỦY BAN NHÂN DÂN XÃ ĐƯỜNG AN")
        XCTAssertEqual(unit.office, "PHÒNG KINH TẾ")
        XCTAssertEqual(unit.numberLine, "Số:      /BC-KT")
        XCTAssertEqual(unit.placeDate, "Đường An, ngày 05 tháng 12 năm 2025")
        let authority = AdministrativeStyle.header(plan: ReportFixture.plan, office: nil, levels: levels, today: today)
        XCTAssertNil(authority.office)
        XCTAssertEqual(authority.numberLine, "Số:      /BC-UBND")
    }
}
