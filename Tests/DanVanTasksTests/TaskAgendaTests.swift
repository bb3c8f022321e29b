@testable import DanVanTasks
import DanVanText
import XCTest

/// The day's agenda: sections, unit filter, limits and totals, quietness, and its phrases.
final class TaskAgendaTests: XCTestCase {
    let today = TestSupport.today   // 10/09/2025
    var store: TaskStore!

    override func setUpWithError() throws {
        store = try TestSupport.store(self)
    }

    private func add(_ title: String, _ unit: String?, _ iso: String?) throws -> PlanTask {
        try store.add(TaskDraft(title: title, unit: unit, due: iso.flatMap(CalendarDate.init(iso:))), user: "lan")
    }

    func testSectionsByDeadlineAndUnit() throws {
        let late = try add("Họp tổ", "Phòng Kinh tế", "2025-09-01")
        let todayTask = try add("Tiếp dân", "Phòng Văn hóa - Xã hội", "2025-09-10")
        let soon = try add("Báo cáo", "Phòng Kinh tế", "2025-09-17")
        _ = try add("Xa", "Phòng Kinh tế", "2025-09-18")      // 8 days: outside the week
        _ = try add("Không hạn", "Phòng Kinh tế", nil)
        let done = try add("Đã xong", "Phòng Kinh tế", "2025-09-02")
        try store.complete(id: done.id, user: "lan")

        let all = try store.agenda(today: today, unit: nil)
        XCTAssertEqual(all.overdue.tasks.map(\.id), [late.id])
        XCTAssertEqual(all.dueToday.tasks.map(\.id), [todayTask.id])
        XCTAssertEqual(all.upcoming.tasks.map(\.id), [soon.id])

        let economy = try store.agenda(today: today, unit: "Phòng Kinh tế")
        XCTAssertEqual(economy.overdue.total, 1)
        XCTAssertEqual(economy.dueToday.total, 0)
        XCTAssertEqual(economy.upcoming.total, 1)
        XCTAssertTrue(try store.agenda(today: today, unit: "Phòng Tư pháp").isEmpty)
    }

    func testEachSectionShowsItsFirstTasksAndCountsTheRest() throws {
        for day in 1...8 { _ = try add("Việc \(day)", nil, "2025-09-0\(day)") }
        let agenda = try store.agenda(today: today, unit: nil, limit: 3)
        XCTAssertEqual(agenda.overdue.total, 8)
        XCTAssertEqual(agenda.overdue.tasks.map(\.title), ["Việc 1", "Việc 2", "Việc 3"])
        let text = PlainRenderer.render(try XCTUnwrap(AgendaDocument.make(agenda, plans: [], today: today, unit: nil)))
        XCTAssertTrue(text.contains("Quá hạn (8):"), text)
        XCTAssertTrue(text.contains("… và 5 nhiệm vụ khác"), text)
        XCTAssertTrue(text.contains("quá hạn 9 ngày"), text)
    }

    func testQuietWhenNothingIsDueAndPlanDeadlinesOnlyWhenNear() throws {
        _ = try add("Xa", nil, "2025-12-01")
        let empty = try store.agenda(today: today, unit: nil)
        XCTAssertNil(AgendaDocument.make(empty, plans: [], today: today, unit: nil))
        let far = AgendaDocument.PlanDeadline(plan: "Kế hoạch số 1", label: "Báo cáo lần 2", date: CalendarDate(iso: "2025-12-02")!)
        let past = AgendaDocument.PlanDeadline(plan: "Kế hoạch số 2", label: "Báo cáo lần 1", date: CalendarDate(iso: "2025-09-03")!)
        XCTAssertNil(AgendaDocument.make(empty, plans: [far, past], today: today, unit: nil))
        let near = AgendaDocument.PlanDeadline(plan: "Kế hoạch số 3", label: "Báo cáo tháng", date: CalendarDate(iso: "2025-09-25")!)
        let doc = try XCTUnwrap(AgendaDocument.make(empty, plans: [far, near, past], today: today, unit: "Phòng Kinh tế"))
        let text = PlainRenderer.render(doc)
        XCTAssertTrue(text.contains("Kế hoạch số 3: Báo cáo tháng — 25/09/2025, còn 15 ngày"), text)
        XCTAssertFalse(text.contains("Kế hoạch số 1"), text)
        XCTAssertFalse(text.contains("Kế hoạch số 2"), text)
        XCTAssertTrue(text.contains("Phòng Kinh tế"), text)
    }

    func testAgendaPhrasesAreTheAgendaCommand() {
        for text in ["hôm nay có gì", "Hôm nay có gì?", "việc hôm nay", "viec hom nay", "hôm nay cần làm gì"] {
            let parse = TestSupport.parser.parse(text, today: today)
            XCTAssertEqual(parse?.intent, .agenda, text)
            XCTAssertEqual(parse?.command, .success(.agenda), text)
        }
        // "nhiệm vụ đến hạn hôm nay" stays a list.
        XCTAssertEqual(TestSupport.parser.parse("nhiệm vụ đến hạn hôm nay", today: today)?.intent, .list)
    }

    func testResponderAnswersTheAgendaOrSaysThereIsNothing() throws {
        let responder = TaskResponder(store: store)
        let parse = try XCTUnwrap(TestSupport.parser.parse("việc hôm nay", today: today))
        let quiet = PlainRenderer.render(responder.respond(to: parse, today: today, user: "lan").document)
        XCTAssertTrue(quiet.contains("không có nhiệm vụ quá hạn hay đến hạn"), quiet)
        _ = try add("Tiếp dân", nil, "2025-09-10")
        let busy = PlainRenderer.render(responder.respond(to: parse, today: today, user: "lan").document)
        XCTAssertTrue(busy.contains("Đến hạn hôm nay (1):"), busy)
        XCTAssertTrue(busy.contains("#1 Tiếp dân"), busy)
    }
}
