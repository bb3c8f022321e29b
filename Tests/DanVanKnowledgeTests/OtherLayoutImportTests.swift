import DanVanKnowledge
import DanVanText
import XCTest

/// Layouts the real fixtures do not have (see Fixtures/README.md): the importer is not tuned to one file.
final class OtherLayoutImportTests: XCTestCase {
    private func date(_ y: Int, _ m: Int, _ d: Int) -> CalendarDate { CalendarDate(year: y, month: m, day: d)! }

    func testTwoColumnHeaderAndClosingCopiedLineByLine() throws {
        let plan = try TestSupport.importFixture("synthetic-xa-an-lao-cai-cach-hanh-chinh.txt")
        XCTAssertEqual(plan.number, "45/KH-UBND", "written \"45 /KH-UBND\"")
        XCTAssertEqual(plan.date, date(2025, 9, 10))
        XCTAssertEqual(plan.place, "An Lão")
        XCTAssertEqual(plan.issuer, "Ủy ban nhân dân xã An Lão")
        XCTAssertEqual(plan.title, "Cải cách hành chính năm 2025 trên địa bàn xã An Lão")
        XCTAssertEqual(plan.topics, ["cải cách hành chính"])
        XCTAssertEqual(plan.documents.map { $0.symbol ?? $0.name ?? "" },
                       ["76/NQ-CP", "1234/QĐ-UBND", "08/CT-TTg", "Luật Ban hành văn bản quy phạm pháp luật"])
        XCTAssertEqual(plan.documents[1].date, date(2025, 1, 2))
        XCTAssertEqual(plan.units.map(\.name), ["Văn phòng HĐND và UBND", "Phòng Kinh tế", "Trung tâm Phục vụ hành chính công",
                                                "Các phòng, ban, đơn vị thuộc UBND xã"])
        XCTAssertEqual(plan.allUnitsSection, "III.4")
        XCTAssertEqual(plan.deadlines.map(\.label), ["Báo cáo sơ kết 6 tháng", "Báo cáo tổng kết năm"])
        XCTAssertEqual(plan.deadlines.map(\.date), [date(2025, 6, 15), date(2025, 12, 15)])
        XCTAssertEqual(plan.reportsTo, "Văn phòng HĐND và UBND")
        XCTAssertEqual(plan.recipients, ["UBND thành phố", "Lưu: VT"])
        XCTAssertEqual(plan.signer, Signer(mode: "TL.", title: "Chánh Văn phòng", name: "Lê Văn Nam", signsFor: "Chủ tịch"))
    }

    func testArabicSectionsAndAWardPlan() throws {
        let plan = try TestSupport.importFixture("synthetic-phuong-hong-bang-an-toan-thuc-pham.txt")
        XCTAssertEqual(plan.issuer, "Ủy ban nhân dân phường Hồng Bàng")
        XCTAssertEqual(plan.sections.map(\.id), ["1", "2", "2.1", "2.2", "3", "3.1", "3.2"])
        XCTAssertEqual(plan.section("1")?.role, .purposeAndRequirements)
        XCTAssertEqual(plan.section("3")?.role, .organization)
        XCTAssertEqual(plan.documents.first?.name, "Luật An toàn thực phẩm")
        XCTAssertEqual(plan.documents.first?.date, date(2010, 6, 17))
        let support = plan.units.filter { $0.duties.contains { $0.section == "2.1" && $0.role == .support } }.map(\.name)
        XCTAssertEqual(support, ["Ủy ban Mặt trận Tổ quốc Việt Nam phường", "Hội Liên hiệp Phụ nữ", "Đoàn Thanh niên"])
        XCTAssertEqual(plan.units.first { $0.name == "Phòng Kinh tế, Hạ tầng và Đô thị" }?.duties.first?.role, .lead)
        // "- Thời gian thực hiện: Tháng 10 năm 2025." under "2.1. Tuyên truyền": due at the end of October.
        XCTAssertEqual(plan.deadlines.first?.label, "Tuyên truyền")
        XCTAssertEqual(plan.deadlines.first?.date, date(2025, 10, 31))
        let report = try XCTUnwrap(plan.deadlines.first { $0.section == "3.1" })
        XCTAssertEqual(report.date, date(2025, 11, 25), "chậm nhất ngày 25/11/2025")
        XCTAssertEqual(report.recipient, "Ủy ban nhân dân phường")
        XCTAssertEqual(plan.deadlines.count, 3)
        XCTAssertEqual(plan.deadlines.last?.recurrence, .monthly)
        XCTAssertEqual(plan.deadlines.last?.day, 20)
        XCTAssertEqual(plan.signer?.name, "Nguyễn Thị Hoa", "after the \"(Đã ký)\" note")
        XCTAssertEqual(plan.signer?.mode, "KT.")
    }
}
