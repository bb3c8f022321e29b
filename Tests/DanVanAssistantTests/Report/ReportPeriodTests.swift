@testable import DanVanAssistant
import DanVanKnowledge
import DanVanText
import XCTest

final class ReportPeriodTests: XCTestCase {
    let plan = ReportFixture.plan
    func day(_ iso: String) -> CalendarDate { ReportFixture.day(iso) }

    func testRoundTwoRunsFromRoundOnesDeadlineToTheDayBeforeItsOwn() throws {
        let p = try ReportPeriod(round: 2, plan: plan, today: day("2025-09-10"))
        XCTAssertEqual(p.start, day("2025-09-03"))
        XCTAssertEqual(p.deadline, day("2025-12-02"))
        XCTAssertEqual(p.lastDay, day("2025-12-01"))
        XCTAssertEqual(p.section, "III.3")
        XCTAssertEqual(p.placement(of: day("2025-09-02")), .before)
        XCTAssertEqual(p.placement(of: day("2025-09-03")), .within)
        XCTAssertEqual(p.placement(of: day("2025-12-01")), .within)
        XCTAssertEqual(p.placement(of: day("2025-12-02")), .after)
    }

    func testRoundOneOfAnUndatedPlanHasNoStart() throws {
        XCTAssertNil(plan.date, "the seed plan's text gives no date")
        let p = try ReportPeriod(round: 1, plan: plan, today: day("2025-08-01"))
        XCTAssertNil(p.start)
        XCTAssertEqual(p.placement(of: day("2025-01-01")), .within)
        XCTAssertEqual(p.placement(of: day("2025-09-02")), .within)
        XCTAssertEqual(p.placement(of: day("2025-09-03")), .after)
    }

    func testRoundOneOfADatedPlanStartsOnThePlansDate() throws {
        var dated = plan
        dated.date = day("2025-08-10")
        let p = try ReportPeriod(round: 1, plan: dated, today: day("2025-08-20"))
        XCTAssertEqual(p.start, day("2025-08-10"))
        XCTAssertEqual(p.placement(of: day("2025-08-09")), .before)
    }

    func testWithoutARoundTheNextDeadlineDecides() throws {
        XCTAssertEqual(try ReportPeriod(round: nil, plan: plan, today: day("2025-08-01")).round, 1)
        XCTAssertEqual(try ReportPeriod(round: nil, plan: plan, today: day("2025-09-03")).round, 1, "deadline day itself")
        XCTAssertEqual(try ReportPeriod(round: nil, plan: plan, today: day("2025-09-04")).round, 2)
        XCTAssertEqual(try ReportPeriod(round: nil, plan: plan, today: day("2026-01-10")).round, 2, "after the last: the last")
    }

    func testARoundThePlanLacksIsAnError() {
        XCTAssertThrowsError(try ReportPeriod(round: 3, plan: plan, today: day("2025-09-10"))) { error in
            XCTAssertEqual(error as? ReportError, .roundNotInPlan(3, available: [1, 2]))
            XCTAssertEqual((error as? ReportError)?.message, "Kế hoạch không có báo cáo lần 3; kế hoạch chỉ nêu lần 1, lần 2.")
        }
        var none = plan
        none.deadlines = []
        XCTAssertThrowsError(try ReportPeriod(round: 1, plan: none, today: day("2025-09-10"))) { error in
            XCTAssertEqual(error as? ReportError, .noRounds)
        }
    }
}
