import DanVanKnowledge
import DanVanText
import XCTest

final class PlanCheckReportTests: XCTestCase {
    func testTheReportShowsEverythingUnderstood() throws {
        let plan = try TestSupport.importFixture(TestSupport.hanoi)
        // Laid out without wrapping, so a fact never straddles a line break.
        let text = DocumentRenderer(width: 10_000, color: false).render(PlanCheckReport.document(for: plan))
        for fact in ["308/KH-UBND", "17/11/2025", "Ủy ban nhân dân thành phố Hà Nội", "214/NQ-CP", "23/07/2025", "Thủ tướng Chính phủ",
                     "II.1.1. Xây dựng các Chiến lược", "Công an Thành phố", "Hoàn thành trong năm 2025", "trước ngày 15 hằng tháng",
                     "UBND Thành phố (qua Sở Khoa học và Công nghệ)", "Bộ Công An", "Trương Việt Dũng", "KT. Chủ tịch",
                     "không có gì được lưu"] {
            XCTAssertTrue(text.contains(fact), "missing \(fact)")
        }
        let document = PlanCheckReport.document(for: plan)
        XCTAssertEqual(document.title, Msg.checkTitle)
        let tables = document.blocks.compactMap { block -> AnswerDocument.Table? in
            if case .table(let t) = block { return t }
            return nil
        }
        XCTAssertEqual(tables.first?.rows.count, plan.documents.count)
        XCTAssertEqual(tables.last?.rows.count, plan.deadlines.count)
    }

    func testMissingFactsAreSaidToBeMissing() throws {
        let seed = try TestSupport.importFixture(TestSupport.seed)
        let text = PlanCheckReport.text(for: seed)
        XCTAssertTrue(text.contains(Msg.checkNumber(nil)))
        XCTAssertTrue(text.contains(Msg.checkDate(nil, place: nil)))
        XCTAssertTrue(text.contains("Yearly") == false)
        XCTAssertTrue(text.contains("Người ký: TM. Ủy ban nhân dân, Chủ tịch Đào Đức Vỹ"))
    }
}
