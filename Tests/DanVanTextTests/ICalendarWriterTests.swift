import DanVanText
import XCTest

/// RFC 5545 details of the calendar writer: escaping, folding at 75 octets in UTF-8, CRLF, all-day dates.
final class ICalendarWriterTests: XCTestCase {
    func testEscapesTextValues() {
        XCTAssertEqual(ICalendarWriter.escape("a,b;c\\d\ne\r\nf"), "a\\,b\\;c\\\\d\\ne\\nf")
        XCTAssertEqual(ICalendarWriter.escape("tab\there\u{7}"), "tabhere")
    }

    func testFoldsAt75OctetsWithoutSplittingLetters() {
        let line = "SUMMARY:" + String(repeating: "Tuyên truyền dân chủ ở cơ sở ", count: 6)
        let folded = ICalendarWriter.fold(line)
        let pieces = folded.components(separatedBy: "\r\n")
        XCTAssertGreaterThan(pieces.count, 2)
        XCTAssertTrue(pieces.allSatisfy { $0.utf8.count <= 75 }, pieces.map { "\($0.utf8.count)" }.joined(separator: ","))
        XCTAssertTrue(pieces.dropFirst().allSatisfy { $0.hasPrefix(" ") })
        XCTAssertEqual(pieces.first! + pieces.dropFirst().map { String($0.dropFirst()) }.joined(), line)
        XCTAssertEqual(ICalendarWriter.fold("SHORT:x"), "SHORT:x")
    }

    func testAllDayEventWithStampAndRule() {
        let event = ICalendarEvent(uid: "task-1@danvan", date: CalendarDate(iso: "2025-12-31")!, summary: "Chốt sổ",
                                   rule: "FREQ=MONTHLY;" + ICalendarEvent.monthDay(31))
        let text = ICalendarWriter(name: "danvan", stamp: Date(timeIntervalSince1970: 0)).calendar([event])
        XCTAssertTrue(text.hasSuffix("END:VCALENDAR\r\n"))
        XCTAssertFalse(text.replacingOccurrences(of: "\r\n", with: "").contains("\n"))
        for expected in ["DTSTAMP:19700101T000000Z", "DTSTART;VALUE=DATE:20251231", "DTEND;VALUE=DATE:20260101",
                         "RRULE:FREQ=MONTHLY;BYMONTHDAY=28,29,30,31;BYSETPOS=-1", "UID:task-1@danvan"] {
            XCTAssertTrue(text.contains(expected + "\r\n"), expected)
        }
        XCTAssertEqual(ICalendarEvent.monthDay(15), "BYMONTHDAY=15")
        XCTAssertEqual(ICalendarEvent.monthDay(30), "BYMONTHDAY=28,29,30;BYSETPOS=-1")
    }
}
