@testable import DanVanTasks
import DanVanText
import XCTest

/// "lịch hạn": the month grid, marks, today, width and the list.
final class DeadlineCalendarTests: XCTestCase {
    func testGridMarksDeadlinesAndToday() throws {
        let store = try TestSupport.store(self)
        for (title, iso) in [("Họp", "2025-09-15"), ("Báo cáo", "2025-09-15"), ("Tiếp dân", "2025-09-30"), ("Tháng sau", "2025-10-01")] {
            _ = try store.add(TaskDraft(title: title, due: CalendarDate(iso: iso)), user: "lan")
        }
        let done = try store.add(TaskDraft(title: "Đã xong", due: CalendarDate(iso: "2025-09-20")), user: "lan")
        try store.complete(id: done.id, user: "lan")
        let responder = TaskResponder(store: store)
        let parse = try XCTUnwrap(TestSupport.parser.parse("lịch hạn", today: TestSupport.today))
        XCTAssertEqual(parse.intent, .deadlineCalendar)
        let text = DocumentRenderer(width: 80, color: false).render(responder.respond(to: parse, today: TestSupport.today, user: "lan").document)
        XCTAssertTrue(text.contains("Lịch hạn tháng 9/2025"), text)
        XCTAssertTrue(text.contains("15•2"), text)
        XCTAssertTrue(text.contains("30•1"), text)
        XCTAssertTrue(text.contains("[10]"), text)
        XCTAssertFalse(text.contains("20•"), "done tasks are not marked")
        XCTAssertFalse(text.contains("Tháng sau"), text)
        XCTAssertTrue(text.split(separator: "\n").allSatisfy { DisplayWidth.of(String($0)) <= 80 }, text)
        // 1 September 2025 is a Monday: the first row starts with 1 under T2.
        let header = try XCTUnwrap(text.split(separator: "\n").firstIndex { $0.contains("T2") && $0.contains("CN") })
        let lines = text.split(separator: "\n").map(String.init)
        let firstWeek = lines[(header + 1)...].first { $0.contains("1") } ?? ""
        XCTAssertTrue(firstWeek.contains("1") && firstWeek.contains("7"), firstWeek)
    }

    func testEmptyMonthSaysSo() throws {
        let store = try TestSupport.store(self)
        let doc = try TaskResponder(store: store).deadlineCalendarDocument(today: CalendarDate(iso: "2024-02-10")!)
        let text = PlainRenderer.render(doc)
        XCTAssertTrue(text.contains("29"), "leap February has 29 days")
        XCTAssertFalse(text.contains("30"))
        XCTAssertTrue(text.contains(Msg.calendarNoDeadlines), text)
    }
}
