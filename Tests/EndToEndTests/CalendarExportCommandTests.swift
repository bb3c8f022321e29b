import Foundation
import XCTest

/// `danvan calendar export`: an RFC 5545 file read back by Python's icalendar, RRULEs expanded over
/// a year by dateutil, UIDs stable across exports.
final class CalendarExportCommandTests: XCTestCase {
    var runner: DanvanRunner!
    var store: String { runner.home.appendingPathComponent("tasks.sqlite").path }

    override func setUpWithError() throws {
        runner = try DanvanRunner()
        for line in ["thêm nhiệm vụ chốt sổ, giao phòng kinh tế, ngày 31 hằng tháng",
                     "thêm nhiệm vụ kiểm kê, hạn 29/2/2028, hằng năm",
                     "thêm nhiệm vụ sơ kết; rà soát, \"quý\" \\ tổng hợp, giao phòng văn hóa xã hội, hạn 30/11/2025, hằng quý",
                     "thêm nhiệm vụ họp tổ dân vận hằng tuần",
                     "thêm nhiệm vụ tuyên truyền Luật Thực hiện dân chủ ở cơ sở trên hệ thống loa truyền thanh của các ấp trong toàn xã, hạn 20/10/2025"] {
            let r = try runner.run(["ask", "--store", store, "--today", "2025-09-10", line])
            XCTAssertEqual(r.status, 0, r.err)
        }
    }

    override func tearDown() { runner = nil }

    static let reader = #"""
import sys, json, datetime
from icalendar import Calendar
from dateutil.rrule import rrulestr
raw = open(sys.argv[1], 'rb').read()
lines = raw.split(b'\r\n')
assert lines[-1] == b'', 'file must end with CRLF'
assert b'\n' not in raw.replace(b'\r\n', b''), 'bare LF'
assert max(len(l) for l in lines) <= 75, 'line longer than 75 octets'
cal = Calendar.from_ical(raw)
events = []
for ev in cal.walk('VEVENT'):
    start = ev.decoded('DTSTART')
    assert isinstance(start, datetime.date) and not isinstance(start, datetime.datetime), 'all-day'
    assert ev.get('DTSTAMP') is not None
    dates = [start.isoformat()]
    if ev.get('RRULE') is not None:
        rule = rrulestr(ev.get('RRULE').to_ical().decode(), dtstart=datetime.datetime.combine(start, datetime.time()))
        until = datetime.datetime.combine(start, datetime.time()) + datetime.timedelta(days=366)
        dates = [d.date().isoformat() for d in rule.between(datetime.datetime.combine(start, datetime.time()), until, inc=True)]
    events.append({'uid': str(ev.get('UID')), 'summary': str(ev.get('SUMMARY')), 'dates': dates})
print(json.dumps(events, ensure_ascii=False))
"""#

    private func export(_ extra: [String] = []) throws -> [[String: Any]] {
        let r = try runner.run(["calendar", "export", "--store", store, "--today", "2025-09-10"] + extra)
        XCTAssertEqual(r.status, 0, r.err)
        let file = runner.home.appendingPathComponent("lich-\(UUID().uuidString).ics")
        try Data(r.out.utf8).write(to: file)
        let parsed = try PythonTool.run(["-c", Self.reader, file.path])
        XCTAssertEqual(parsed.status, 0, parsed.err)
        return try XCTUnwrap(JSONSerialization.jsonObject(with: Data(parsed.out.utf8)) as? [[String: Any]])
    }

    private func event(_ events: [[String: Any]], titled fragment: String) -> (uid: String, dates: [String])? {
        guard let e = events.first(where: { ($0["summary"] as? String)?.contains(fragment) == true }) else { return nil }
        return (e["uid"] as? String ?? "", e["dates"] as? [String] ?? [])
    }

    func testRecurringTasksExpandToTheRightDatesOverAYear() throws {
        try PythonTool.require(module: "icalendar", package: "icalendar")
        let events = try export()
        let monthly = try XCTUnwrap(event(events, titled: "chốt sổ"))
        XCTAssertEqual(monthly.dates, ["2025-09-30", "2025-10-31", "2025-11-30", "2025-12-31", "2026-01-31", "2026-02-28",
                                       "2026-03-31", "2026-04-30", "2026-05-31", "2026-06-30", "2026-07-31", "2026-08-31",
                                       "2026-09-30"])
        let leap = try XCTUnwrap(event(events, titled: "kiểm kê"))
        XCTAssertEqual(leap.dates, ["2028-02-29", "2029-02-28"])  // the month's last day in a common year
        let quarterly = try XCTUnwrap(event(events, titled: "sơ kết; rà soát, \"quý\" \\ tổng hợp"))
        XCTAssertEqual(quarterly.dates, ["2025-11-30", "2026-02-28", "2026-05-30", "2026-08-30", "2026-11-30"])
        let weekly = try XCTUnwrap(event(events, titled: "họp tổ dân vận"))
        XCTAssertEqual(weekly.dates.count, 53)
        XCTAssertEqual(weekly.dates.prefix(3), ["2025-09-14", "2025-09-21", "2025-09-28"])
        let oneOff = try XCTUnwrap(event(events, titled: "loa truyền thanh"))
        XCTAssertEqual(oneOff.dates, ["2025-10-20"])
        // The built-in plan's two report deadlines.
        let reports = events.filter { ($0["uid"] as? String)?.hasPrefix("plan-") == true }
        XCTAssertEqual(reports.compactMap { ($0["dates"] as? [String])?.first }.sorted(), ["2025-09-03", "2025-12-02"])
        XCTAssertEqual(Set(events.compactMap { $0["uid"] as? String }).count, events.count, "UIDs unique")
    }

    func testLeapDayRuleFallsOnFebruary28InCommonYears() throws {
        try PythonTool.require(module: "icalendar", package: "icalendar")
        // Done on 29/02/2028: the next occurrence is 28/02/2029, then 28/02/2030.
        let done = try runner.run(["ask", "--store", store, "--today", "2028-02-29", "xong nhiệm vụ 2"])
        XCTAssertEqual(done.status, 0, done.err)
        let events = try export(["--today", "2028-02-29"])
        let leap = try XCTUnwrap(event(events, titled: "kiểm kê"))
        XCTAssertEqual(leap.dates, ["2029-02-28", "2030-02-28"])
    }

    func testUIDsAreStableAcrossExportsAndOccurrences() throws {
        try PythonTool.require(module: "icalendar", package: "icalendar")
        let before = try export()
        let monthly = try XCTUnwrap(event(before, titled: "chốt sổ"))
        // Completing the monthly task moves its event to the next occurrence under the same UID.
        let done = try runner.run(["ask", "--store", store, "--today", "2025-09-10", "xong nhiệm vụ 1"])
        XCTAssertEqual(done.status, 0, done.err)
        let after = try export()
        let moved = try XCTUnwrap(event(after, titled: "chốt sổ"))
        XCTAssertEqual(moved.uid, monthly.uid)
        XCTAssertEqual(moved.dates.first, "2025-10-31")
        XCTAssertEqual(after.count, before.count)
        XCTAssertEqual(Set(after.compactMap { $0["uid"] as? String }), Set(before.compactMap { $0["uid"] as? String }))
    }

    func testUnitFilterAndUnknownUnit() throws {
        try PythonTool.require(module: "icalendar", package: "icalendar")
        let economy = try export(["--unit", "phòng kinh tế"])
        XCTAssertNotNil(event(economy, titled: "chốt sổ"))
        XCTAssertNil(event(economy, titled: "sơ kết"))
        XCTAssertEqual(economy.filter { ($0["uid"] as? String)?.hasPrefix("plan-") == true }.count, 2)
        let bad = try runner.run(["calendar", "export", "--store", store, "--unit", "phòng không có"])
        XCTAssertEqual(bad.status, 64)
        XCTAssertTrue(bad.out.isEmpty)
    }
}
