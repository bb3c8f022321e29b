import DanVanText
import XCTest

/// "thêm 1 tuần": a length added to a deadline the sentence speaks of, read by the date grammar.
final class DateSpanTests: XCTestCase {
    let g = RepositoryDates.grammar

    private func d(_ iso: String) -> CalendarDate { CalendarDate(iso: iso)! }

    func testAddedLengthsMoveADeadlineByCalendarUnits() throws {
        let base = d("2025-09-30")
        let cases: [(String, String, String)] = [
            ("thêm 1 tuần", "2025-10-07", "1 tuần"),
            ("thêm 3 ngày nữa", "2025-10-03", "3 ngày"),
            ("thêm hai tháng", "2025-11-30", "hai tháng"),
            ("kéo dài thêm 1 quý", "2025-12-30", "1 quý"),
            ("them 10 ngay", "2025-10-10", "10 ngay"),
        ]
        for (text, due, written) in cases {
            let found = try XCTUnwrap(g.addedLength(in: text, from: 0), text)
            XCTAssertEqual(found.span.after(base), d(due), text)
            XCTAssertEqual(found.span.written, written, text)
            XCTAssertEqual(found.end, text.count, text)
        }
    }

    func testOnlyALengthAfterTheWordIsAnAddedLength() {
        XCTAssertNil(g.addedLength(in: "thêm nhiệm vụ họp dân", from: 0))
        XCTAssertNil(g.addedLength(in: "thêm 3 người", from: 0), "a count of something else")
        XCTAssertNil(g.addedLength(in: "sau 1 tuần", from: 0), "from today: a date, not an added length")
        XCTAssertNil(g.addedLength(in: "thêm 0 ngày", from: 0))
        let mid = "gia hạn nv 2 thêm 5 ngày"
        XCTAssertEqual(g.addedLength(in: mid, from: 13)?.span.after(d("2025-01-30")), d("2025-02-04"))
    }

    func testAMonthAddedToTheLastDayKeepsWithinTheMonth() {
        let span = g.addedLength(in: "thêm 1 tháng", from: 0)?.span
        XCTAssertEqual(span?.after(d("2025-01-31")), d("2025-02-28"))
    }
}
