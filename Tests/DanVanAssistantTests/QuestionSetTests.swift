import DanVanAssistant
import DanVanText
import XCTest

final class QuestionSetTests: XCTestCase {
    func testOurQuestionSetPasses() throws {
        let url = Repository.root.appendingPathComponent("Tests/DanVanAssistantTests/Fixtures/questions.tsv")
        let set = try QuestionSet(tsv: String(contentsOf: url, encoding: .utf8))
        XCTAssertGreaterThan(set.cases.count, 40)
        let report = QuestionSetEvaluator { today in
            Assistant(knowledge: Repository.knowledge, catalog: Repository.catalog, today: today)
        }.run(set, defaultToday: CalendarDate(iso: "2025-08-25")!)
        for o in report.outcomes where !o.intentOK || !o.answerOK {
            XCTFail("\(o.testCase.id) “\(o.testCase.question)”: got \(o.predicted): \(o.answer.prefix(200))")
        }
    }

    /// Phrasings typed as officials type them (input method off, words run together, teen code,
    /// relative dates), answered by the same engine as the clean ones.
    func testOurTypedQuestionSetPasses() throws {
        let url = Repository.root.appendingPathComponent("Tests/DanVanAssistantTests/Fixtures/questions-typed.tsv")
        let set = try QuestionSet(tsv: String(contentsOf: url, encoding: .utf8))
        XCTAssertGreaterThanOrEqual(set.cases.count, 20)
        let report = QuestionSetEvaluator { today in
            Assistant(knowledge: Repository.knowledge, catalog: Repository.catalog, today: today)
        }.run(set, defaultToday: CalendarDate(iso: "2025-08-25")!)
        for o in report.outcomes where !o.intentOK || !o.answerOK {
            XCTFail("\(o.testCase.id) “\(o.testCase.question)”: got \(o.predicted): \(o.answer.prefix(200))")
        }
    }

    func testFactMatcherFoldsDatesAndWholeWords() {
        let a = FactMatcher.normalize("Ban hành ngày 16/5/2016 của Thủ tướng Chính phủ.")
        XCTAssertTrue(FactMatcher.holds(a, "16/05/2016"))
        XCTAssertTrue(FactMatcher.holds(a, "2016"), "a year inside a date is a whole word")
        XCTAssertTrue(FactMatcher.holds(a, "thủ tướng|ttg"))
        XCTAssertFalse(FactMatcher.holds(a, "201"))
        // Written dates are read with the date words of Intents/dates.yaml; also a comma for the year word,
        // capitals, a two-digit year.
        let dates = try! DateGrammar(contentsOf: Repository.root.appendingPathComponent("Intents/dates.yaml"))
        func normalize(_ s: String) -> String { FactMatcher.normalize(s, grammar: dates) }
        XCTAssertTrue(FactMatcher.holds(normalize("ngày 15 tháng 9 năm 2025"), "15/09/2025"))
        XCTAssertTrue(FactMatcher.holds(normalize("Hà Nội, Ngày 5 Tháng 9, 2025"), "05/09/2025"))
        XCTAssertTrue(FactMatcher.holds(normalize("hạn 5-9-25"), "05/09/2025"))
        XCTAssertFalse(FactMatcher.holds(normalize("mục 5.9"), "05/09/2025"))
    }

    func testPerIntentFiguresAndConfusions() throws {
        let set = try QuestionSet(tsv: "A\t\tnfc\thạn báo cáo\treport.deadline\t\t\nB\t\tnfc\tqwerty\thelp\t\t\n")
        let report = QuestionSetEvaluator { today in
            Assistant(knowledge: Repository.knowledge, catalog: Repository.catalog, today: today)
        }.run(set, defaultToday: CalendarDate(iso: "2025-08-25")!)
        XCTAssertEqual(report.intentAccuracy, 0.5)
        let help = report.perIntent.first { $0.intent == "help" }!
        XCTAssertEqual(help.recall, 0)
        XCTAssertEqual(report.confusions.first?.expected, "help")
        XCTAssertEqual(report.confusions.first?.predicted, "unknown")
    }

    func testMalformedSetIsRejectedWithItsLine() {
        XCTAssertThrowsError(try QuestionSet(tsv: "# c\nA\tb\n")) { error in
            XCTAssertEqual(error as? QuestionSet.ParseError, .tooFewColumns(line: 2))
        }
    }
}
