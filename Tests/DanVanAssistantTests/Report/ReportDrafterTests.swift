@testable import DanVanAssistant
import DanVanTasks
import DanVanText
import XCTest

final class ReportDrafterTests: XCTestCase {
    func numbers(_ items: [ReportItem]) -> [String] { items.map(\.task.number) }

    func testUnitReportRoundTwoGroupsEveryState() throws {
        let f = try ReportFixture(self)
        let r = try f.unitReport("phòng kinh tế", round: 2, today: "2025-12-05")
        XCTAssertEqual(r.unit, "Phòng Kinh tế")
        XCTAssertEqual(numbers(r.items(.completedWithin)), [f.number("doneOnDeadline1")], "03/09 opens round 2")
        XCTAssertEqual(numbers(r.items(.completedBefore)), [f.number("doneRound1")])
        XCTAssertEqual(numbers(r.items(.completedAfter)), [f.number("doneOnDeadline2")], "02/12 is past round 2")
        XCTAssertEqual(numbers(r.items(.inProgress)), [f.number("inProgress"), f.number("typedUnit")])
        XCTAssertEqual(numbers(r.items(.overdue)), [f.number("overdue")], "a note does not make an overdue task in progress")
        XCTAssertEqual(numbers(r.items(.notStarted)), [f.number("notStarted"), f.number("noDue")])
        XCTAssertFalse(r.items.contains { $0.task.id == f.ids["deleted"] }, "deleted tasks are left out")
        XCTAssertFalse(r.items.contains { $0.task.unit == "Phòng Văn hóa - Xã hội" })
    }

    func testUnitReportCountsAndPercentages() throws {
        let f = try ReportFixture(self)
        let c = try f.unitReport("Phòng Kinh tế", round: 2, today: "2025-12-05").counts
        XCTAssertEqual(c.total, 8)
        XCTAssertEqual(c.completed, 3)
        XCTAssertEqual(c.completedWithin, 1)
        XCTAssertEqual(c.completedOutside, 2)
        XCTAssertEqual(c.inProgress, 2)
        XCTAssertEqual(c.overdue, 1)
        XCTAssertEqual(c.notStarted, 2)
        XCTAssertEqual(c.percent(c.completed), 38, "3/8 = 37.5% rounds half up")
        XCTAssertEqual(c.percent(c.overdue), 13)
        XCTAssertEqual(ReportCounts.percent(1, of: 3), 33)
        XCTAssertEqual(ReportCounts.percent(2, of: 3), 67)
        XCTAssertNil(ReportCounts.percent(0, of: 0))
    }

    func testRoundOneSeesTheSameBoundaryFromTheOtherSide() throws {
        let f = try ReportFixture(self)
        let r = try f.unitReport("Phòng Kinh tế", round: 1, today: "2025-09-05")
        XCTAssertEqual(numbers(r.items(.completedWithin)), [f.number("doneRound1")], "02/09 is the last day of round 1")
        XCTAssertTrue(numbers(r.items(.completedAfter)).contains(f.number("doneOnDeadline1")), "03/09 is after round 1")
        XCTAssertTrue(r.items(.completedBefore).isEmpty, "round 1 of an undated plan has no start")
    }

    func testOverdueCountsFromTheDayOfTheReport() throws {
        let f = try ReportFixture(self)
        let early = try f.unitReport("Phòng Kinh tế", round: 2, today: "2025-10-20")
        XCTAssertEqual(early.items.first { $0.task.id == f.ids["overdue"] }?.state, .inProgress, "due 01/11: not yet overdue")
        let late = try f.unitReport("Phòng Kinh tế", round: 2, today: "2025-11-02")
        XCTAssertEqual(late.items.first { $0.task.id == f.ids["overdue"] }?.state, .overdue)
    }

    func testLatestNotesAreTheNewestTwo() throws {
        let f = try ReportFixture(self)
        let item = try XCTUnwrap(try f.unitReport("Phòng Kinh tế", round: 2, today: "2025-12-05").items.first { $0.task.id == f.ids["inProgress"] })
        XCTAssertEqual(item.notes.count, 3)
        XCTAssertEqual(item.latestNotes.map(\.text), ["đã có dự thảo điều lệ", "chờ đăng ký"])
    }

    func testAUnitWithoutTasksGetsAnEmptyHonestReport() throws {
        let f = try ReportFixture(self)
        let r = try f.unitReport("trung tâm sự nghiệp công", round: 2, today: "2025-12-05")
        XCTAssertEqual(r.unit, "Trung tâm sự nghiệp công xã")
        XCTAssertEqual(r.counts.total, 0)
        XCTAssertTrue(ReportDraft.unit(r).markdown.contains(Msg.reportNoTasks("Trung tâm sự nghiệp công xã")))
    }

    func testCompiledReportTableAndUnitsNotReported() throws {
        let f = try ReportFixture(self)
        let r = try f.compiledReport(round: 2, today: "2025-12-05")
        XCTAssertEqual(r.compiler, "Phòng Văn hóa - Xã hội", "the plan's reportsTo")
        XCTAssertEqual(r.rows.map(\.unit), ["Phòng Kinh tế", "Phòng Văn hóa - Xã hội", "Trung tâm sự nghiệp công xã", nil])
        let kt = r.rows[0], vhxh = r.rows[1], ttsnc = r.rows[2], nobody = r.rows[3]
        XCTAssertEqual([kt.counts.total, kt.counts.completed, kt.counts.overdue], [8, 3, 1])
        XCTAssertEqual([vhxh.counts.total, vhxh.counts.completed, vhxh.counts.overdue], [2, 1, 1])
        XCTAssertEqual(ttsnc.counts.total, 0, "named by the plan, no task in the store")
        XCTAssertEqual(nobody.counts.total, 1)
        XCTAssertEqual(kt.reported, true)
        XCTAssertEqual(vhxh.reported, false, "its only completion (20/08) is before round 2")
        XCTAssertEqual(ttsnc.reported, false)
        XCTAssertNil(nobody.reported)
        XCTAssertEqual(r.notReported, ["Phòng Văn hóa - Xã hội", "Trung tâm sự nghiệp công xã"])
        XCTAssertEqual(r.totals.total, 11)
        XCTAssertEqual(r.totals.overdue, 2)
    }

    func testCompiledRoundOneCountsTheOtherCompletions() throws {
        let f = try ReportFixture(self)
        let r = try f.compiledReport(round: 1, today: "2025-09-05")
        XCTAssertEqual(r.rows.first { $0.unit == "Phòng Văn hóa - Xã hội" }?.reported, true, "done 20/08, inside round 1")
        XCTAssertEqual(r.rows.first { $0.unit == "Phòng Kinh tế" }?.reported, true, "done 02/09, inside round 1")
    }

    func testBadRequestsAreTypedErrors() throws {
        let f = try ReportFixture(self)
        func error(_ request: ReportRequest) -> ReportError? {
            do { _ = try f.draft(request, today: "2025-12-05"); return nil } catch { return error as? ReportError }
        }
        guard case .unknownUnit(let typed, _)? = error(ReportRequest(unit: "phòng thể dục thể thao", round: 2)) else {
            return XCTFail("unknown unit")
        }
        XCTAssertEqual(typed, "phòng thể dục thể thao")
        XCTAssertEqual(error(ReportRequest(unit: "Phòng Kinh tế", round: 3)), .roundNotInPlan(3, available: [1, 2]))
        XCTAssertEqual(error(ReportRequest(round: 2)), .unitMissing)
        XCTAssertEqual(error(ReportRequest(unit: "Phòng Kinh tế", compiled: true)), .unitAndCompiled)
        XCTAssertEqual(error(ReportRequest(unit: "các phòng", round: 2)), .collectiveUnit("Các phòng, đơn vị sự nghiệp thuộc xã"))
    }

    func testAMissingStoreIsNotCreated() throws {
        let path = try ReportFixture.folder(self).appendingPathComponent("none.sqlite").path
        XCTAssertThrowsError(try ReportFixture.drafter(today: "2025-12-05").draft(ReportRequest(unit: "Phòng Kinh tế"), storePath: path)) {
            XCTAssertEqual($0 as? ReportError, .noStore(path: path))
        }
        XCTAssertFalse(FileManager.default.fileExists(atPath: path))
    }
}
