import DanVanIntents
import DanVanTasks
import DanVanText
import XCTest

final class TaskCommandParserTests: XCTestCase {
    let today = TestSupport.today

    private func command(_ text: String, file: StaticString = #filePath, line: UInt = #line) -> TaskCommand? {
        guard let parse = TestSupport.parser.parse(text, today: today) else {
            XCTFail("not parsed: \(text)", file: file, line: line)
            return nil
        }
        switch parse.command {
        case .success(let command): return command
        case .failure(let error):
            XCTFail("refused \(text): \(error)", file: file, line: line)
            return nil
        }
    }

    private func error(_ text: String) -> TaskCommandError? {
        guard case .failure(let error)? = TestSupport.parser.parse(text, today: today)?.command else { return nil }
        return error
    }

    private func intent(_ text: String) -> String? { TestSupport.parser.parse(text, today: today)?.intent.rawValue }

    // MARK: add

    func testAddFullForm() {
        let c = command("thêm nhiệm vụ: Tuyên truyền Luật Thực hiện dân chủ ở cơ sở trên loa truyền thanh, giao Trung tâm sự nghiệp công, hạn 20/10/2025")
        XCTAssertEqual(c, .add(TaskDraft(title: "Tuyên truyền Luật Thực hiện dân chủ ở cơ sở trên loa truyền thanh",
                                         unit: "Trung tâm sự nghiệp công xã", due: CalendarDate(iso: "2025-10-20"))))
    }

    func testAddWithoutDiacriticsColonOrCommas() {
        let c = command("them nhiem vu hop to dan van cho phong kinh te truoc ngay 15/9")
        XCTAssertEqual(c, .add(TaskDraft(title: "hop to dan van", unit: "Phòng Kinh tế", due: CalendarDate(iso: "2025-09-15"))))
    }

    func testAddDateForms() {
        let expected = CalendarDate(iso: "2025-09-15")
        for text in ["thêm nhiệm vụ họp, giao phòng kinh tế, hạn 15/9",
                     "thêm nhiệm vụ họp, giao phòng kinh tế, hạn 15-9-2025",
                     "thêm nhiệm vụ họp, giao phòng kinh tế, hạn ngày 15 tháng 9",
                     "thêm nhiệm vụ họp giao phòng kinh tế hạn chót 15/09/2025",
                     "thêm nhiệm vụ họp, giao phòng kinh tế, trước ngày 15.9.2025",
                     "THÊM NHIỆM VỤ HỌP, GIAO PHÒNG KINH TẾ, HẠN 15/9"] {
            guard case .add(let draft)? = command(text) else { continue }
            XCTAssertEqual(draft.due, expected, text)
            XCTAssertEqual(Folding.fold(draft.title), "hop", text)
            XCTAssertEqual(draft.unit, "Phòng Kinh tế", text)
        }
    }

    func testAddInNFD() {
        let c = command("thêm nhiệm vụ: họp tổ, giao phòng VH-XH, hạn 20/10/2025".decomposedStringWithCanonicalMapping)
        XCTAssertEqual(c, .add(TaskDraft(title: "họp tổ", unit: "Phòng Văn hóa - Xã hội", due: CalendarDate(iso: "2025-10-20"))))
    }

    func testAddKeepsCommasAndWordsOfContent() {
        let c = command("thêm nhiệm vụ: Tập huấn cho cán bộ, công chức về dân vận, giao phòng vhxh, hạn 30/11/2025")
        XCTAssertEqual(c, .add(TaskDraft(title: "Tập huấn cho cán bộ, công chức về dân vận", unit: "Phòng Văn hóa - Xã hội",
                                         due: CalendarDate(iso: "2025-11-30"))))
        // "hạn chế" and "bàn giao" are content, not clauses.
        let d = command("thêm nhiệm vụ hạn chế bàn giao hồ sơ giấy, giao phòng kinh tế")
        XCTAssertEqual(d, .add(TaskDraft(title: "hạn chế bàn giao hồ sơ giấy", unit: "Phòng Kinh tế")))
    }

    func testAddWithoutUnitOrDeadline() {
        XCTAssertEqual(command("thêm nhiệm vụ: rà soát hương ước"), .add(TaskDraft(title: "rà soát hương ước")))
    }

    func testAddCoUnitsAndCourtesy() {
        let c = command("cho tôi thêm nhiệm vụ: Hội nghị đối thoại, giao phòng vhxh, phối hợp phòng kinh tế, hạn 01/10/2025 nhé")
        XCTAssertEqual(c, .add(TaskDraft(title: "Hội nghị đối thoại", unit: "Phòng Văn hóa - Xã hội", coUnits: "Phòng Kinh tế",
                                         due: CalendarDate(iso: "2025-10-01"))))
    }

    func testYearRule() {
        // 15/1 seen on 20/12/2025 is next January; 15/8 seen on 10/9/2025 stays this year (overdue).
        let late = CalendarDate(iso: "2025-12-20")!
        guard case .success(.add(let draft))? = TestSupport.parser.parse("thêm nhiệm vụ họp, hạn 15/1", today: late)?.command
        else { return XCTFail() }
        XCTAssertEqual(draft.due, CalendarDate(iso: "2026-01-15"))
        XCTAssertEqual(DueYearRule.date(day: 15, month: 8, today: today), CalendarDate(iso: "2025-08-15"))
    }

    // MARK: add — bad input

    func testAddMissingContent() {
        XCTAssertEqual(error("thêm nhiệm vụ"), .missingContent)
        XCTAssertEqual(error("thêm nhiệm vụ: , giao phòng kinh tế, hạn 20/10/2025"), .missingContent)
        XCTAssertEqual(error("them nhiem vu han 20/10/2025"), .missingContent)
    }

    func testAddImpossibleDates() {
        XCTAssertEqual(error("thêm nhiệm vụ Họp tổ dân vận, giao Phòng VH-XH, hạn 31/02/2025"), .invalidDate("31/02/2025"))
        XCTAssertEqual(error("thêm nhiệm vụ họp, hạn 40/13"), .invalidDate("40/13"))
        XCTAssertEqual(error("thêm nhiệm vụ họp, hạn ngày 31 tháng 2"), .invalidDate("31/2"))
        XCTAssertEqual(error("thêm nhiệm vụ họp, hạn 29/2"), .invalidDate("29/02/2026"))
        XCTAssertEqual(error("thêm nhiệm vụ họp, hạn chót: tuần sau nữa"), .dateNotUnderstood("tuần sau nữa"))
    }

    func testAddUnknownUnit() {
        XCTAssertEqual(error("thêm nhiệm vụ họp tổ, giao phòng tài nguyên, hạn 20/10/2025"),
                       .unknownUnit(name: "phòng tài nguyên", suggestions: ["Phòng Kinh tế", "Phòng Văn hóa - Xã hội"]))
        XCTAssertEqual(error("them nhiem vu hop to giao phong abc han 20/10"),
                       .unknownUnit(name: "phong abc", suggestions: ["Phòng Kinh tế", "Phòng Văn hóa - Xã hội"]))
    }

    func testSQLLookingTextIsRefused() {
        XCTAssertEqual(error("thêm nhiệm vụ: '; DROP TABLE task; --, giao phòng kinh tế, hạn 20/10/2025"), .looksLikeSQL)
        XCTAssertEqual(error("xóa nhiệm vụ 1; delete from task"), .looksLikeSQL)
        XCTAssertEqual(intent("xóa nhiệm vụ 1 OR 1=1"), "task.delete")
        XCTAssertEqual(error("xóa nhiệm vụ 1 OR 1=1"), .looksLikeSQL)
    }

    // MARK: commands on one task

    func testDone() {
        for text in ["hoàn thành nhiệm vụ 3", "xong nhiệm vụ #3", "xong nv 3", "xong nhiem vu so 3", "Đã xong nhiệm vụ 3 ạ",
                     "danh dau hoan thanh nv #3"] {
            XCTAssertEqual(command(text), .complete(.number(3)), text)
            XCTAssertEqual(intent(text), "task.done", text)
        }
        XCTAssertEqual(error("xong nhiệm vụ"), .missingNumber(example: "hoàn thành nhiệm vụ 3"))
    }

    func testLooserForms() {
        XCTAssertEqual(command("thêm một nhiệm vụ mới: họp tổ, giao phòng kinh tế"), .add(TaskDraft(title: "họp tổ", unit: "Phòng Kinh tế")))
        XCTAssertEqual(command("tôi đã hoàn thành nhiệm vụ 3"), .complete(.number(3)))
        XCTAssertEqual(command("xong #3"), .complete(.number(3)))
        XCTAssertEqual(command("nhiệm vụ 3 đã xong"), .complete(.number(3)))
        XCTAssertEqual(command("đánh dấu nhiệm vụ số 3 là hoàn thành"), .complete(.number(3)))
        XCTAssertEqual(command("nhiệm vụ 3 đã xong chưa"), .show(.number(3)))
        XCTAssertEqual(command("nhiệm vụ 3: đã họp xong"), .show(.number(3)))
        XCTAssertEqual(command("nv 3 đã hoàn thành rồi"), .complete(.number(3)))
        XCTAssertEqual(command("nhiệm vụ 3 hoàn thành khi nào?"), .show(.number(3)))
        XCTAssertEqual(command("hoàn tác thao tác vừa rồi"), .undo)
        XCTAssertEqual(command("nhiệm vụ đến hạn hôm nay"), .list(TaskFilter(status: .open, dueWithinDays: 0)))
        XCTAssertEqual(command("có nhiệm vụ nào quá hạn không"), .list(TaskFilter(status: .open, overdueOnly: true)))
        XCTAssertEqual(command("việc gì sắp đến hạn"), .list(TaskFilter(status: .open, dueWithinDays: 7)))
        XCTAssertEqual(command("Thêm nhiệm vụ: Họp; giao: Phòng Kinh tế; hạn: 15/10/2025"),
                       .add(TaskDraft(title: "Họp", unit: "Phòng Kinh tế", due: CalendarDate(iso: "2025-10-15"))))
    }

    func testUpdate() {
        XCTAssertEqual(command("cập nhật nhiệm vụ 3: đã họp xong"), .update(.number(3), note: "đã họp xong"))
        XCTAssertEqual(command("cap nhat nv 3 da hop xong"), .update(.number(3), note: "da hop xong"))
        XCTAssertEqual(command("cập nhật nhiệm vụ họp tổ: đã gửi giấy mời"), .update(.words("họp tổ"), note: "đã gửi giấy mời"))
        XCTAssertEqual(error("cập nhật nhiệm vụ 3"), .missingNote)
        XCTAssertEqual(intent("cập nhật nhiệm vụ 3: x"), "task.update")
    }

    func testReschedule() {
        XCTAssertEqual(command("đổi hạn nhiệm vụ 3 sang 20/10"), .reschedule(.number(3), due: CalendarDate(iso: "2025-10-20")!))
        XCTAssertEqual(command("gia han nv 3 den ngay 30 thang 10 nam 2025"), .reschedule(.number(3), due: CalendarDate(iso: "2025-10-30")!))
        XCTAssertEqual(error("đổi hạn nhiệm vụ 3 sang 31/02/2025"), .invalidDate("31/02/2025"))
        XCTAssertEqual(error("đổi hạn nhiệm vụ 3"), .missingDate)
        XCTAssertEqual(error("đổi hạn nhiệm vụ 3 sang tuần sau nữa"), .dateNotUnderstood("tuần sau nữa"))
        XCTAssertEqual(intent("đổi hạn nhiệm vụ 3 sang 20/10"), "task.reschedule")
    }

    func testReassign() {
        XCTAssertEqual(command("giao lại nhiệm vụ 3 cho phòng kinh tế"), .reassign(.number(3), unit: "Phòng Kinh tế"))
        XCTAssertEqual(command("giao lai nv 3 cho ttsnc"), .reassign(.number(3), unit: "Trung tâm sự nghiệp công xã"))
        XCTAssertEqual(error("giao lại nhiệm vụ 3 cho phòng abc"),
                       .unknownUnit(name: "phòng abc", suggestions: ["Phòng Kinh tế", "Phòng Văn hóa - Xã hội"]))
        XCTAssertEqual(error("giao lại nhiệm vụ 3"), .missingUnit)
        XCTAssertEqual(intent("giao lại nhiệm vụ 3 cho phòng kinh tế"), "task.reassign")
    }

    func testDeleteUndoHistoryShow() {
        XCTAssertEqual(command("xóa nhiệm vụ 3"), .delete(.number(3)))
        XCTAssertEqual(command("xoa nv 3"), .delete(.number(3)))
        XCTAssertEqual(command("hoàn tác"), .undo)
        XCTAssertEqual(command("hoan tac"), .undo)
        XCTAssertEqual(command("hoàn tác giúp tôi"), .undo)
        XCTAssertEqual(command("lịch sử nhiệm vụ 3"), .history(.number(3)))
        XCTAssertEqual(command("lich su nhiem vu"), .history(nil))
        XCTAssertEqual(command("xem nhiệm vụ 3"), .show(.number(3)))
        XCTAssertEqual(command("nhiệm vụ số 3"), .show(.number(3)))
        XCTAssertEqual(command("khôi phục nhiệm vụ 3"), .restore(.number(3)))
        XCTAssertEqual(command("mở lại nhiệm vụ 3"), .reopen(.number(3)))
        XCTAssertEqual(intent("hoàn tác"), "task.undo")
        XCTAssertEqual(intent("lịch sử nhiệm vụ 3"), "task.history")
        XCTAssertEqual(intent("xem nhiệm vụ 3"), "task.show")
        XCTAssertEqual(intent("xóa nhiệm vụ 3"), "task.delete")
    }

    // MARK: lists

    func testLists() {
        XCTAssertEqual(command("danh sách nhiệm vụ"), .list(TaskFilter()))
        XCTAssertEqual(command("danh sach nhiem vu"), .list(TaskFilter()))
        XCTAssertEqual(command("nhiệm vụ chưa hoàn thành"), .list(TaskFilter(status: .open)))
        XCTAssertEqual(command("nhiem vu da hoan thanh"), .list(TaskFilter(status: .done)))
        XCTAssertEqual(command("nhiệm vụ quá hạn"), .list(TaskFilter(status: .open, overdueOnly: true)))
        XCTAssertEqual(command("nhiệm vụ sắp đến hạn"), .list(TaskFilter(status: .open, dueWithinDays: 7)))
        XCTAssertEqual(command("nhiệm vụ sắp đến hạn trong 30 ngày tới"), .list(TaskFilter(status: .open, dueWithinDays: 30)))
        XCTAssertEqual(command("nhiệm vụ trong 2 tuần tới"), .list(TaskFilter(status: .open, dueWithinDays: 14)))
        XCTAssertEqual(command("nhiệm vụ quá hạn của phòng kinh tế"),
                       .list(TaskFilter(status: .open, overdueOnly: true, unit: "Phòng Kinh tế")))
        XCTAssertEqual(command("danh sách nhiệm vụ của phòng vhxh"), .list(TaskFilter(unit: "Phòng Văn hóa - Xã hội")))
        XCTAssertEqual(command("liệt kê các nhiệm vụ đã xóa"), .list(TaskFilter(status: .deleted)))
        XCTAssertEqual(intent("nhiệm vụ quá hạn"), "task.list")
        XCTAssertEqual(error("nhiệm vụ quá hạn của phòng abc"),
                       .unknownUnit(name: "phòng abc", suggestions: ["Phòng Kinh tế", "Phòng Văn hóa - Xã hội"]))
    }

    /// Knowledge questions stay with the intent engine: nil lets it fall through.
    func testNotTaskCommands() {
        for text in ["nhiệm vụ của phòng văn hóa xã hội", "nhiem vu phong vhxh", "nhiệm vụ của văn phòng HĐND và UBND",
                     "phòng kinh tế cần làm gì", "hạn báo cáo", "còn mấy ngày nữa đến hạn báo cáo lần 1",
                     "kế hoạch có những nhiệm vụ gì", "nhiệm vụ 6 tháng cuối năm 2025", "nghị định 59", "",
                     "văn bản căn cứ", "tóm tắt nội dung kế hoạch", "xem nhiệm vụ của phòng kinh tế"] {
            XCTAssertNil(TestSupport.parser.parse(text, today: today), text)
        }
    }

    func testVocabularyExamplesParseToTheirIntent() {
        for (intent, words) in TestSupport.vocabulary.intents {
            for example in words.examples {
                XCTAssertEqual(self.intent(example), intent, example)
                if case .failure(let e)? = TestSupport.parser.parse(example, today: today)?.command { XCTFail("\(example): \(e)") }
            }
        }
    }

    func testSlots() {
        let parse = TestSupport.parser.parse("thêm nhiệm vụ: họp, giao phòng kinh tế, hạn 20/10/2025", today: today)!
        XCTAssertEqual(parse.slots, ["title": "họp", "unit": "Phòng Kinh tế", "due": "2025-10-20"])
        XCTAssertEqual(TestSupport.parser.parse("xong nv 3", today: today)!.slots, ["id": "3"])
    }
}
