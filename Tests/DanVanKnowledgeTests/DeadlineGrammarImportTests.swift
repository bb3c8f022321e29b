import DanVanKnowledge
import DanVanText
import XCTest

/// Deadlines with several dates, times of day, frequencies and delays, read through the date grammar.
/// The report lines are copied from real plans (Bắc Ninh 144, Đồng Nai 179, Đồng Tháp 556, Hà Nội 310
/// of the 2025 corpus) into a small synthetic plan; the others are written for these tests.
final class DeadlineGrammarImportTests: XCTestCase {
    private func date(_ y: Int, _ m: Int, _ d: Int) -> CalendarDate { CalendarDate(year: y, month: m, day: d)! }

    private func plan(_ duties: [String]) throws -> Plan {
        let text = TestSupport.communePlanText(number: 12, title: "Phòng chống dịch bệnh năm 2025 trên địa bàn xã Bình Minh", body: """
        I. MỤC ĐÍCH, YÊU CẦU
        1. Mục đích
        - Chủ động phòng, chống dịch bệnh.
        II. TỔ CHỨC THỰC HIỆN
        1. Trạm Y tế xã
        \(duties.map { "- " + $0 }.joined(separator: "\n"))
        """)
        return try TestSupport.importer.importPlan(text: text, id: "test-deadlines")
    }

    func testRealReportLinesFromSeveralPlans() throws {
        let p = try plan([
            "Định kỳ gửi báo cáo kết quả thực hiện trước ngày 15/11 hằng năm và báo cáo đột xuất khi có yêu cầu.",
            "Định kỳ 06 tháng các cơ quan có liên quan báo cáo kết quả thực hiện gửi về Sở Khoa học Công nghệ.",
            "Định kỳ hàng năm báo cáo kết quả thực hiện về Sở Nông nghiệp và Môi trường chậm nhất ngày 17 tháng 12.",
            "Định kỳ trước ngày 30 tháng 11 hàng năm báo cáo kết quả thực hiện về UBND Thành phố.",
        ])
        let yearly = p.deadlines.filter { $0.recurrence == .yearly }
        XCTAssertEqual(yearly.map { "\($0.day ?? 0)/\($0.month ?? 0)" }, ["15/11", "17/12", "30/11"])
        let semiAnnual = try XCTUnwrap(p.deadlines.first { $0.interval == 6 })
        XCTAssertEqual(semiAnnual.recurrence, .monthly)
        XCTAssertEqual(semiAnnual.nextOccurrence(from: date(2025, 9, 10)), date(2025, 12, 31))
        XCTAssertEqual(semiAnnual.ruleText, "định kỳ 6 tháng")
        XCTAssertEqual(p.deadlines.count, 4)
    }

    func testEveryDateOfOnePhrase() throws {
        let p = try plan(["Báo cáo kết quả về UBND xã trước ngày 01/6 và 15/11 hằng năm."])
        XCTAssertEqual(p.deadlines.map(\.recurrence), [.yearly, .yearly])
        XCTAssertEqual(p.deadlines.map { "\($0.day ?? 0)/\($0.month ?? 0)" }, ["1/6", "15/11"])
        XCTAssertEqual(p.deadlines.first?.nextOccurrence(from: date(2025, 9, 10)), date(2026, 6, 1))
        let fixed = try plan(["Báo cáo sơ kết trước ngày 10/10/2025 và 10/12/2025."])
        XCTAssertEqual(fixed.deadlines.map(\.date), [date(2025, 10, 10), date(2025, 12, 10)])
    }

    func testTimesOfDayAndFrequencies() throws {
        let p = try plan([
            "Tổng hợp số ca bệnh, báo cáo Trung tâm Y tế trước 19h00 hằng ngày.",
            "Cập nhật tình hình dịch, báo cáo 02 lần/ngày (trước 9h00 và 16h00) trong thời gian cao điểm.",
        ])
        guard p.deadlines.count == 2 else { return XCTFail("two deadlines expected: \(p.deadlines)") }
        XCTAssertEqual(p.deadlines[0].recurrence, .daily)
        XCTAssertEqual(p.deadlines[0].times, [TimeOfDay(hour: 19)!])
        XCTAssertEqual(p.deadlines[0].ruleText, "hằng ngày, trước 19h00")
        XCTAssertEqual(p.deadlines[1].recurrence, .daily)
        XCTAssertEqual(p.deadlines[1].timesPerPeriod, 2)
        XCTAssertEqual(p.deadlines[1].times, [TimeOfDay(hour: 9)!, TimeOfDay(hour: 16)!])
        XCTAssertEqual(p.deadlines[1].ruleText, "hằng ngày, 2 lần (trước 9h00 và 16h00)")
        XCTAssertEqual(p.deadlines[1].nextOccurrence(from: date(2025, 9, 12)), date(2025, 9, 12))
    }

    func testDelaysAndPeriods() throws {
        let p = try plan([
            "Trong thời hạn 10 ngày kể từ ngày nhận được văn bản, báo cáo kết quả rà soát về UBND xã.",
            "Xây dựng kế hoạch chi tiết, hoàn thành trong Quý IV/2025.",
            "Rà soát danh sách hộ, xong trong tháng 11/2025.",
        ])
        let offset = try XCTUnwrap(p.deadlines.first { $0.offsetDays != nil })
        XCTAssertEqual(offset.offsetDays, 10)
        XCTAssertEqual(offset.anchor, "ngày nhận được văn bản")
        XCTAssertNil(offset.nextOccurrence(from: date(2025, 9, 10)))
        XCTAssertEqual(p.deadlines.compactMap(\.date), [date(2025, 12, 31), date(2025, 11, 30)])
    }

    func testNotDeadlines() throws {
        let p = try plan([
            "Kinh phí được bố trí trong dự toán ngân sách hằng năm theo Nghị quyết số 197/2025/QH15.",
            "Báo cáo quý gửi trước ngày 20 của tháng cuối quý.",
        ])
        XCTAssertEqual(p.deadlines, [])
    }

    func testOldPlanFilesStillDecode() throws {
        let json = #"{"label":"Báo cáo","date":"2025-09-03","recurrence":"monthly","day":15,"section":"III.3","text":"…"}"#
        let d = try JSONDecoder().decode(Deadline.self, from: Data(json.utf8))
        XCTAssertEqual(d.recurrence, .monthly)
        XCTAssertNil(d.times)
        let again = try JSONDecoder().decode(Deadline.self, from: JSONEncoder().encode(d))
        XCTAssertEqual(again, d)
        var timed = d
        timed.times = [TimeOfDay(hour: 9, minute: 30)!]
        XCTAssertEqual(try JSONDecoder().decode(Deadline.self, from: JSONEncoder().encode(timed)), timed)
    }
}
