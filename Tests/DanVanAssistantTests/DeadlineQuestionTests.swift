import DanVanAssistant
import DanVanText
import XCTest

/// Yes/no questions about the seed plan's deadlines (report 1: 03/09/2025, report 2: 02/12/2025),
/// answered "Có." / "Không." / "Còn kịp" first, then the facts.
final class DeadlineQuestionTests: XCTestCase {
    private func ask(_ q: String, today: String) -> Reply {
        Assistant(knowledge: Repository.knowledge, catalog: Repository.catalog, today: CalendarDate(iso: today)!).respond(to: q)
    }

    private func firstLine(_ r: Reply) -> String {
        r.document.blocks.first.flatMap { b -> String? in if case .paragraph(let p) = b { return p }; return nil } ?? ""
    }

    func testAnyDeadlineInAPeriod() {
        let yes = ask("trong tháng 9 có hạn nộp nào không", today: "2025-08-25")
        XCTAssertEqual(yes.intent, "report.deadline")
        XCTAssertEqual(firstLine(yes), Msg.deadlinesInWindow(1, phrase: "tháng 9", from: "01/09/2025", to: "30/09/2025"))
        XCTAssertTrue(yes.text.contains("03/09/2025"))
        XCTAssertFalse(yes.text.contains("02/12/2025"), "only the deadlines of the period")
        let unaccented = ask("thang nay co han gi khong", today: "2025-12-01")
        XCTAssertTrue(firstLine(unaccented).hasPrefix("Có: 1 hạn"), unaccented.text)
        XCTAssertTrue(unaccented.text.contains("02/12/2025"))
    }

    func testNoDeadlineInAPeriodNamesTheNextOne() {
        let r = ask("tuần tới có phải gửi báo cáo gì không", today: "2025-10-10")
        XCTAssertEqual(r.intent, "report.deadline")
        XCTAssertTrue(firstLine(r).hasPrefix(Msg.noDeadlineInWindow(phrase: "tuần tới", from: "13/10/2025", to: "19/10/2025")), firstLine(r))
        XCTAssertTrue(firstLine(r).contains("02/12/2025"), firstLine(r))
        let tomorrow = ask("mai có hạn gì không", today: "2025-09-02")
        XCTAssertTrue(firstLine(tomorrow).hasPrefix("Có: 1 hạn"), tomorrow.text)
    }

    func testStillInTime() {
        let r = ask("còn kịp gửi báo cáo lần 1 không", today: "2025-08-30")
        XCTAssertEqual(firstLine(r), Msg.stillInTime(days: 4, date: "03/09/2025"))
        let late = ask("bao cao lan 1 con kip nop khong", today: "2025-09-10")
        XCTAssertEqual(firstLine(late), Msg.tooLate(days: 7, date: "03/09/2025"))
        let sameDay = ask("còn kịp nộp báo cáo lần 2 không", today: "2025-12-02")
        XCTAssertEqual(firstLine(sameDay), Msg.stillInTime(days: 0, date: "02/12/2025"))
    }

    func testIsTheDeadlineThatDay() {
        let yes = ask("hạn báo cáo lần 1 là hôm qua à", today: "2025-09-04")
        XCTAssertEqual(firstLine(yes), Msg.deadlineIsThat("hôm qua", date: "03/09/2025"))
        let no = ask("hạn báo cáo lần 2 là thứ sáu tuần sau phải không", today: "2025-11-19")
        XCTAssertEqual(firstLine(no), Msg.deadlineIsOther("02/12/2025"))
        XCTAssertTrue(no.text.contains("còn 13 ngày"), no.text)
    }

    func testPlainQuestionsGetNoVerdict() {
        let r = ask("hạn báo cáo lần 1", today: "2025-08-25")
        XCTAssertFalse(r.text.hasPrefix("Có") || r.text.hasPrefix("Không"))
        XCTAssertFalse(firstLine(r).hasPrefix("Có:"))
    }
}
