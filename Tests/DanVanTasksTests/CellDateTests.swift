@testable import DanVanTasks
import DanVanText
import XCTest

final class CellDateTests: XCTestCase {
    let today = TestSupport.today
    let words = TestSupport.vocabulary.importing.noDeadline

    private func read(_ text: String) -> CellDate { CellDate.read(text, today: today, noDeadline: words) }

    func testForms() {
        XCTAssertEqual(read(""), .none)
        XCTAssertEqual(read("20/10/2025"), .exact(CalendarDate(iso: "2025-10-20")!))
        XCTAssertEqual(read("5/9/2025"), .exact(CalendarDate(iso: "2025-09-05")!))
        XCTAssertEqual(read("2025-10-20"), .exact(CalendarDate(iso: "2025-10-20")!))
        XCTAssertEqual(read("Trước ngày 30/9/2025"), .exact(CalendarDate(iso: "2025-09-30")!))
        XCTAssertEqual(read("Từ 01/9/2025 đến 30/9/2025"), .exact(CalendarDate(iso: "2025-09-30")!))
        XCTAssertEqual(read("tháng 12/2025"), .approximate(CalendarDate(iso: "2025-12-31")!, "tháng 12/2025"))
        XCTAssertEqual(read("Tháng 2 năm 2028"), .approximate(CalendarDate(iso: "2028-02-29")!, "Tháng 2 năm 2028"))
        XCTAssertEqual(read("Quý IV/2025"), .approximate(CalendarDate(iso: "2025-12-31")!, "Quý IV/2025"))
        XCTAssertEqual(read("6 tháng cuối năm 2025"), .approximate(CalendarDate(iso: "2025-12-31")!, "6 tháng cuối năm 2025"))
        XCTAssertEqual(read("Thường xuyên"), .noDeadline("Thường xuyên"))
        XCTAssertEqual(read("31/02/2025"), .invalid("31/02/2025"))
        XCTAssertEqual(read("2025-02-30"), .invalid("2025-02-30"))
        XCTAssertEqual(read("tháng 13/2025"), .invalid("tháng 13/2025"))
        XCTAssertEqual(read("sớm"), .unreadable("sớm"))
    }
}
