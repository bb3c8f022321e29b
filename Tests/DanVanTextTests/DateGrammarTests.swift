import DanVanText
import Foundation
import XCTest

/// The repository's `Intents/dates.yaml`, read once.
enum RepositoryDates {
    static let grammar: DateGrammar = {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        return try! DateGrammar(contentsOf: root.appendingPathComponent("Intents/dates.yaml"))
    }()
}

final class DateGrammarTests: XCTestCase {
    /// Wednesday 27/08/2025.
    let today = CalendarDate(iso: "2025-08-27")!
    let g = RepositoryDates.grammar

    private func d(_ iso: String) -> CalendarDate { CalendarDate(iso: iso)! }
    private func read(_ s: String, today t: CalendarDate? = nil) -> DatePhrase? {
        (try? g.phrase(in: s, today: t ?? today))??.phrase
    }
    private func match(_ s: String) -> DateMatch? { (try? g.phrase(in: s, today: today)) ?? nil }

    func testWeekdayOfKnownDates() {
        XCTAssertEqual(d("2025-08-27").weekday, 3)
        XCTAssertEqual(d("2024-02-29").weekday, 4)
        XCTAssertEqual(d("2025-08-31").weekday, 7)
        XCTAssertEqual(d("1970-01-01").weekday, 4)
    }

    func testAbsoluteDates() {
        XCTAssertEqual(read("15/12/2025"), .date(d("2025-12-15")))
        XCTAssertEqual(read("15/12"), .date(d("2025-12-15")))
        XCTAssertEqual(read("15.12"), .date(d("2025-12-15")))
        XCTAssertEqual(read("15-12"), .date(d("2025-12-15")))
        XCTAssertEqual(read("15-12-25"), .date(d("2025-12-15")))
        XCTAssertEqual(read("ngày 15 tháng 12"), .date(d("2025-12-15")))
        XCTAssertEqual(read("ngay 15 thang 12 nam 2026"), .date(d("2026-12-15")))
        XCTAssertEqual(read("NGÀY 5 THÁNG 1"), .date(d("2026-01-05")), "January, seen from August, is next year's")
        XCTAssertEqual(read("tháng 12/2025"), .range(d("2025-12-01"), d("2025-12-31")))
        XCTAssertEqual(read("thang 2 nam 2028"), .range(d("2028-02-01"), d("2028-02-29")))
        XCTAssertEqual(read("quý IV/2025"), .range(d("2025-10-01"), d("2025-12-31")))
        XCTAssertEqual(read("Quý 1 năm 2026"), .range(d("2026-01-01"), d("2026-03-31")))
        XCTAssertEqual(read("quý 4"), .range(d("2025-10-01"), d("2025-12-31")))
        XCTAssertEqual(read("năm 2025"), .range(d("2025-01-01"), d("2025-12-31")))
        XCTAssertEqual(read("12/2025"), .range(d("2025-12-01"), d("2025-12-31")))
    }

    func testRelativeDays() {
        XCTAssertEqual(read("hôm nay"), .date(today))
        XCTAssertEqual(read("ngày mai"), .date(d("2025-08-28")))
        XCTAssertEqual(read("mai"), .date(d("2025-08-28")))
        XCTAssertEqual(read("hom qua"), .date(d("2025-08-26")))
        XCTAssertEqual(read("ngày kia"), .date(d("2025-08-29")))
        XCTAssertEqual(read("ngày mai", today: d("2025-12-31")), .date(d("2026-01-01")), "year end")
        XCTAssertEqual(read("ngày mai", today: d("2024-02-28")), .date(d("2024-02-29")), "leap year")
        XCTAssertEqual(read("ngày mai", today: d("2025-02-28")), .date(d("2025-03-01")))
    }

    func testWeekdays() {
        XCTAssertEqual(read("thứ sáu tuần này"), .date(d("2025-08-29")))
        XCTAssertEqual(read("thứ 6 tuần sau"), .date(d("2025-09-05")))
        XCTAssertEqual(read("thu sau tuan toi"), .date(d("2025-09-05")))
        XCTAssertEqual(read("thứ hai tuần trước"), .date(d("2025-08-18")))
        XCTAssertEqual(read("chủ nhật tuần này"), .date(d("2025-08-31")))
        XCTAssertEqual(read("thứ hai"), .date(d("2025-09-01")), "the next Monday")
        XCTAssertEqual(read("thứ tư"), .date(today), "today is Wednesday")
        XCTAssertEqual(read("thứ 2 tuần sau", today: d("2025-12-28")), .date(d("2025-12-29")), "Sunday: next week starts tomorrow")
        XCTAssertNil(read("lần thứ hai"), "an ordinal is not a weekday")
    }

    func testPeriods() {
        XCTAssertEqual(read("tuần sau"), .range(d("2025-09-01"), d("2025-09-07")))
        XCTAssertEqual(read("tháng này"), .range(d("2025-08-01"), d("2025-08-31")))
        XCTAssertEqual(read("tháng sau", today: d("2025-12-10")), .range(d("2026-01-01"), d("2026-01-31")))
        XCTAssertEqual(read("cuối tháng"), .date(d("2025-08-31")))
        XCTAssertEqual(read("cuối tháng sau"), .date(d("2025-09-30")))
        XCTAssertEqual(read("cuối tháng sau", today: d("2024-01-31")), .date(d("2024-02-29")))
        XCTAssertEqual(read("đầu tháng sau"), .date(d("2025-09-01")))
        XCTAssertEqual(read("dau thang sau", today: d("2025-12-15")), .date(d("2026-01-01")))
        XCTAssertEqual(read("cuối quý"), .date(d("2025-09-30")))
        XCTAssertEqual(read("cuối quý IV"), .date(d("2025-12-31")))
        XCTAssertEqual(read("cuối năm"), .date(d("2025-12-31")))
        XCTAssertEqual(read("giữa tháng"), .date(d("2025-08-16")))
        XCTAssertEqual(read("năm sau"), .range(d("2026-01-01"), d("2026-12-31")))
    }

    func testDurations() {
        XCTAssertEqual(read("trong 10 ngày"), .range(today, d("2025-09-06")))
        XCTAssertEqual(read("3 ngày nữa"), .date(d("2025-08-30")))
        XCTAssertEqual(read("ba ngày nữa"), .date(d("2025-08-30")))
        XCTAssertEqual(read("sau 2 tuần"), .date(d("2025-09-10")))
        XCTAssertEqual(read("10 ngày tới"), .range(today, d("2025-09-06")))
        XCTAssertEqual(read("trong vòng 1 tháng", today: d("2025-01-31")), .range(d("2025-01-31"), d("2025-02-28")))
        XCTAssertEqual(read("trong thời hạn 10 ngày kể từ ngày nhận được văn bản, các xã báo cáo"),
                       .offset(days: 10, anchor: "ngày nhận được văn bản"))
        XCTAssertEqual(read("trong 15 ngày, kể từ ngày ký"), .offset(days: 15, anchor: "ngày ký"))
        XCTAssertEqual(read("trong 2 tuần kể từ khi nhận kế hoạch"), .offset(days: 14, anchor: "khi nhận kế hoạch"))
    }

    func testTimesOfDay() {
        XCTAssertEqual(match("trước 19h00")?.phrase, .timeOnly)
        XCTAssertEqual(match("trước 19h00")?.times, [TimeOfDay(hour: 19)!])
        XCTAssertEqual(match("9h")?.times, [TimeOfDay(hour: 9)!])
        XCTAssertEqual(match("16 giờ 30")?.times, [TimeOfDay(hour: 16, minute: 30)!])
        XCTAssertEqual(match("8 gio 15 phut ngay 20/10/2025")?.phrase, .date(d("2025-10-20")))
        XCTAssertEqual(match("8 gio 15 phut ngay 20/10/2025")?.times, [TimeOfDay(hour: 8, minute: 15)!])
        XCTAssertNil(match("25h00"), "no such hour")
    }

    func testRecurrences() {
        XCTAssertEqual(read("hằng ngày"), .recurring([Recurrence(.daily)]))
        XCTAssertEqual(read("hàng tuần"), .recurring([Recurrence(.weekly)]))
        XCTAssertEqual(read("hang thang"), .recurring([Recurrence(.monthly)]))
        XCTAssertEqual(read("trước ngày 15 hằng tháng"), .recurring([Recurrence(.monthly, day: 15)]))
        XCTAssertEqual(read("ngày 25 hàng tháng"), .recurring([Recurrence(.monthly, day: 25)]))
        XCTAssertEqual(read("hằng quý"), .recurring([Recurrence(.quarterly)]))
        XCTAssertEqual(read("mỗi năm"), .recurring([Recurrence(.yearly)]))
        XCTAssertEqual(read("định kỳ 6 tháng"), .recurring([Recurrence(.monthly, interval: 6)]))
        XCTAssertEqual(read("định kỳ hằng năm"), .recurring([Recurrence(.yearly)]))
        XCTAssertEqual(read("thứ sáu hằng tuần"), .recurring([Recurrence(.weekly, day: 5)]))
        XCTAssertEqual(read("thường xuyên"), .continuous)
        XCTAssertEqual(read("thuong xuyen"), .continuous)
        let twice = match("02 lần/ngày (trước 9h00 và 16h00)")
        XCTAssertEqual(twice?.phrase, .recurring([Recurrence(.daily)]))
        XCTAssertEqual(twice?.timesPerPeriod, 2)
        XCTAssertEqual(twice?.times, [TimeOfDay(hour: 9)!, TimeOfDay(hour: 16)!])
        let evening = match("trước 19h00 hằng ngày")
        XCTAssertEqual(evening?.phrase, .recurring([Recurrence(.daily)]))
        XCTAssertEqual(evening?.times, [TimeOfDay(hour: 19)!])
    }

    func testSeveralDatesInOnePhrase() {
        XCTAssertEqual(read("trước ngày 01/6 và 15/11 hằng năm"),
                       .recurring([Recurrence(.yearly, day: 1, month: 6), Recurrence(.yearly, day: 15, month: 11)]))
        XCTAssertEqual(read("truoc ngay 10/9 va 10/12"), .dates([d("2025-09-10"), d("2025-12-10")]))
        XCTAssertEqual(read("quý III và quý IV/2025").flatMap { $0.window(from: today) }, d("2025-07-01")...d("2025-12-31"))
    }

    func testInvalidDatesAreErrors() {
        XCTAssertThrowsError(try g.phrase(in: "31/02/2025", today: today))
        XCTAssertThrowsError(try g.phrase(in: "ngày 30 tháng 2", today: today))
        XCTAssertThrowsError(try g.phrase(in: "29/2", today: today), "no 29/2 in 2026, the year the rule picks")
        XCTAssertEqual(read("29/2", today: d("2024-01-10")), .date(d("2024-02-29")))
        XCTAssertThrowsError(try g.phrase(in: "tháng 13/2025", today: today))
    }

    func testNotDates() {
        XCTAssertNil(read("họp dân"))
        XCTAssertNil(read("mục 1.2"), "a section number")
        XCTAssertNil(read("33/CT-TTg"))
        XCTAssertNil(read("trong đó"))
        XCTAssertFalse(g.looksLikeDate("trong đó mời trưởng thôn"))
        XCTAssertFalse(g.looksLikeDate("họp dân"))
        XCTAssertTrue(g.looksLikeDate("trong 10 hôm"))
        XCTAssertTrue(g.looksLikeDate("thứ tám tuần sau") || g.looksLikeDate("cuối tuần sau nữa"))
        XCTAssertTrue(g.looksLikeDate("hằng tháng"))
        XCTAssertTrue(g.looksLikeDate("ngày 45"))
    }

    func testScanFindsEveryPhrase() {
        let s = g.scan("Báo cáo sơ kết trước ngày 15/6/2025; báo cáo tổng kết trước ngày 15/12/2025. Mục 1.2 nói khác.", today: today)
        XCTAssertEqual(s.matches.map(\.phrase), [.date(d("2025-06-15")), .date(d("2025-12-15"))])
        XCTAssertEqual(s.matches.first?.text, "trước ngày 15/6/2025")
        let bad = g.scan("hạn 31/4/2025 và 15/5", today: today)
        XCTAssertEqual(bad.invalid.map(\.text), ["31/4/2025"])
    }

    func testRecurrenceNext() {
        let monthly31 = Recurrence(.monthly, day: 31)
        XCTAssertEqual(monthly31.next(after: d("2025-04-10")), d("2025-04-30"))
        XCTAssertEqual(monthly31.next(after: d("2025-04-30")), d("2025-05-31"))
        XCTAssertEqual(monthly31.next(after: d("2024-01-31")), d("2024-02-29"))
        XCTAssertEqual(monthly31.next(after: d("2025-01-31")), d("2025-02-28"))
        XCTAssertEqual(Recurrence(.monthly, day: 15).next(after: d("2025-12-15")), d("2026-01-15"))
        XCTAssertEqual(Recurrence(.monthly).next(after: d("2025-02-10")), d("2025-02-28"))
        XCTAssertEqual(Recurrence(.yearly, day: 29, month: 2).next(after: d("2025-01-01")), d("2025-02-28"))
        XCTAssertEqual(Recurrence(.yearly, day: 29, month: 2).next(after: d("2025-03-01")), d("2026-02-28"))
        XCTAssertEqual(Recurrence(.yearly, day: 29, month: 2).next(after: d("2027-03-01")), d("2028-02-29"))
        XCTAssertEqual(Recurrence(.yearly, day: 15, month: 11).next(after: d("2025-11-15")), d("2026-11-15"))
        XCTAssertEqual(Recurrence(.yearly).next(after: d("2025-12-31")), d("2026-12-31"))
        XCTAssertEqual(Recurrence(.quarterly).next(after: d("2025-08-27")), d("2025-09-30"))
        XCTAssertEqual(Recurrence(.quarterly).next(after: d("2025-09-30")), d("2025-12-31"))
        XCTAssertEqual(Recurrence(.quarterly).next(after: d("2025-12-31")), d("2026-03-31"))
        XCTAssertEqual(Recurrence(.quarterly, day: 15).next(after: d("2025-10-01")), d("2025-12-15"))
        XCTAssertEqual(Recurrence(.monthly, interval: 6).next(after: d("2025-07-01")), d("2025-12-31"))
        XCTAssertEqual(Recurrence(.monthly, interval: 6).next(after: d("2025-12-31")), d("2026-06-30"))
        XCTAssertEqual(Recurrence(.weekly, day: 5).next(after: d("2025-08-27")), d("2025-08-29"))
        XCTAssertEqual(Recurrence(.weekly, day: 5).next(after: d("2025-08-29")), d("2025-09-05"))
        XCTAssertEqual(Recurrence(.weekly).next(after: d("2025-12-28")), d("2026-01-04"))
        XCTAssertEqual(Recurrence(.daily).next(after: d("2024-02-28")), d("2024-02-29"))
        XCTAssertEqual(Recurrence(.daily).next(onOrAfter: d("2025-12-31")), d("2025-12-31"))
        XCTAssertEqual(Recurrence(.monthly, day: 15).next(onOrAfter: d("2025-09-15")), d("2025-09-15"))
    }

    func testDueDateOfRecurringPhrase() {
        let both = read("trước ngày 01/6 và 15/11 hằng năm")
        XCTAssertEqual(both?.dueDate(from: today), d("2025-11-15"))
        XCTAssertEqual(both?.dueDate(from: d("2025-12-01")), d("2026-06-01"))
        XCTAssertEqual(read("ngày 31 hằng tháng")?.dueDate(from: d("2025-09-02")), d("2025-09-30"))
    }

    func testWithoutVocabularyOnlyNumericDates() {
        let bare = DateGrammar(vocabulary: DateVocabulary())
        XCTAssertEqual((try? bare.phrase(in: "20/10/2025", today: today))??.phrase, .date(d("2025-10-20")))
        XCTAssertNil((try? bare.phrase(in: "ngày mai", today: today)) ?? nil)
    }

    func testRandomTextNeverCrashes() {
        var rng = SystemRandomNumberGenerator()
        let pieces = ["ngày", "tháng", "năm", "quý", "IV", "/", "-", ".", "31", "2", "2025", "99999999999999999999", "hằng",
                      "lần/ngày", "19h00", "h", "giờ", "trong", "kể từ", " ", ",", "(", ")", "thứ", "sáu", "tuần", "sau",
                      "cuối", "đầu", "ß", "ﬁ", "İ", "\u{301}", "e\u{301}", "9999", "0", "00/00", "mai", "và", ";"]
        for _ in 0..<3000 {
            let text = (0..<Int.random(in: 1...12, using: &rng)).map { _ in pieces.randomElement(using: &rng)! }.joined()
            _ = g.scan(text, today: today)
            _ = try? g.phrase(in: text, today: today)
            _ = g.looksLikeDate(text)
            _ = DeadlineQuestion.read(text + " không", grammar: g, today: today)
        }
    }
}
