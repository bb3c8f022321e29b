import DanVanKnowledge
import DanVanText
import XCTest

/// Deadlines written without a deadline word: timing lines ("Thời gian thực hiện: Tháng 12/2025."),
/// daily reports ("báo cáo hằng ngày"), a report's period ("báo cáo … trong tháng 11/2025"); and timings
/// that are no deadline ("Từ 01/7/2025", "Năm 2025 và các năm tiếp theo", "Từ tháng 3 đến tháng 11 hằng năm").
/// The lines follow real plans of the corpus (Bắc Ninh 141, Cần Thơ 159, Đắk Lắk 0130/0134, Đồng Nai 182,
/// Lai Châu 7360, TP Hồ Chí Minh 172) in a synthetic plan.
final class TimingDeadlineImportTests: XCTestCase {
    private func date(_ y: Int, _ m: Int, _ d: Int) -> CalendarDate { CalendarDate(year: y, month: m, day: d)! }

    private func plan(_ body: String) throws -> Plan {
        let text = TestSupport.communePlanText(number: 12, title: "Phòng chống dịch bệnh năm 2025 trên địa bàn xã Bình Minh", body: """
        I. MỤC ĐÍCH, YÊU CẦU
        1. Mục đích
        - Chủ động phòng, chống dịch bệnh.
        \(body)
        """)
        return try TestSupport.importer.importPlan(text: text, id: "test-timing")
    }

    func testTimingLinesGiveTheEndOfTheirPeriod() throws {
        let p = try plan("""
        II. NHIỆM VỤ
        1. Ứng dụng công nghệ số
        - Ra mắt trợ lý pháp luật cho cán bộ, công chức.
        Đơn vị chủ trì: Trạm Y tế xã.
        Thời gian thực hiện: Tháng 12/2025.
        - Rà soát danh sách hộ gia đình có nguy cơ.
        Đơn vị chủ trì: Công an xã.
        Thời gian thực hiện: Quý IV/2025.
        2. Thời gian thực hiện:
        Từ nay đến hết năm 2025.
        """)
        XCTAssertEqual(p.deadlines.map(\.date), [date(2025, 12, 31), date(2025, 12, 31), date(2025, 12, 31)])
        XCTAssertEqual(p.deadlines.map(\.label), ["Ra mắt trợ lý pháp luật cho cán bộ, công chức.",
                                                   "Rà soát danh sách hộ gia đình có nguy cơ.", "Thời gian thực hiện"])
        XCTAssertEqual(p.deadlines.first?.text, "Thời gian thực hiện: Tháng 12/2025.")
    }

    func testTimingsThatAreNoDeadline() throws {
        let p = try plan("""
        II. NHIỆM VỤ
        1. Thực hiện chính sách đặc thù
        - Chi trả chế độ hỗ trợ cho người làm công tác pháp chế.
        Thời gian thực hiện: Từ 01/7/2025.
        - Rà soát văn bản quy phạm pháp luật.
        Thời gian thực hiện: Năm 2025 và các năm tiếp theo.
        - Hướng dẫn áp dụng tiêu chuẩn.
        Thời gian thực hiện: Quý IV năm 2025 và các năm tiếp theo.
        - Tổ chức hội nghị.
        Thời gian thực hiện: Hằng năm.
        - Quan trắc môi trường vùng nuôi.
        Thời gian thực hiện: Từ tháng 3 đến tháng 11 hằng năm.
        - Triển khai Kế hoạch.
        Thời gian thực hiện: Từ năm 2026 - 2030.
        - Ban hành hướng dẫn.
        Thời gian thực hiện: Sau khi Nghị định số 15/2025/NĐ-CP được ban hành.
        """)
        XCTAssertEqual(p.deadlines, [])
    }

    func testDailyReportsAndAReportsPeriod() throws {
        let p = try plan("""
        II. TỔ CHỨC THỰC HIỆN
        1. Trạm Y tế xã
        - Thiết lập chế độ báo cáo nhanh hàng ngày trong thời gian lũ lụt.
        - Báo cáo tổng hợp hằng ngày gửi UBND xã.
        - Tổng hợp, lồng ghép báo cáo công tác tuyên truyền trong báo cáo hàng năm của đơn vị.
        2. Công an xã
        Chủ trì tổ chức tuyên truyền. Hoàn thành, báo cáo kết quả UBND xã (qua Văn phòng) trong tháng 11/2025.
        - Xây dựng kế hoạch (hoàn thành trong tháng 11/2025) gửi về Công an xã.
        """)
        let daily = p.deadlines.filter { $0.recurrence == .daily }
        XCTAssertEqual(daily.map(\.label), ["Báo cáo nhanh", "Báo cáo tổng hợp"])
        XCTAssertEqual(daily.last?.recipient, "UBND xã")
        XCTAssertEqual(daily.first?.nextOccurrence(from: date(2025, 10, 2)), date(2025, 10, 2))
        let dated = p.deadlines.filter { $0.date != nil }
        XCTAssertEqual(dated.map(\.date), [date(2025, 11, 30), date(2025, 11, 30)])
        XCTAssertEqual(dated.first?.recipient, "Văn phòng", "the report goes through the office the sentence names")
        XCTAssertEqual(p.deadlines.count, 4, "\(p.deadlines.map(\.text))")
    }
}
