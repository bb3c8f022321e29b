import DanVanKnowledge
import DanVanText
import XCTest

/// Three real provincial plans of 2025, one paragraph per line (see Fixtures/README.md).
final class RealPlanImportTests: XCTestCase {
    private lazy var hanoi = try! TestSupport.importFixture(TestSupport.hanoi)
    private lazy var hcm = try! TestSupport.importFixture(TestSupport.hcm)
    private lazy var bacNinh = try! TestSupport.importFixture(TestSupport.bacNinh)

    private func date(_ y: Int, _ m: Int, _ d: Int) -> CalendarDate { CalendarDate(year: y, month: m, day: d)! }

    private func document(_ plan: Plan, _ symbol: String, file: StaticString = #filePath, line: UInt = #line) throws -> LegalDocument {
        try XCTUnwrap(plan.documents.first { $0.symbol == symbol }, "\(symbol) not found", file: file, line: line)
    }

    private func duties(_ plan: Plan, _ unit: String) -> [Duty] {
        plan.units.first { $0.name == unit }?.duties ?? []
    }

    // MARK: Hà Nội 308/KH-UBND

    func testHanoiHeader() {
        XCTAssertEqual(hanoi.number, "308/KH-UBND")
        XCTAssertEqual(hanoi.date, date(2025, 11, 17))
        XCTAssertEqual(hanoi.place, "Hà Nội")
        XCTAssertEqual(hanoi.issuer, "Ủy ban nhân dân thành phố Hà Nội")
        XCTAssertTrue(hanoi.title.hasPrefix("Triển khai thực hiện Nghị quyết số 214/NQ-CP ngày 23/7/2025 của Chính phủ"), hanoi.title)
        XCTAssertTrue(hanoi.title.hasSuffix("chuyển đổi số toàn diện"))
        XCTAssertEqual(hanoi.topics, ["dữ liệu", "chuyển đổi số"])
    }

    func testHanoiLegalBases() throws {
        XCTAssertEqual(hanoi.documents.compactMap(\.symbol), ["214/NQ-CP", "278/2025/NĐ-CP", "142/QĐ-TTg", "1229/QĐ-UBND"])
        let nq214 = try document(hanoi, "214/NQ-CP")
        XCTAssertEqual(nq214.kind, "Nghị quyết")
        XCTAssertEqual(nq214.date, date(2025, 7, 23))
        XCTAssertEqual(nq214.issuer, "Chính phủ")
        XCTAssertEqual(nq214.sections.first, "preamble")
        XCTAssertTrue(nq214.sections.contains("II.1.2"))
        // Cited without a date, then dated inside the next citation's quoted subject.
        XCTAssertEqual(try document(hanoi, "142/QĐ-TTg").date, date(2024, 2, 2))
        XCTAssertEqual(try document(hanoi, "142/QĐ-TTg").issuer, "Thủ tướng Chính phủ")
        XCTAssertEqual(try document(hanoi, "1229/QĐ-UBND").date, date(2025, 2, 28))
        XCTAssertEqual(try document(hanoi, "278/2025/NĐ-CP").subject?.hasPrefix("quy định về kết nối, chia sẻ dữ liệu"), true)
    }

    func testHanoiLeadAndSupportUnits() throws {
        let science = duties(hanoi, "Sở Khoa học và Công nghệ")
        let lead = try XCTUnwrap(science.first { $0.section == "II.1.1" })
        XCTAssertEqual(lead.role, .lead)
        XCTAssertEqual(lead.timing, "Hoàn thành trong năm 2025")
        XCTAssertTrue(lead.text.hasPrefix("Tham mưu UBND Thành phố phối hợp với Bộ Công an"))
        XCTAssertEqual(duties(hanoi, "Các Sở, ban, ngành").first { $0.section == "II.1.1" }?.role, .support)
        let police = duties(hanoi, "Công an Thành phố")
        XCTAssertEqual(police.count, 3)
        XCTAssertTrue(police.allSatisfy { $0.role == .lead && $0.section == "II.3" && $0.timing == "Thực hiện thường xuyên" })
        XCTAssertTrue(duties(hanoi, "UBND xã, phường").contains { $0.section == "II.3" && $0.role == .support })
        XCTAssertEqual(duties(hanoi, "Sở Tài chính").map(\.role), [.support])
        XCTAssertTrue(science.contains { $0.section == "III.1" && $0.role == .own })
        XCTAssertEqual(hanoi.allUnitsSection, "III.2")
        XCTAssertEqual(hanoi.section("II.4.1")?.role, .funding)
    }

    func testHanoiMonthlyDeadlines() throws {
        let monthly = hanoi.deadlines.filter { $0.recurrence == .monthly }
        XCTAssertEqual(monthly.map(\.day), [20, 15])
        let toCity = try XCTUnwrap(monthly.last)
        XCTAssertEqual(toCity.section, "III.2")
        XCTAssertEqual(toCity.label, "Báo cáo UBND Thành phố kết quả thực hiện")
        XCTAssertEqual(toCity.recipient, "UBND Thành phố (qua Sở Khoa học và Công nghệ)")
        XCTAssertEqual(hanoi.reportsTo, "Sở Khoa học và Công nghệ")
        XCTAssertEqual(toCity.nextOccurrence(from: date(2025, 11, 20)), date(2025, 12, 15))
        XCTAssertEqual(toCity.nextOccurrence(from: date(2025, 12, 15)), date(2025, 12, 15))
        XCTAssertEqual(toCity.nextOccurrence(from: date(2025, 12, 16)), date(2026, 1, 15))
    }

    func testHanoiClosing() {
        XCTAssertEqual(hanoi.recipients.count, 9)
        XCTAssertEqual(hanoi.recipients.first, "Bộ Công An")
        XCTAssertEqual(hanoi.recipients.last, "Lưu: VT, ĐMPT")
        XCTAssertEqual(hanoi.signer, Signer(mode: "KT.", authority: "Ủy ban nhân dân", title: "Phó Chủ tịch",
                                            name: "Trương Việt Dũng", signsFor: "Chủ tịch"))
    }

    // MARK: TP Hồ Chí Minh 174/KH-UBND

    func testHCMHeader() {
        XCTAssertEqual(hcm.number, "174/KH-UBND")
        XCTAssertEqual(hcm.date, date(2025, 11, 18))
        XCTAssertEqual(hcm.place, "Thành phố Hồ Chí Minh")
        XCTAssertEqual(hcm.issuer, "Ủy ban nhân dân thành phố Hồ Chí Minh")
        XCTAssertTrue(hcm.title.contains("bình đẳng giới và “Tháng hành động vì bình đẳng giới"), hcm.title)
        XCTAssertTrue(hcm.title.hasSuffix("Hồ Chí Minh"))
        XCTAssertTrue(hcm.topics.contains("bình đẳng giới"))
        XCTAssertEqual(hcm.preamble.components(separatedBy: "\n").count, 8)
    }

    func testHCMLegalBases() throws {
        XCTAssertEqual(hcm.documents.count, 11)
        let nq202 = try document(hcm, "202/2025/QH15")
        XCTAssertEqual(nq202.kind, "Nghị quyết", "the text's kind word beats the law default of a QH symbol")
        XCTAssertEqual(nq202.issuer, "Quốc hội")
        XCTAssertEqual(nq202.date, date(2025, 6, 12))
        let tb196 = try document(hcm, "196-TB/TW")
        XCTAssertEqual(tb196.kind, "Thông báo")
        XCTAssertEqual(tb196.issuer, "Ban Bí thư")
        XCTAssertEqual(tb196.date, date(2015, 3, 16))
        XCTAssertEqual(try document(hcm, "02-TT/TU").kind, "Thông tri")
        XCTAssertEqual(try document(hcm, "02-TT/TU").subject, "về lãnh đạo tiếp tục thực hiện hiệu quả “Tháng cùng phụ nữ hành động”")
        let cv = try document(hcm, "8935/BNV-CTTN&BĐG")
        XCTAssertEqual(cv.kind, "Công văn")
        XCTAssertEqual(cv.issuer, "Bộ Nội vụ")
        XCTAssertEqual(try document(hcm, "1855/QĐ-TTg").sections, ["V.1"])
        XCTAssertEqual(try document(hcm, "1855/QĐ-TTg").date, date(2009, 11, 11))
        XCTAssertTrue(hcm.documents.contains { $0.name == "Luật Phòng chống bạo lực gia đình" && $0.kind == "Luật" })
    }

    func testHCMUnits() throws {
        let homeAffairs = duties(hcm, "Sở Nội vụ")
        XCTAssertEqual(homeAffairs.first?.role, .lead)
        XCTAssertEqual(homeAffairs.first?.section, "III.1")
        XCTAssertEqual(homeAffairs.filter { $0.section == "V.1" && $0.role == .own }.count, 3)
        XCTAssertEqual(duties(hcm, "Sở Y tế").map(\.role), [.lead, .lead, .lead])
        XCTAssertEqual(duties(hcm, "Sở Giáo dục và Đào tạo").map(\.section), ["III.2"])
        let construction = try XCTUnwrap(duties(hcm, "Sở Xây dựng").first)
        XCTAssertTrue(construction.text.hasPrefix("Sở Xây dựng đăng tải thông điệp"))
        XCTAssertTrue(duties(hcm, "Các sở, ban, ngành, đoàn thể Thành phố").contains { $0.role == .support && $0.section == "III.2" })
        for front in ["Ủy ban Mặt trận Tổ quốc Việt Nam Thành phố", "Hội Liên hiệp Phụ nữ Thành phố", "Các tổ chức thành viên của Mặt trận"] {
            XCTAssertEqual(duties(hcm, front).map(\.section), ["V.3", "V.3"], front)
        }
        XCTAssertEqual(duties(hcm, "Ủy ban nhân dân phường, xã, đặc khu").filter { $0.section == "V.4" }.count, 1)
        XCTAssertEqual(hcm.allUnitsSection, "V.2")
    }

    func testHCMDeadlineAndSigner() throws {
        XCTAssertEqual(hcm.deadlines.count, 1)
        let report = try XCTUnwrap(hcm.deadlines.first)
        XCTAssertEqual(report.date, date(2025, 12, 16))
        XCTAssertEqual(report.recipient, "Sở Nội vụ")
        XCTAssertEqual(report.section, "VII")
        XCTAssertTrue(report.label.hasPrefix("Báo cáo công tác Bình đẳng giới năm 2025"))
        XCTAssertEqual(hcm.reportsTo, "Sở Nội vụ")
        XCTAssertEqual(hcm.section("VII")?.role, .reporting)
        XCTAssertEqual(hcm.section("VI")?.role, .funding)
        XCTAssertEqual(hcm.section("IV")?.role, .solutions)
        XCTAssertEqual(hcm.section("II")?.role, .goals)
        XCTAssertNil(hcm.section("II.1.1")?.role, "a goal under the goals section has no role of its own")
        XCTAssertEqual(hcm.recipients.count, 16)
        XCTAssertEqual(hcm.signer, Signer(mode: "KT.", authority: nil, title: "Phó Chủ tịch", name: "Trần Thị Diệu Thúy", signsFor: "Chủ tịch"))
    }

    // MARK: Bắc Ninh 141/KH-UBND

    func testBacNinhHeaderAndBases() throws {
        XCTAssertEqual(bacNinh.number, "141/KH-UBND")
        XCTAssertEqual(bacNinh.date, date(2025, 11, 20))
        XCTAssertEqual(bacNinh.place, "Bắc Ninh")
        XCTAssertEqual(bacNinh.issuer, "Ủy ban nhân dân tỉnh Bắc Ninh", "old tone placement UỶ normalised")
        XCTAssertEqual(bacNinh.title, "Nâng cao năng lực cho đội ngũ cán bộ, công chức xây dựng chính sách, pháp luật trên địa bàn tỉnh giai đoạn 2026 - 2030")
        XCTAssertEqual(bacNinh.documents.compactMap(\.symbol), ["14-KH/TU", "24/KH-UBND", "66-NQ/TW", "27/NQ-TW", "178-QĐ/TW", "197/2025/QH15"])
        XCTAssertEqual(try document(bacNinh, "14-KH/TU").issuer, "Ban Thường vụ Tỉnh ủy")
        XCTAssertNil(try document(bacNinh, "14-KH/TU").subject)
        XCTAssertEqual(try document(bacNinh, "24/KH-UBND").issuer, "UBND tỉnh")
        XCTAssertEqual(try document(bacNinh, "66-NQ/TW").date, date(2025, 4, 30))
        XCTAssertEqual(try document(bacNinh, "66-NQ/TW").issuer, "Bộ Chính trị")
        XCTAssertEqual(try document(bacNinh, "27/NQ-TW").date, date(2022, 11, 9), "written 27/NQ- TW")
        XCTAssertEqual(try document(bacNinh, "178-QĐ/TW").kind, "Quy định")
        XCTAssertEqual(try document(bacNinh, "197/2025/QH15").sections, ["III.2", "III.6", "IV.2"])
        XCTAssertEqual(bacNinh.documents.filter { $0.kind == "Luật" }.compactMap(\.name),
                       ["Luật Ban hành văn bản QPPL", "Luật Ngân sách nhà nước"])
    }

    func testBacNinhTaskLines() throws {
        let justice = duties(bacNinh, "Sở Tư pháp")
        let training = try XCTUnwrap(justice.first { $0.text.hasPrefix("Tổ chức tập huấn") })
        XCTAssertEqual(training.role, .lead)
        XCTAssertEqual(training.section, "III.4")
        XCTAssertEqual(training.timing, "Theo kế hoạch công tác tư pháp hàng năm")
        XCTAssertEqual(justice.first { $0.section == "III.1" }?.role, .support)
        XCTAssertEqual(duties(bacNinh, "UBND cấp xã").first?.role, .lead)
        let ai = try XCTUnwrap(duties(bacNinh, "Sở Khoa học và Công nghệ").first { $0.text.hasPrefix("Ra mắt AI") })
        XCTAssertEqual(ai.role, .lead)
        XCTAssertEqual(ai.timing, "Tháng 12/2025")
        let finance = duties(bacNinh, "Sở Tài chính")
        XCTAssertTrue(finance.contains { $0.section == "IV.2" && $0.role == .lead })
        XCTAssertTrue(duties(bacNinh, "Các Sở, ban, ngành, đơn vị").contains { $0.section == "IV.2" && $0.role == .support })
        XCTAssertTrue(justice.contains { $0.section == "IV.6" && $0.text.hasPrefix("Giao Sở Tư pháp theo dõi") })
        XCTAssertEqual(bacNinh.allUnitsSection, "IV.1")
    }

    func testBacNinhYearlyAndMonthDeadlines() throws {
        XCTAssertEqual(bacNinh.deadlines.count, 3)
        // "Thời gian thực hiện: Tháng 12/2025." under "- Ra mắt AI pháp luật …".
        let timing = try XCTUnwrap(bacNinh.deadlines.first)
        XCTAssertEqual(timing.date, date(2025, 12, 31))
        XCTAssertTrue(timing.label.hasPrefix("Ra mắt AI pháp luật"), timing.label)
        let planDone = try XCTUnwrap(bacNinh.deadlines.first { $0.section == "IV.1" && $0.date != nil })
        XCTAssertEqual(planDone.date, date(2025, 12, 31), "xong trong tháng 12/2025")
        let yearly = try XCTUnwrap(bacNinh.deadlines.last)
        XCTAssertEqual(yearly.recurrence, .yearly)
        XCTAssertEqual(yearly.day, 15)
        XCTAssertEqual(yearly.month, 11)
        XCTAssertEqual(yearly.recipient, "UBND tỉnh (qua Sở Tư pháp)")
        XCTAssertEqual(yearly.nextOccurrence(from: date(2025, 11, 20)), date(2026, 11, 15))
        XCTAssertEqual(yearly.nextOccurrence(from: date(2026, 3, 1)), date(2026, 11, 15))
        XCTAssertEqual(bacNinh.reportsTo, "Sở Tư pháp")
        XCTAssertEqual(bacNinh.recipients.first, "Bộ Tư pháp (b/c)")
        XCTAssertEqual(bacNinh.recipients.count, 8)
        XCTAssertEqual(bacNinh.signer, Signer(mode: "KT.", authority: "Ủy ban nhân dân", title: "Phó Chủ tịch",
                                              name: "Phạm Văn Thịnh", signsFor: "Chủ tịch"))
    }
}
