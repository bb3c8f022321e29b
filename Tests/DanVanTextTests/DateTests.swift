import DanVanText
import XCTest

final class CalendarDateTests: XCTestCase {
    func testValidity() {
        XCTAssertNil(CalendarDate(year: 2025, month: 2, day: 31))
        XCTAssertNil(CalendarDate(year: 2025, month: 13, day: 1))
        XCTAssertNotNil(CalendarDate(year: 2024, month: 2, day: 29))
        XCTAssertNil(CalendarDate(year: 2025, month: 2, day: 29))
    }

    func testDayArithmetic() {
        let a = CalendarDate(iso: "2025-08-25")!
        XCTAssertEqual(a.days(until: CalendarDate(iso: "2025-09-03")!), 9)
        XCTAssertEqual(CalendarDate(iso: "2025-12-10")!.days(until: CalendarDate(iso: "2025-12-02")!), -8)
        XCTAssertEqual(CalendarDate(dayNumber: a.dayNumber), a)
        XCTAssertEqual(a.adding(days: 7).iso, "2025-09-01")
        XCTAssertEqual(CalendarDate(iso: "1970-01-01")!.dayNumber, 0)
    }

    func testFormats() {
        XCTAssertEqual(CalendarDate(iso: "2025-09-03")!.display, "03/09/2025")
        XCTAssertNil(CalendarDate(iso: "03/09/2025"))
    }
}

final class DateExtractorTests: XCTestCase {
    /// The repository's date words (`Intents/dates.yaml`): the written form "ngày … tháng … năm" is read with them.
    func values(_ s: String, year: Int? = nil) -> [DateMention.Value] {
        DateExtractor.mentions(in: s, defaultYear: year, grammar: RepositoryDates.grammar).map(\.value)
    }

    func testNumericForms() {
        XCTAssertEqual(values("hạn 15/9/2025"), [.date(CalendarDate(year: 2025, month: 9, day: 15)!)])
        XCTAssertEqual(values("hạn 15-9-2025"), [.date(CalendarDate(year: 2025, month: 9, day: 15)!)])
        XCTAssertEqual(values("hạn 15.9.2025"), [.date(CalendarDate(year: 2025, month: 9, day: 15)!)])
        XCTAssertEqual(values("hạn 15/9"), [.dayMonth(day: 15, month: 9)])
        XCTAssertEqual(values("hạn 15/9", year: 2025), [.date(CalendarDate(year: 2025, month: 9, day: 15)!)])
    }

    func testWordForms() {
        XCTAssertEqual(values("ngày 15 tháng 9 năm 2025"), [.date(CalendarDate(year: 2025, month: 9, day: 15)!)])
        XCTAssertEqual(values("ngay 15 thang 9"), [.dayMonth(day: 15, month: 9)])
    }

    func testWrittenFormTakesItsWordsFromTheVocabulary() {
        // A vocabulary with other day and month words: the written form follows it, not fixed words.
        var vocabulary = DateVocabulary()
        vocabulary.dayWords = ["mùng", "mồng"]
        vocabulary.monthWords = ["tháng"]
        vocabulary.yearWords = ["năm"]
        let grammar = DateGrammar(vocabulary: vocabulary)
        func read(_ s: String) -> [DateMention.Value] { DateExtractor.mentions(in: s, grammar: grammar).map(\.value) }
        XCTAssertEqual(read("họp mùng 5 tháng 9 năm 2025"), [.date(CalendarDate(year: 2025, month: 9, day: 5)!)])
        XCTAssertEqual(read("mong 2 thang 10"), [.dayMonth(day: 2, month: 10)])
        XCTAssertEqual(read("ngày 15 tháng 9 năm 2025"), [], "'ngày' is not a day word of this vocabulary")
        // Inside a longer word the day word is not one ("khom 15 thang 9" is not "hôm 15 tháng 9").
        vocabulary.dayWords = ["hôm"]
        XCTAssertEqual(DateExtractor.mentions(in: "khom 15 thang 9", grammar: DateGrammar(vocabulary: vocabulary)).count, 0)
        XCTAssertEqual(DateExtractor.mentions(in: "hôm 15 tháng 9", grammar: DateGrammar(vocabulary: vocabulary)).count, 1)
        // No words: the numeric forms only.
        let bare = DateGrammar(vocabulary: DateVocabulary())
        XCTAssertEqual(DateExtractor.mentions(in: "ngày 15 tháng 9 năm 2025", grammar: bare).count, 0)
        XCTAssertEqual(DateExtractor.mentions(in: "hạn 15/9/2025", grammar: bare).count, 1)
    }

    func testDigitsOfOtherScriptsAreNotReadAsDates() {
        // `\d` matches Arabic-Indic digits, which Int does not read: such text is skipped, not a crash.
        XCTAssertEqual(values("hạn ١٥/٩"), [])
        XCTAssertEqual(values("ngày ١٥ tháng ٩"), [])
        XCTAssertEqual(values("báo cáo không có ngày"), [])
    }

    func testImpossibleDatesAreReportedNotDropped() {
        guard case .invalid? = values("hạn 31/02/2025").first else { return XCTFail("31/02/2025 must be invalid") }
        guard case .invalid? = values("hạn 40/13").first else { return XCTFail("40/13 must be invalid") }
    }

    func testSymbolsAreNotDates() {
        XCTAssertEqual(values("chỉ thị 33/CT-TTg"), [])
        XCTAssertEqual(values("mục 1.2"), [])
        XCTAssertEqual(values("nghị định 59/2023/NĐ-CP"), [])
    }

    func testRangeCoversTheDate() {
        let text = "Báo cáo trước ngày 03/9/2025."
        let m = DateExtractor.mentions(in: text, grammar: RepositoryDates.grammar).first!
        XCTAssertEqual(String(Array(text)[m.range]), "03/9/2025")
    }
}
