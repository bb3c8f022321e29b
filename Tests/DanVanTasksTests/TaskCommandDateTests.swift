@testable import DanVanTasks
import DanVanText
import XCTest

/// Deadlines of task commands read by the date grammar; today is Wednesday 10/09/2025.
final class TaskCommandDateTests: XCTestCase {
    private func d(_ iso: String) -> CalendarDate { CalendarDate(iso: iso)! }

    private func draft(_ text: String) -> TaskDraft? {
        guard case .success(.add(let draft))? = TestSupport.parser.parse(text, today: TestSupport.today)?.command else { return nil }
        return draft
    }

    private func command(_ text: String) -> TaskCommand? {
        guard case .success(let c)? = TestSupport.parser.parse(text, today: TestSupport.today)?.command else { return nil }
        return c
    }

    private func error(_ text: String) -> TaskCommandError? {
        guard case .failure(let e)? = TestSupport.parser.parse(text, today: TestSupport.today)?.command else { return nil }
        return e
    }

    func testRelativeDeadlinesOfNewTasks() {
        XCTAssertEqual(draft("thêm nhiệm vụ: Họp tổ, giao phòng vhxh, hạn thứ sáu tuần sau")?.due, d("2025-09-19"))
        XCTAssertEqual(draft("them nhiem vu kiem tra loa, giao phong kinh te, han cuoi thang")?.due, d("2025-09-30"))
        XCTAssertEqual(draft("thêm nhiệm vụ: Gửi danh sách, hạn 3 ngày nữa")?.due, d("2025-09-13"))
        XCTAssertEqual(draft("thêm nhiệm vụ: Gửi danh sách, hạn ngày mai")?.due, d("2025-09-11"))
        XCTAssertEqual(draft("thêm nhiệm vụ: Tổng hợp ý kiến, giao phòng kinh tế, hạn đầu tháng sau")?.due, d("2025-10-01"))
        XCTAssertEqual(draft("thêm nhiệm vụ: Sơ kết, hạn quý IV/2025")?.due, d("2025-12-31"))
        XCTAssertEqual(draft("thêm nhiệm vụ: Sơ kết, hạn 15.12")?.due, d("2025-12-15"))
        XCTAssertNil(draft("thêm nhiệm vụ: Sơ kết, hạn 15.12")?.note, "one day: nothing more to keep")
    }

    func testALengthAddedToTheDeadlineIsAnExtension() {
        guard case .extend(.number(3), let span)? = command("gia hạn nv 3 thêm 1 tuần") else {
            return XCTFail("\(String(describing: command("gia hạn nv 3 thêm 1 tuần")))")
        }
        XCTAssertEqual(span.after(d("2025-09-30")), d("2025-10-07"))
        guard case .extend(.number(2), let two)? = command("lùi hạn nhiệm vụ số 2 thêm hai tháng nữa nhé") else {
            return XCTFail("lùi hạn … thêm hai tháng nữa")
        }
        XCTAssertEqual(two.after(d("2025-09-30")), d("2025-11-30"))
        guard case .extend(.words("họp dân"), _)? = command("gia hạn nhiệm vụ họp dân thêm 5 ngày") else {
            return XCTFail("a task named by its title")
        }
        // A date is still a date; a length followed by more words is not understood, never half-read.
        XCTAssertEqual(command("gia hạn nv 3 đến 20/10/2025"), .reschedule(.number(3), due: d("2025-10-20")))
        XCTAssertNotNil(error("gia hạn nv 3 thêm 1 tuần cho phòng kinh tế"))
    }

    func testAnOrderOpeningWithTheUnitAddsATask() {
        let first = draft("giao phòng kinh tế rà soát hộ nghèo trước 30/9")
        XCTAssertEqual(first?.title, "rà soát hộ nghèo")
        XCTAssertEqual(first?.unit, "Phòng Kinh tế")
        XCTAssertEqual(first?.due, d("2025-09-30"))
        let second = draft("giao cho phòng văn hóa xã hội tổ chức hội nghị tuyên truyền, hạn thứ sáu tuần sau")
        XCTAssertEqual(second?.title, "tổ chức hội nghị tuyên truyền")
        XCTAssertEqual(second?.unit, "Phòng Văn hóa - Xã hội")
        XCTAssertEqual(second?.due, d("2025-09-19"))
        XCTAssertEqual(draft("phan cong phong kinh te lap danh sach ho ngheo")?.unit, "Phòng Kinh tế", "no deadline, three words")
        // Questions, and orders too short to be sure of, are not tasks.
        XCTAssertNil(TestSupport.parser.parse("giao phòng kinh tế những việc gì", today: TestSupport.today))
        XCTAssertNil(TestSupport.parser.parse("giao cho phòng kinh tế nhiệm vụ gì?", today: TestSupport.today))
        XCTAssertNil(TestSupport.parser.parse("giao phòng kinh tế báo cáo", today: TestSupport.today))
        XCTAssertNil(TestSupport.parser.parse("giao phòng kinh tế", today: TestSupport.today))
        XCTAssertNotNil(error("giao phòng kinh tế rà soát hộ nghèo trước 31/02"), "an impossible date is refused, not dropped")
    }

    func testADateClauseWithoutDeadlineWordIsTheDeadline() {
        let rasoat = draft("thêm nhiệm vụ: Rà soát hộ nghèo, giao phòng kinh tế, trong 10 ngày")
        XCTAssertEqual(rasoat?.title, "Rà soát hộ nghèo")
        XCTAssertEqual(rasoat?.unit, "Phòng Kinh tế")
        XCTAssertEqual(rasoat?.due, d("2025-09-20"))
        XCTAssertEqual(draft("thêm nhiệm vụ: Dán thông báo, sau 2 tuần")?.due, d("2025-09-24"))
        // Words that only start like a date stay content.
        let content = draft("thêm nhiệm vụ: Họp dân, trong đó mời trưởng thôn, giao phòng kinh tế")
        XCTAssertEqual(content?.title, "Họp dân, trong đó mời trưởng thôn")
        XCTAssertNil(content?.due)
    }

    func testADateRightAfterTheUnitIsTheDeadlineNeverDropped() {
        // No comma: the unit's clause ends where the registry's name ends, and what follows is the deadline.
        let tenDays = draft("thêm việc: rà soát hộ nghèo cho phòng kinh tế trong 10 ngày")
        XCTAssertEqual(tenDays?.unit, "Phòng Kinh tế")
        XCTAssertEqual(tenDays?.due, d("2025-09-20"))
        XCTAssertEqual(draft("them nv kiem tra loa giao phong vhxh thu sau tuan sau")?.due, d("2025-09-19"))
        XCTAssertEqual(draft("thêm nhiệm vụ tổng vệ sinh giao trung tâm sự nghiệp công cuối tháng")?.due, d("2025-09-30"))
        // What looks like a date there but is not understood is refused by name, never dropped.
        guard case .dateNotUnderstood(let phrase)? = error("thêm nhiệm vụ họp dân giao phòng kinh tế ngày mùng tám âm lịch") else {
            return XCTFail("a date-like phrase after the unit was dropped")
        }
        XCTAssertTrue(phrase.contains("âm lịch"), phrase)
        // Words after the unit that are no date stay out of the deadline.
        XCTAssertNil(draft("thêm nhiệm vụ họp dân giao phòng kinh tế thực hiện")?.due)
    }

    func testRecurringDeadlinesKeepTheirRule() {
        let monthly = draft("thêm nhiệm vụ: Nộp số liệu, giao phòng kinh tế, hạn trước ngày 15 hằng tháng")
        XCTAssertEqual(monthly?.due, d("2025-09-15"))
        XCTAssertEqual(monthly?.recurrence?.rule, "monthly:15", "a recurring deadline is stored as its rule")
        let weekly = draft("thêm nhiệm vụ: Cập nhật phần mềm, giao phòng kinh tế, hằng tuần")
        XCTAssertEqual(weekly?.due, d("2025-09-14"))
        XCTAssertNotNil(weekly?.recurrence)
        let yearly = draft("thêm nhiệm vụ: Báo cáo, hạn trước ngày 01/6 và 15/11 hằng năm")
        XCTAssertNotNil(yearly?.recurrence)
        XCTAssertNotNil(yearly?.due)
        let offset = draft("thêm nhiệm vụ: Phản hồi, trong thời hạn 10 ngày kể từ ngày nhận văn bản")
        XCTAssertNil(offset?.due, "counted from an event danvan does not know")
        XCTAssertEqual(offset?.note, Msg.dueAsWritten("trong thời hạn 10 ngày kể từ ngày nhận văn bản"))
    }

    func testUnderstoodPartlyIsRefusedNamingThePhrase() {
        XCTAssertEqual(error("thêm nhiệm vụ: Họp, giao phòng kinh tế, trong 10 ngày làm việc"), .dateNotUnderstood("trong 10 ngày làm việc"))
        XCTAssertEqual(error("thêm nhiệm vụ: Họp, hạn thứ tám"), .dateNotUnderstood("thứ tám"))
        XCTAssertEqual(error("thêm nhiệm vụ: Họp, hạn hằng thế kỷ"), .dateNotUnderstood("hằng thế kỷ"))
        XCTAssertEqual(error("thêm nhiệm vụ: Họp, hạn ngày 31 tháng 4"), .invalidDate("31/4"))
        let message = TaskErrorWording.message(for: TaskCommandError.dateNotUnderstood("trong 10 ngày làm việc"))
        XCTAssertTrue(message.contains("“trong 10 ngày làm việc”"), message)
        XCTAssertTrue(message.contains("chưa thay đổi gì"), message)
    }

    func testRescheduleWithTheGrammar() {
        XCTAssertEqual(command("gia hạn nhiệm vụ 4 đến cuối tháng sau"), .reschedule(.number(4), due: d("2025-10-31")))
        XCTAssertEqual(command("đổi hạn nv 2 sang ngày mai"), .reschedule(.number(2), due: d("2025-09-11")))
        XCTAssertEqual(command("doi han nhiem vu 2 sang thu 6"), .reschedule(.number(2), due: d("2025-09-12")))
        XCTAssertEqual(command("đổi hạn nhiệm vụ họp tổ sang thứ hai tuần tới"), .reschedule(.words("họp tổ"), due: d("2025-09-15")))
        XCTAssertEqual(error("đổi hạn nhiệm vụ 3 sang hằng tháng"), .dateNotADay("hằng tháng"))
        XCTAssertEqual(error("đổi hạn nhiệm vụ 3 sang 30/02"), .invalidDate("30/02"))
    }
}
