@testable import DanVanTasks
import DanVanIntents
import DanVanText
import XCTest

/// Recurring tasks: the rule's dates across month ends and leap years, the command and deadline-cell
/// phrases, and completing an occurrence (next one scheduled, journaled, undoable).
final class TaskRecurrenceTests: StoreTestCase {
    private func d(_ iso: String) -> CalendarDate { CalendarDate(iso: iso)! }

    private func chain(_ rule: String, from iso: String, count: Int) -> [String] {
        let rule = TaskRecurrence(rule: rule)!
        var dates = [d(iso)]
        while dates.count < count { dates.append(rule.next(after: dates.last!)) }
        return dates.map(\.iso)
    }

    // MARK: the rule

    func testMonthlyDay31KeepsTheDayAcrossShortMonths() {
        XCTAssertEqual(chain("monthly:31", from: "2025-01-31", count: 5),
                       ["2025-01-31", "2025-02-28", "2025-03-31", "2025-04-30", "2025-05-31"])
        XCTAssertEqual(chain("monthly:31", from: "2024-01-31", count: 3), ["2024-01-31", "2024-02-29", "2024-03-31"])
        XCTAssertEqual(chain("monthly:30", from: "2025-12-30", count: 3), ["2025-12-30", "2026-01-30", "2026-02-28"])
    }

    func testMonthlyDay15AcrossTheYearEnd() {
        XCTAssertEqual(chain("monthly:15", from: "2025-11-15", count: 4),
                       ["2025-11-15", "2025-12-15", "2026-01-15", "2026-02-15"])
        // From a date that is not on the rule's day, the next one is the day of the same month.
        XCTAssertEqual(TaskRecurrence(rule: "monthly:15")!.next(after: d("2025-09-03")), d("2025-09-15"))
    }

    func testYearlyOnLeapDayFallsOnFebruary28InCommonYears() {
        XCTAssertEqual(chain("yearly:2-29", from: "2024-02-29", count: 5),
                       ["2024-02-29", "2025-02-28", "2026-02-28", "2027-02-28", "2028-02-29"])
        XCTAssertEqual(chain("yearly:12-31", from: "2025-12-31", count: 2), ["2025-12-31", "2026-12-31"])
    }

    func testQuarterlyEndsOfQuarters() {
        XCTAssertEqual(chain("quarterly:3-31", from: "2025-03-31", count: 5),
                       ["2025-03-31", "2025-06-30", "2025-09-30", "2025-12-31", "2026-03-31"])
        XCTAssertEqual(chain("quarterly:1-20", from: "2025-10-20", count: 3), ["2025-10-20", "2026-01-20", "2026-04-20"])
    }

    func testWeeklyAcrossTheYearAndFebruary() {
        XCTAssertEqual(chain("weekly", from: "2025-12-29", count: 2), ["2025-12-29", "2026-01-05"])
        XCTAssertEqual(chain("weekly", from: "2024-02-26", count: 2), ["2024-02-26", "2024-03-04"])
    }

    func testRuleTextRoundTripsAndBadRulesAreRefused() {
        for rule in ["weekly", "monthly:15", "monthly:31", "quarterly:3-31", "yearly:2-29"] {
            XCTAssertEqual(TaskRecurrence(rule: rule)?.rule, rule)
        }
        for bad in ["", "daily", "monthly", "monthly:0", "monthly:32", "yearly:13-1", "quarterly:x", "weekly:3"] {
            XCTAssertNil(TaskRecurrence(rule: bad), bad)
        }
    }

    func testFirstOccurrenceOfAWrittenPeriod() {
        func first(_ f: TaskRecurrence.Frequency, day: Int?, on iso: String) -> String? {
            TaskRecurrence.starting(f, day: day, anchor: nil, today: d(iso))?.first.iso
        }
        XCTAssertEqual(first(.monthly, day: 15, on: "2025-09-10"), "2025-09-15")
        XCTAssertEqual(first(.monthly, day: 15, on: "2025-09-15"), "2025-09-15")
        XCTAssertEqual(first(.monthly, day: 15, on: "2025-09-16"), "2025-10-15")
        XCTAssertEqual(first(.monthly, day: 31, on: "2025-02-10"), "2025-02-28")
        XCTAssertEqual(first(.monthly, day: 31, on: "2024-02-10"), "2024-02-29")
        XCTAssertEqual(first(.monthly, day: nil, on: "2025-04-02"), "2025-04-30")
        XCTAssertEqual(first(.quarterly, day: nil, on: "2025-09-10"), "2025-09-30")
        XCTAssertEqual(first(.quarterly, day: nil, on: "2025-10-01"), "2025-12-31")
        XCTAssertEqual(first(.yearly, day: nil, on: "2025-09-10"), "2025-12-31")
        XCTAssertEqual(first(.weekly, day: nil, on: "2025-09-10"), "2025-09-14")  // Wednesday → Sunday
        XCTAssertEqual(first(.weekly, day: nil, on: "2025-09-14"), "2025-09-14")
        XCTAssertNil(first(.monthly, day: 32, on: "2025-09-10"))
        XCTAssertNil(first(.monthly, day: 0, on: "2025-09-10"))
    }

    // MARK: the command

    private func draft(_ text: String, file: StaticString = #filePath, line: UInt = #line) -> TaskDraft? {
        guard case .success(.add(let draft))? = TestSupport.parser.parse(text, today: today)?.command else {
            XCTFail("not an add: \(text) → \(String(describing: TestSupport.parser.parse(text, today: today)?.command))",
                    file: file, line: line)
            return nil
        }
        return draft
    }

    func testCommandBeforeDay15EveryMonth() {
        for text in ["thêm nhiệm vụ: báo cáo tình hình an ninh, giao phòng kinh tế, trước ngày 15 hằng tháng",
                     "them nhiem vu bao cao tinh hinh an ninh giao phong kinh te truoc ngay 15 hang thang"] {
            guard let draft = draft(text) else { continue }
            XCTAssertEqual(Folding.fold(draft.title), "bao cao tinh hinh an ninh", text)
            XCTAssertEqual(draft.unit, "Phòng Kinh tế", text)
            XCTAssertEqual(draft.recurrence?.rule, "monthly:15", text)
            XCTAssertEqual(draft.due, d("2025-09-15"), text)
        }
    }

    func testCommandPeriodsWithoutDay() {
        let cases: [(String, String, String)] = [
            ("thêm nhiệm vụ họp tổ dân vận hằng tuần", "weekly", "2025-09-14"),
            ("thêm nhiệm vụ tổng hợp số liệu, hằng tháng", "monthly:31", "2025-09-30"),
            ("thêm nhiệm vụ sơ kết công tác dân vận hằng quý, giao phòng văn hóa xã hội", "quarterly:12-31", "2025-09-30"),
            ("thêm nhiệm vụ tổng kết, hằng năm", "yearly:12-31", "2025-12-31"),
        ]
        for (text, rule, due) in cases {
            guard let draft = draft(text) else { continue }
            XCTAssertEqual(draft.recurrence?.rule, rule, text)
            XCTAssertEqual(draft.due?.iso, due, text)
            XCTAssertFalse(Folding.fold(draft.title).contains("hang"), "period left in the title: \(draft.title)")
        }
    }

    func testCommandExplicitDeadlineAnchorsThePeriod() {
        guard let draft = draft("thêm nhiệm vụ báo cáo quý, giao phòng kinh tế, hạn 20/10/2025, hằng quý") else { return }
        XCTAssertEqual(draft.recurrence?.rule, "quarterly:10-20")
        XCTAssertEqual(draft.due, d("2025-10-20"))
        XCTAssertEqual(draft.title, "báo cáo quý")
    }

    func testCommandDay31AndImpossibleDay() {
        XCTAssertEqual(draft("thêm nhiệm vụ chốt sổ, ngày 31 hằng tháng")?.recurrence?.rule, "monthly:31")
        guard case .failure(let error)? = TestSupport.parser.parse("thêm nhiệm vụ chốt sổ, ngày 32 hằng tháng", today: today)?.command else {
            return XCTFail("ngày 32 accepted")
        }
        guard case .invalidDate(let shown) = error else { return XCTFail("\(error)") }
        XCTAssertTrue(shown.contains("32"), "the refusal names the impossible day: \(shown)")
    }

    func testCommandWithoutPeriodIsUnchanged() {
        XCTAssertNil(draft("thêm nhiệm vụ họp, giao phòng kinh tế, hạn 15/9")?.recurrence)
    }

    // MARK: the store

    func testCompletingSchedulesTheNextOccurrenceAndUndoTakesBothBack() throws {
        let rule = TaskRecurrence(rule: "monthly:31")!
        let first = try store.add(TaskDraft(title: "Báo cáo tháng", unit: "Phòng Kinh tế", due: d("2025-01-31"),
                                            recurrence: rule), user: "lan")
        XCTAssertEqual(try store.task(id: first.id)?.recurrence, rule)
        let done = try store.complete(id: first.id, user: "lan")
        XCTAssertEqual(done.status, .done)
        let next = try XCTUnwrap(store.nextOccurrence(of: first.id))
        XCTAssertEqual(next.due, d("2025-02-28"))
        XCTAssertEqual(next.title, "Báo cáo tháng")
        XCTAssertEqual(next.unit, "Phòng Kinh tế")
        XCTAssertEqual(next.recurrence, rule)
        XCTAssertEqual(next.status, .pending)

        // The list shows the next occurrence only (the done one is not pending).
        let pending = try store.tasks(matching: TaskFilter(status: .open), today: today)
        XCTAssertEqual(pending.map(\.id), [next.id])
        // The occurrence after that keeps the day: 31/03.
        try store.complete(id: next.id, user: "lan")
        XCTAssertEqual(try store.nextOccurrence(of: next.id)?.due, d("2025-03-31"))

        // One undo reverts the second completion and its new occurrence together.
        let undone = try store.undo(user: "lan")
        XCTAssertEqual(undone.action, .done)
        XCTAssertEqual(try store.task(id: next.id)?.status, .pending)
        XCTAssertNil(try store.nextOccurrence(of: next.id))
        // Done again: exactly one new occurrence.
        try store.complete(id: next.id, user: "lan")
        let again = try XCTUnwrap(store.nextOccurrence(of: next.id))
        XCTAssertEqual(again.due, d("2025-03-31"))
        // Reopened and done again: no second copy.
        try store.reopen(id: next.id, user: "lan")
        try store.complete(id: next.id, user: "lan")
        let copies = try store.tasks(matching: TaskFilter(status: .open), today: today).filter { $0.due == d("2025-03-31") }
        XCTAssertEqual(copies.count, 1)
    }

    func testCompletingAPlainTaskAddsNothing() throws {
        let task = try store.add(TaskDraft(title: "Họp", due: d("2025-09-15")), user: "lan")
        try store.complete(id: task.id, user: "lan")
        XCTAssertNil(try store.nextOccurrence(of: task.id))
        XCTAssertEqual(try store.tasks(matching: TaskFilter(status: .open), today: today).count, 0)
    }

    private func ask(_ responder: TaskResponder, _ text: String) -> String {
        guard let parse = TestSupport.parser.parse(text, today: today) else {
            XCTFail("not a task command: \(text)")
            return ""
        }
        return DocumentRenderer(width: 10_000, color: false).render(responder.respond(to: parse, today: today, user: "lan").document)
    }

    func testResponderNamesTheNextOccurrenceAndListsShowThePeriod() throws {
        let responder = TaskResponder(store: store)
        _ = ask(responder, "thêm nhiệm vụ báo cáo an ninh, giao phòng kinh tế, trước ngày 15 hằng tháng")
        let done = ask(responder, "xong nhiệm vụ 1")
        XCTAssertTrue(done.contains("#2"), done)
        XCTAssertTrue(done.contains("15/10/2025"), done)
        let list = ask(responder, "danh sách nhiệm vụ chưa hoàn thành")
        XCTAssertTrue(list.contains("15/10/2025 (hằng tháng)"), list)
        XCTAssertFalse(list.contains("15/09/2025"), list)
    }

    // MARK: the appendix

    func testDeadlineCellsMakeRecurringTasks() throws {
        let csv = """
            STT,Nội dung nhiệm vụ,Đơn vị chủ trì,Thời gian hoàn thành
            1,Báo cáo tình hình,Phòng Kinh tế,Trước ngày 15 hằng tháng
            2,Sơ kết quý,Phòng Kinh tế,Hàng quý
            3,Họp giao ban,Phòng Kinh tế,hằng tuần
            4,Tổng kết năm,Phòng Kinh tế,"15/12/2025, hằng năm"
            5,Rà soát,Phòng Kinh tế,Thường xuyên
            """
        let url = try TestSupport.write(csv, named: "phu-luc.csv", in: dir)
        let report = try store.importCSV(at: url, vocabulary: TestSupport.vocabulary, resolveUnit: TestSupport.resolver,
                                         today: today, user: "lan")
        let t = report.added
        XCTAssertEqual(t.map { $0.recurrence?.rule }, ["monthly:15", "quarterly:12-31", "weekly", "yearly:12-15", nil])
        XCTAssertEqual(t.map { $0.due?.iso }, ["2025-09-15", "2025-09-30", "2025-09-14", "2025-12-15", nil])
    }

    func testImpossibleDayInACellRefusesTheFile() throws {
        let csv = "Nội dung nhiệm vụ,Thời gian hoàn thành\nBáo cáo,ngày 35 hằng tháng\n"
        let url = try TestSupport.write(csv, named: "phu-luc.csv", in: dir)
        XCTAssertThrowsError(try store.importCSV(at: url, vocabulary: TestSupport.vocabulary, resolveUnit: TestSupport.resolver,
                                                 today: today, user: "lan"))
        XCTAssertEqual(try store.tasks(matching: TaskFilter(), today: today).count, 0)
    }

    // MARK: exports

    /// `tasks export --format csv` writes each rule in a "Lặp lại" column that `tasks import` reads
    /// back: the same dates for two years, including a day 31 its current month lacks.
    func testCSVExportCarriesTheRuleAndImportGivesItBack() throws {
        let rules = [("Báo cáo tháng", "monthly:31", "2025-09-30"), ("Sơ kết quý", "quarterly:3-31", "2025-09-30"),
                     ("Giao ban", "weekly", "2025-09-14"), ("Tổng kết năm", "yearly:12-15", "2025-12-15"),
                     ("Báo cáo giữa tháng", "monthly:15", "2025-09-15")]
        for (title, rule, due) in rules {
            try store.add(TaskDraft(title: title, unit: "Phòng Kinh tế", due: d(due), recurrence: TaskRecurrence(rule: rule)), user: "lan")
        }
        try store.add(TaskDraft(title: "Khảo sát một lần", unit: "Phòng Kinh tế", due: d("2025-10-01")), user: "lan")
        let csv = try store.export(format: .csv, today: today)
        let lines = csv.components(separatedBy: "\r\n")
        XCTAssertTrue(lines[0].hasSuffix(",\(Msg.taskExportRecurrenceHeader)"), lines[0])
        XCTAssertTrue(lines.contains { $0.contains("Báo cáo tháng") && $0.hasSuffix(",ngày 31 hằng tháng") }, csv)
        XCTAssertTrue(lines.contains { $0.contains("Tổng kết năm") && $0.hasSuffix(",ngày 15/12 hằng năm") }, csv)
        XCTAssertTrue(lines.contains { $0.contains("Khảo sát một lần") && $0.hasSuffix(",") }, "no rule, empty cell")

        let other = try TaskStore(path: dir.appendingPathComponent("other.sqlite").path)
        let url = try TestSupport.write(csv, named: "xuat.csv", in: dir)
        let report = try other.importCSV(at: url, vocabulary: TestSupport.vocabulary, resolveUnit: TestSupport.resolver,
                                         today: today, user: "lan")
        XCTAssertEqual(report.added.count, 6)
        for (title, rule, due) in rules {
            let back = try XCTUnwrap(report.added.first { $0.title == title })
            let imported = try XCTUnwrap(back.recurrence, title)
            XCTAssertEqual(back.due?.iso, due, title)
            let original = try XCTUnwrap(TaskRecurrence(rule: rule))
            XCTAssertEqual(imported.occurrences(from: d(due), through: d("2027-09-30")),
                           original.occurrences(from: d(due), through: d("2027-09-30")), "\(title): \(imported.rule) ≠ \(rule)")
        }
        XCTAssertEqual(report.added.first { $0.title == "Báo cáo tháng" }?.recurrence?.rule, "monthly:31", "not clamped to 30")
        XCTAssertNil(report.added.first { $0.title == "Khảo sát một lần" }?.recurrence)
    }

    func testJSONAndMarkdownExportsCarryTheRule() throws {
        try store.add(TaskDraft(title: "Báo cáo tháng", due: d("2025-09-15"), recurrence: TaskRecurrence(rule: "monthly:15")), user: "lan")
        try store.add(TaskDraft(title: "Một lần", due: d("2025-09-20")), user: "lan")
        let json = try JSONSerialization.jsonObject(with: Data(try store.export(format: .json, today: today).utf8)) as? [String: Any]
        let tasks = try XCTUnwrap(json?["tasks"] as? [[String: Any]])
        XCTAssertEqual(tasks[0]["recurrence"] as? String, "monthly:15")
        XCTAssertEqual(tasks[0]["recurrenceText"] as? String, "ngày 15 hằng tháng")
        XCTAssertTrue(tasks[1]["recurrence"] is NSNull, "the key is there, null")
        let md = try store.export(format: .md, today: today)
        XCTAssertTrue(md.contains("| \(Msg.taskExportRecurrenceHeader) |"), md)
        XCTAssertTrue(md.contains("| ngày 15 hằng tháng |"), md)
    }

    func testAnUnreadableRecurrenceCellRefusesTheFile() throws {
        let csv = "Nội dung nhiệm vụ,Thời gian hoàn thành,Lặp lại\nBáo cáo,15/10/2025,hằng tháng\nHọp,20/10/2025,thỉnh thoảng\n"
        let url = try TestSupport.write(csv, named: "phu-luc.csv", in: dir)
        XCTAssertThrowsError(try store.importCSV(at: url, vocabulary: TestSupport.vocabulary, resolveUnit: TestSupport.resolver,
                                                 today: today, user: "lan")) { error in
            let text = TaskErrorWording.message(for: error)
            XCTAssertTrue(text.contains("Dòng 3: không đọc được cột lặp lại “thỉnh thoảng”"), text)
        }
        XCTAssertEqual(try store.tasks(matching: TaskFilter(), today: today).count, 0)
        // The column alone, no deadline: the first occurrence from today.
        let alone = try TestSupport.write("Nội dung nhiệm vụ,Lặp lại\nBáo cáo,ngày 20 hằng tháng\n", named: "b.csv", in: dir)
        let added = try store.importCSV(at: alone, vocabulary: TestSupport.vocabulary, resolveUnit: TestSupport.resolver,
                                        today: today, user: "lan").added
        XCTAssertEqual(added.map { $0.recurrence?.rule }, ["monthly:20"])
        XCTAssertEqual(added.map { $0.due?.iso }, ["2025-09-20"])
    }
}
