@testable import DanVanIntents
import DanVanTasks
import DanVanText
import Foundation
import XCTest

final class TaskResponderTests: XCTestCase {
    var store: TaskStore!
    var responder: TaskResponder!

    override func setUpWithError() throws {
        store = try TestSupport.store(self)
        responder = TaskResponder(store: store)
    }

    /// Parses and answers like `danvan ask` does, returning the plain text and the response.
    @discardableResult
    private func ask(_ text: String, today: String = "2025-09-10", user: String = "lan",
                     file: StaticString = #filePath, line: UInt = #line) -> (text: String, response: TaskResponse) {
        let day = CalendarDate(iso: today)!
        guard let parse = TestSupport.parser.parse(text, today: day) else {
            XCTFail("not a task command: \(text)", file: file, line: line)
            return ("", responder.respond(to: TaskCommandParse(intent: .show, command: .failure(.missingContent)), today: day, user: user))
        }
        let response = responder.respond(to: parse, today: day, user: user)
        return (DocumentRenderer(width: 10_000, color: false).render(response.document), response)
    }

    private func folded(_ s: String) -> String { Folding.fold(s) }

    /// The visible session V3: add, list by unit (the lead's call), done in a later process, list done.
    func testAddEchoesNumberAndDueThenDoneAndListDone() throws {
        let added = ask("thêm nhiệm vụ: Tuyên truyền Luật Thực hiện dân chủ ở cơ sở trên loa truyền thanh, giao Trung tâm sự nghiệp công, hạn 20/10/2025")
        XCTAssertEqual(added.response.intent, TaskIntent(rawValue: "task.add"))
        XCTAssertTrue(added.response.succeeded)
        XCTAssertTrue(added.text.contains("#1"), added.text)
        XCTAssertTrue(added.text.contains("20/10/2025"), added.text)
        XCTAssertTrue(added.text.contains("loa truyền thanh"), added.text)
        XCTAssertTrue(added.text.contains("còn 40 ngày"), added.text)
        XCTAssertEqual(added.response.tasks, [try JSONDecoder().decode(TaskSummary.self, from: Data("""
            {"id":1,"title":"Tuyên truyền Luật Thực hiện dân chủ ở cơ sở trên loa truyền thanh","unit":"Trung tâm sự nghiệp công xã",
             "due":"2025-10-20","status":"pending","completedAt":null}
            """.utf8))])

        let done = ask("xong nhiệm vụ \(added.response.tasks[0].id)", today: "2025-09-12")
        XCTAssertEqual(done.response.intent, TaskIntent(rawValue: "task.done"))
        XCTAssertTrue(folded(done.text).contains("hoan thanh"), done.text)
        XCTAssertEqual(done.response.tasks.first?.status, "done")
        XCTAssertEqual(done.response.tasks.first?.completedAt, "2025-09-12", "stamped on --today")

        let list = ask("nhiệm vụ đã hoàn thành", today: "2025-09-12")
        XCTAssertEqual(list.response.intent, TaskIntent(rawValue: "task.list"))
        XCTAssertTrue(list.text.contains("loa truyền thanh"), list.text)
        XCTAssertEqual(list.response.tasks.map(\.id), [1])
    }

    /// The visible session V4: an impossible date says "ngày" and adds nothing.
    func testImpossibleDateAddsNothing() {
        let bad = ask("thêm nhiệm vụ Họp tổ dân vận, giao Phòng VH-XH, hạn 31/02/2025")
        XCTAssertFalse(bad.response.succeeded)
        XCTAssertEqual(bad.response.intent, TaskIntent(rawValue: "task.add"))
        XCTAssertTrue(bad.text.contains("Ngày 31/02/2025 không tồn tại"), bad.text)
        XCTAssertEqual(bad.response.tasks, [])
        let list = ask("danh sách nhiệm vụ")
        XCTAssertFalse(folded(list.text).contains("hop to dan van"), list.text)
        XCTAssertTrue(list.text.contains("chưa có nhiệm vụ nào"), list.text)
        XCTAssertTrue(ask("thêm nhiệm vụ họp, hạn 40/13").text.contains("Ngày 40/13 không tồn tại"))
    }

    func testBadInputsChangeNothing() throws {
        ask("thêm nhiệm vụ: Họp, giao phòng kinh tế, hạn 20/10/2025")
        let before = try store.recentHistory(limit: 100)
        let cases: [(String, String)] = [
            ("thêm nhiệm vụ", "Thiếu nội dung nhiệm vụ"),
            ("thêm nhiệm vụ: họp, giao phòng tài nguyên, hạn 20/10/2025", "Có phải: Phòng Kinh tế, Phòng Văn hóa - Xã hội?"),
            ("thêm nhiệm vụ: họp, giao phòng tài nguyên, hạn 20/10/2025", "Không có đơn vị “phòng tài nguyên”"),
            ("thêm nhiệm vụ: họp, hạn 31/02/2025", "Ngày 31/02/2025 không tồn tại"),
            ("xong nhiệm vụ 7", "Không có nhiệm vụ #7"),
            ("đổi hạn nhiệm vụ 7 sang 20/10", "Không có nhiệm vụ #7"),
            ("đổi hạn nhiệm vụ 1 sang 31/02", "không tồn tại"),
            ("giao lại nhiệm vụ 1 cho phòng abc", "Có phải"),
            ("cập nhật nhiệm vụ 1", "Thiếu nội dung cập nhật"),
            ("xong nhiệm vụ", "Thiếu số nhiệm vụ"),
            ("xóa nhiệm vụ 9", "Không có nhiệm vụ #9"),
            ("thêm nhiệm vụ: '; DROP TABLE task; --, giao phòng kinh tế, hạn 20/10/2025", "SQL"),
            ("xong nhiệm vụ không có tên này", "Không có nhiệm vụ nào có “không có tên này”"),
            ("lịch sử nhiệm vụ 42", "Không có nhiệm vụ #42"),
            ("xem nhiệm vụ 42", "Không có nhiệm vụ #42"),
        ]
        for (input, expected) in cases {
            let answer = ask(input)
            XCTAssertFalse(answer.response.succeeded, input)
            XCTAssertTrue(answer.text.contains(expected), "\(input) → \(answer.text)")
        }
        XCTAssertEqual(try store.recentHistory(limit: 100), before, "no refusal wrote anything")
        XCTAssertEqual(try store.tasks(matching: TaskFilter(status: .active), today: TestSupport.today).count, 1)
    }

    func testTableColumns() throws {
        ask("thêm nhiệm vụ: Quá hạn, giao phòng kinh tế, hạn 01/09/2025")
        ask("thêm nhiệm vụ: Hôm nay, giao phòng vhxh, hạn 10/09/2025")
        ask("thêm nhiệm vụ: Tuần sau, hạn 15/09/2025")
        ask("thêm nhiệm vụ: Không hạn, giao phòng kinh tế")
        ask("thêm nhiệm vụ: Xong rồi, giao phòng kinh tế, hạn 30/09/2025")
        ask("thêm nhiệm vụ: Còn lâu, giao phòng kinh tế, hạn 30/12/2025")
        ask("xong nhiệm vụ 5")
        let list = ask("danh sách nhiệm vụ").response
        // The line of counts comes first, then the table.
        guard case .table(let table)? = list.document.blocks.dropFirst().first else { return XCTFail("no table") }
        XCTAssertEqual(table.headers, ["#", "Nhiệm vụ", "Đơn vị chủ trì", "Hạn", "Còn lại", "Trạng thái"])
        XCTAssertEqual(table.rows, [
            ["#1", "Quá hạn", "Phòng Kinh tế", "01/09/2025", "quá hạn 9 ngày", "chưa xong"],
            ["#2", "Hôm nay", "Phòng Văn hóa - Xã hội", "10/09/2025", "hôm nay", "chưa xong"],
            ["#3", "Tuần sau", "—", "15/09/2025", "còn 5 ngày", "chưa xong"],
            ["#6", "Còn lâu", "Phòng Kinh tế", "30/12/2025", "còn 111 ngày", "chưa xong"],
            ["#4", "Không hạn", "Phòng Kinh tế", "—", "—", "chưa xong"],
            ["#5", "Xong rồi", "Phòng Kinh tế", "30/09/2025", "—", "hoàn thành"],
        ])
        XCTAssertEqual(table.urgency, [.overdue, .soon, .soon, .ok, .none, .done])
        XCTAssertEqual(table.wrapColumns, [1, 2])
        XCTAssertEqual(list.document.title, "Danh sách nhiệm vụ (6)")
        XCTAssertEqual(list.tasks.map(\.id), [1, 2, 3, 6, 4, 5])

        XCTAssertEqual(ask("nhiệm vụ quá hạn").response.tasks.map(\.id), [1])
        XCTAssertEqual(ask("nhiệm vụ sắp đến hạn").response.tasks.map(\.id), [2, 3])
        XCTAssertEqual(ask("nhiệm vụ sắp đến hạn trong 30 ngày tới").response.tasks.map(\.id), [2, 3])
        XCTAssertEqual(ask("nhiệm vụ chưa hoàn thành của phòng kinh tế").response.tasks.map(\.id), [1, 6, 4])
        XCTAssertTrue(ask("nhiệm vụ đã xóa").text.contains("Nhiệm vụ đã xóa: không có nhiệm vụ nào."))
    }

    func testTableAndTasksAreCappedAndTheTotalIsSaid() {
        responder.maxTableRows = 2
        for i in 1...3 { ask("thêm nhiệm vụ: Việc \(i)") }
        let list = ask("danh sách nhiệm vụ")
        XCTAssertEqual(list.response.tasks.count, 2, "only the rows shown are read, whatever the store's size")
        // The line of counts first, then the table, then where the page sits ("xem thêm" goes on).
        guard case .paragraph(let counts)? = list.response.document.blocks.first,
              case .table(let table)? = list.response.document.blocks.dropFirst().first else { return XCTFail() }
        XCTAssertEqual(counts, "3 nhiệm vụ: 0 xong, 0 quá hạn, 0 đến hạn trong 7 ngày")
        XCTAssertEqual(table.rows.count, 2)
        XCTAssertTrue(list.text.contains("Đang hiện nhiệm vụ thứ 1–2 trong 3"), list.text)
    }

    func testUpdateRescheduleReassignDeleteUndoHistoryShow() throws {
        ask("thêm nhiệm vụ: Họp tổ dân vận, giao phòng kinh tế, hạn 20/10/2025", user: "lan")
        XCTAssertTrue(ask("cập nhật nhiệm vụ 1: đã gửi giấy mời", user: "minh").text.contains("“đã gửi giấy mời”"))
        let rescheduled = ask("đổi hạn nhiệm vụ 1 sang 30/10").text
        XCTAssertTrue(rescheduled.contains("thành 30/10/2025 (còn 50 ngày)"), rescheduled)
        XCTAssertFalse(rescheduled.contains("20/10/2025"), "the answer states the new deadline only")
        let reassigned = ask("giao lại nhiệm vụ 1 cho phòng vhxh").text
        XCTAssertTrue(reassigned.contains("cho Phòng Văn hóa - Xã hội"), reassigned)
        XCTAssertFalse(reassigned.contains("Phòng Kinh tế"), reassigned)
        let shown = ask("xem nhiệm vụ 1").text
        XCTAssertTrue(shown.contains("Nhiệm vụ #1: Họp tổ dân vận"), shown)
        XCTAssertTrue(shown.contains("Hạn: 30/10/2025 (còn 50 ngày)"), shown)
        XCTAssertTrue(shown.contains("minh: đã gửi giấy mời"), shown)
        let deleted = ask("xóa nhiệm vụ 1")
        XCTAssertTrue(deleted.text.contains("Đã xóa nhiệm vụ #1"), deleted.text)
        XCTAssertTrue(deleted.text.contains("hoàn tác"), deleted.text)
        XCTAssertTrue(ask("danh sách nhiệm vụ").text.contains("chưa có") == false)
        let undo = ask("hoàn tác")
        XCTAssertEqual(undo.response.intent, TaskIntent(rawValue: "task.undo"))
        XCTAssertTrue(undo.text.contains("Đã hoàn tác: xóa nhiệm vụ #1"), undo.text)
        XCTAssertEqual(undo.response.tasks.first?.status, "pending")
        let history = ask("lịch sử nhiệm vụ 1").text
        for expected in ["Lịch sử nhiệm vụ #1", "lan · tạo nhiệm vụ", "minh · ghi tiến độ: “đã gửi giấy mời”",
                         "hạn: 20/10/2025 → 30/10/2025", "đơn vị chủ trì: Phòng Kinh tế → Phòng Văn hóa - Xã hội",
                         "trạng thái: chưa xong → đã xóa",
                         "hoàn tác — trạng thái: đã xóa → chưa xong"] {
            XCTAssertTrue(history.contains(expected), "\(expected) in\n\(history)")
        }
        XCTAssertTrue(ask("hoàn tác").text.contains("giao lại nhiệm vụ #1"))
        // A title is offered, not acted on: the change waits for the number.
        let byTitle = ask("xong nhiệm vụ họp tổ")
        XCTAssertTrue(byTitle.text.contains("1) #1 Họp tổ dân vận"), byTitle.text)
        XCTAssertFalse(byTitle.response.succeeded)
        XCTAssertEqual(byTitle.response.choices, [.complete(.number(1))])
        XCTAssertEqual(try store.task(id: 1)?.status, .pending)
        XCTAssertTrue(ask("xong nhiệm vụ 1").text.contains("Đã đánh dấu hoàn thành nhiệm vụ #1"))
        ask("xóa nhiệm vụ 1")
        let restore = ask("khôi phục nhiệm vụ họp tổ")
        XCTAssertEqual(restore.response.choices, [.restore(.number(1))], restore.text)
        XCTAssertEqual(try store.task(id: 1)?.status, .deleted)
    }

    func testNothingToUndoAndAmbiguousTitle() throws {
        XCTAssertTrue(ask("hoàn tác").text.contains("Không có thay đổi nào để hoàn tác"))
        ask("thêm nhiệm vụ: Họp tổ khối phố")
        ask("thêm nhiệm vụ: Họp tổ B")
        let offered = ask("xong nhiệm vụ họp tổ")
        XCTAssertTrue(offered.text.contains("1) #1 Họp tổ khối phố"), offered.text)
        XCTAssertTrue(offered.text.contains("2) #2 Họp tổ B"), offered.text)
        XCTAssertEqual(offered.response.choices, [.complete(.number(1)), .complete(.number(2))])
        // "B" is a word of one title only, and still only offered.
        XCTAssertEqual(ask("xong nv b").response.choices, [.complete(.number(2))])
        XCTAssertEqual(try store.tasks(matching: TaskFilter(status: .done), today: TestSupport.today).count, 0)
    }

    func testUnitTasksBesideDuties() throws {
        ask("thêm nhiệm vụ: Loa truyền thanh, giao TTSNC, hạn 20/10/2025")
        ask("thêm nhiệm vụ: Họp, giao phòng kinh tế")
        let (blocks, tasks) = try responder.unitTasks("Trung tâm sự nghiệp công xã", today: TestSupport.today)
        XCTAssertEqual(tasks.map(\.title), ["Loa truyền thanh"])
        XCTAssertEqual(blocks.first, .paragraph("Nhiệm vụ trong kho nhiệm vụ (1):"))
        guard case .table(let table)? = blocks.last else { return XCTFail() }
        XCTAssertEqual(table.rows, [["#1", "Loa truyền thanh", "Trung tâm sự nghiệp công xã", "20/10/2025", "còn 40 ngày", "chưa xong"]])
        XCTAssertEqual(try responder.unitTasks("Văn phòng HĐND và UBND", today: TestSupport.today).blocks,
                       [.note("Kho nhiệm vụ chưa có nhiệm vụ nào giao cho đơn vị này.")])
    }

    func testHandBuiltParse() {
        let parse = TaskCommandParse(intent: .list, command: .success(.list(TaskFilter(status: .done))))
        let response = responder.respond(to: parse, today: TestSupport.today, user: "lan")
        XCTAssertTrue(DocumentRenderer(width: 10_000, color: false).render(response.document).contains("Kho nhiệm vụ chưa có nhiệm vụ nào"))
    }

    func testImportReportDocument() throws {
        let dir = try TestSupport.temporaryDirectory(self)
        let url = try TestSupport.write("Nhiệm vụ,Đơn vị chủ trì,Hạn\nHọp,Phòng Tư pháp,tháng 12/2025\n", named: "a.csv", in: dir)
        let report = try store.importCSV(at: url, vocabulary: TestSupport.vocabulary, resolveUnit: TestSupport.resolver,
                                         today: TestSupport.today, user: "lan")
        let text = DocumentRenderer(width: 10_000, color: false).render(TaskResponder.document(for: report))
        XCTAssertTrue(text.contains("Đã nhập 1 nhiệm vụ từ tệp a.csv."), text)
        XCTAssertTrue(text.contains("Dòng 2: đơn vị “Phòng Tư pháp” không có trong danh sách"), text)
        XCTAssertTrue(text.contains("Dòng 2: thời gian “tháng 12/2025” được lấy hạn là ngày cuối kỳ, 31/12/2025."), text)
    }

    func testAnExtensionAddsTheLengthToTheOldDeadlineOrToToday() throws {
        ask("thêm nhiệm vụ: Họp dân, giao phòng kinh tế, hạn 30/09/2025")
        let moved = ask("gia hạn nhiệm vụ 1 thêm 1 tuần")
        XCTAssertTrue(moved.response.succeeded)
        XCTAssertTrue(moved.text.contains("thành 07/10/2025"), moved.text)
        XCTAssertTrue(moved.text.contains("30/09/2025"), "the old deadline is named: \(moved.text)")
        XCTAssertEqual(try store.task(id: 1)?.due, CalendarDate(iso: "2025-10-07"))
        XCTAssertEqual(try store.history(taskID: 1).last?.action, .reschedule)
        ask("thêm nhiệm vụ: Dán thông báo")
        let fromToday = ask("gia hạn nhiệm vụ 2 thêm 3 ngày")
        XCTAssertTrue(fromToday.text.contains("thành 13/09/2025"), fromToday.text)
        XCTAssertEqual(try store.task(id: 2)?.due, CalendarDate(iso: "2025-09-13"))
        XCTAssertFalse(ask("gia hạn nhiệm vụ 9 thêm 3 ngày").response.succeeded, "no task 9: nothing changes")
    }
}
