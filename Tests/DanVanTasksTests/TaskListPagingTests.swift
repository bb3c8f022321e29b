@testable import DanVanTasks
import DanVanIntents
import DanVanText
import Foundation
import XCTest

/// Lists open with a line of counts, go on page by page with "xem thêm" / "tiếp", and "tiến độ
/// chung" counts per unit and per state.
final class TaskListPagingTests: XCTestCase {
    var store: TaskStore!
    var responder: TaskResponder!
    var paging = TaskPaging()
    let today = TestSupport.today  // 2025-09-10

    override func setUpWithError() throws {
        store = try TestSupport.store(self)
        responder = TaskResponder(store: store)
        paging = TaskPaging()
    }

    /// Answers as a session does: "xem thêm" continues the last list.
    @discardableResult
    private func ask(_ text: String, file: StaticString = #filePath, line: UInt = #line) throws -> (text: String, response: TaskResponse)? {
        let parsed = try XCTUnwrap(TestSupport.parser.parse(text, today: today), "not a task command: \(text)", file: file, line: line)
        guard let parse = paging.resolve(parsed) else { return nil }
        let response = responder.respond(to: parse, today: today, user: "lan")
        if response.succeeded { paging.record(parse, shown: response.tasks.count) }
        return (DocumentRenderer(width: 80, color: false).render(response.document), response)
    }

    /// `count` tasks: every third of Phòng Kinh tế; deadlines from 1/9 (overdue) on, one a day.
    private func addTasks(_ count: Int) throws {
        for i in 1...count {
            let unit = i % 3 == 0 ? "Phòng Kinh tế" : "Phòng Văn hóa - Xã hội"
            try store.add(TaskDraft(title: "Việc \(i)", unit: unit, due: CalendarDate(iso: "2025-09-01")!.adding(days: i - 1)),
                          user: "lan")
        }
    }

    func testEveryListStartsWithItsCounts() throws {
        try addTasks(30)
        for id in [3, 12, 20] { try store.complete(id: id, user: "lan") }
        // Due 1/9…30/9; today 10/9: 1–9 overdue (3 done), 10–17 due within 7 days (12 done).
        let all = try XCTUnwrap(ask("danh sách nhiệm vụ"))
        XCTAssertTrue(all.text.contains("30 nhiệm vụ: 3 xong, 8 quá hạn, 7 đến hạn trong 7 ngày"), all.text)
        let overdue = try XCTUnwrap(ask("nhiệm vụ quá hạn"))
        XCTAssertTrue(overdue.text.contains("8 nhiệm vụ: 0 xong, 8 quá hạn, 0 đến hạn trong 7 ngày"), overdue.text)
        let done = try XCTUnwrap(ask("nhiệm vụ đã hoàn thành"))
        XCTAssertTrue(done.text.contains("3 nhiệm vụ: 3 xong, 0 quá hạn, 0 đến hạn trong 7 ngày"), done.text)
        let unit = try XCTUnwrap(ask("nhiệm vụ chưa hoàn thành của phòng kinh tế"))
        // Phòng Kinh tế: 3, 6, …, 30; 3 and 12 done; 6 and 9 overdue; 15 due within 7 days.
        XCTAssertTrue(unit.text.contains("8 nhiệm vụ: 0 xong, 2 quá hạn, 1 đến hạn trong 7 ngày"), unit.text)
    }

    func testMoreAndNextGoOnPageByPage() throws {
        try addTasks(60)
        let first = try XCTUnwrap(ask("danh sách nhiệm vụ"))
        XCTAssertEqual(first.response.tasks.map(\.id), Array(1...25))
        XCTAssertTrue(first.text.contains("Đang hiện nhiệm vụ thứ 1–25 trong 60"), first.text)
        let second = try XCTUnwrap(ask("xem thêm"))
        XCTAssertEqual(second.response.tasks.map(\.id), Array(26...50))
        XCTAssertTrue(second.text.contains("(26–50 / 60)"), second.text)
        XCTAssertTrue(second.text.contains("60 nhiệm vụ:"), "every page starts with the counts")
        let third = try XCTUnwrap(ask("tiếp"))
        XCTAssertEqual(third.response.tasks.map(\.id), Array(51...60))
        XCTAssertTrue(third.text.contains("trang cuối"), third.text)
        let after = try XCTUnwrap(ask("xem thêm nhé"))
        XCTAssertTrue(after.response.tasks.isEmpty)
        XCTAssertTrue(after.text.contains("Đã hiện hết 60 nhiệm vụ"), after.text)
    }

    func testMoreKeepsTheFilterOfTheLastList() throws {
        try addTasks(90)  // 30 of Phòng Kinh tế
        try XCTUnwrap(ask("danh sách nhiệm vụ của phòng kinh tế"))
        let next = try XCTUnwrap(ask("tiếp tục"))
        XCTAssertEqual(next.response.tasks.map(\.id), [78, 81, 84, 87, 90])
        XCTAssertTrue(next.response.tasks.allSatisfy { $0.unit == "Phòng Kinh tế" })
    }

    func testMoreWithoutAListIsNotATaskAnswer() throws {
        try addTasks(3)
        XCTAssertNil(try ask("xem thêm"), "left to the other answerers")
        XCTAssertNil(try ask("tiếp"))
    }

    func testOnlyTheWholePhraseIsACommand() {
        XCTAssertEqual(TestSupport.parser.parse("tiếp", today: today)?.intent.rawValue, "task.more")
        XCTAssertEqual(TestSupport.parser.parse("xem thêm", today: today)?.intent.rawValue, "task.more")
        XCTAssertNotEqual(TestSupport.parser.parse("tiếp nhận hồ sơ", today: today)?.intent.rawValue, "task.more")
        XCTAssertNotEqual(TestSupport.parser.parse("thống kê dân số năm nay", today: today)?.intent.rawValue, "task.progress")
        XCTAssertEqual(TestSupport.parser.parse("tiến độ chung", today: today)?.intent.rawValue, "task.progress")
        XCTAssertEqual(TestSupport.parser.parse("thong ke nhiem vu", today: today)?.intent.rawValue, "task.progress")
    }

    func testProgressCountsPerUnitAndState() throws {
        try addTasks(30)
        for id in [3, 6, 12] { try store.complete(id: id, user: "lan") }
        try store.delete(id: 30, user: "lan")
        let nobody = try store.add(TaskDraft(title: "Không giao ai"), user: "lan")
        // In progress: open, not overdue, with a note — 15 (due 15/9), 10 (due today), the undated one;
        // not 9 (overdue: counted as overdue) nor 6 (done).
        for id in [15, 10, nobody.id, 9, 6] { try store.addNote(taskID: id, text: "đang triển khai", user: "lan") }
        let answer = try XCTUnwrap(ask("tiến độ chung"))
        let table = try XCTUnwrap(answer.response.document.blocks.compactMap { block -> AnswerDocument.Table? in
            if case .table(let t) = block { return t }
            return nil
        }.first)
        // Phòng Kinh tế: 3, 6, …, 27 (30 deleted); 3, 6 and 12 done; 9 (due 9/9) open and overdue.
        XCTAssertEqual(table.rows[0], ["Phòng Kinh tế", "9", "3", "6", "1", "1", "###=!....."])
        // Phòng Văn hóa - Xã hội: the 20 others, none done, 10 in progress, 1, 2, 4, 5, 7, 8 overdue.
        XCTAssertEqual(table.rows[1], ["Phòng Văn hóa - Xã hội", "20", "0", "20", "1", "6", "=!!!......"])
        XCTAssertEqual(table.rows[2], [Msg.taskNoUnit, "1", "0", "1", "1", "0", "=========="])
        XCTAssertEqual(table.rows.last?.prefix(6), [Msg.taskProgressAllUnits, "30", "3", "27", "3", "7"])
        let flowing = answer.text.replacingOccurrences(of: "\n", with: " ")   // wrapped at 80 columns
        XCTAssertTrue(flowing.contains("27 chưa xong (trong đó 3 đang làm, 7 quá hạn), 3 xong, 1 đã xóa"), answer.text)
        XCTAssertTrue(flowing.contains("= đang làm"), "the legend names the in-progress segment")
        XCTAssertTrue(answer.text.split(separator: "\n").allSatisfy { DisplayWidth.of(String($0)) <= 80 }, answer.text)
        XCTAssertFalse(answer.text.contains("\u{1B}"), "plain text")
        XCTAssertEqual(try XCTUnwrap(ask("thống kê nhiệm vụ")).text, answer.text)
    }

    func testProgressBar() {
        XCTAssertEqual(TaskResponder.bar(UnitProgress(unit: nil, total: 10, done: 5, overdue: 2)), "#####!!...")
        XCTAssertEqual(TaskResponder.bar(UnitProgress(unit: nil, total: 100, done: 1, overdue: 0)), "#.........")
        XCTAssertEqual(TaskResponder.bar(UnitProgress(unit: nil, total: 4, done: 4, overdue: 0)), "##########")
        XCTAssertEqual(TaskResponder.bar(UnitProgress(unit: nil, total: 3, done: 0, overdue: 3)), "!!!!!!!!!!")
        // In progress is its own segment, between done and overdue.
        XCTAssertEqual(TaskResponder.bar(UnitProgress(unit: nil, total: 10, done: 5, inProgress: 1, overdue: 2)), "#####=!!..")
        XCTAssertEqual(TaskResponder.bar(UnitProgress(unit: nil, total: 4, done: 0, inProgress: 2, overdue: 2)), "=====!!!!!")
        XCTAssertEqual(TaskResponder.bar(UnitProgress(unit: nil, total: 100, done: 98, inProgress: 1, overdue: 1)), "########=!")
    }
}
