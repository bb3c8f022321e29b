import DanVanIntents
import DanVanKnowledge
import DanVanTasks
import DanVanText
import Foundation
import XCTest

/// Each word list exists once: the courtesy words serve questions and task commands alike, the
/// administrative levels serve the unit directory, the importer and the reports.
final class WordListTests: XCTestCase {
    private let today = CalendarDate(iso: "2025-09-10")!

    /// A parser over the repository's task vocabulary with `courtesy` as the one courtesy list.
    private func parser(_ courtesy: EntityVocabulary.Courtesy) -> TaskCommandParser {
        TaskCommandParser(vocabulary: Repository.taskVocabulary, courtesy: courtesy, resolveUnit: { _ in .unknown(suggestions: []) })
    }

    func testACourtesyWordAddedOnceWorksInQuestionsAndCommands() throws {
        // "hihi" is no courtesy word of the repository: added to the one list, both sides drop it.
        var sources = try IntentCatalog.loadSources(directory: Repository.root.appendingPathComponent("Intents"))
        XCTAssertNil(parser(sources.vocabulary.courtesy).parse("hihi xong nhiệm vụ 3 hihi", today: today))
        sources.vocabulary.courtesy.anywhere.append("hihi")
        let catalog = IntentCatalog(sources: sources)
        let question = NormalizedQuestion("hihi hạn báo cáo lần 1 hihi", vocabulary: catalog.vocabulary)
        XCTAssertEqual(question.contentIndices.map { question.tokens[$0] }, ["han", "bao", "cao", "lan", "1"])
        let command = try XCTUnwrap(parser(catalog.courtesy).parse("hihi xong nhiệm vụ 3 hihi", today: today))
        XCTAssertEqual(command.intent, .done)
    }

    func testCourtesyAtACommandsEndNeverSwallowsAQuestionWord() throws {
        let courtesy = Repository.catalog.courtesy
        // "à" is courtesy in a question, and a question word at the end of a command.
        XCTAssertTrue(courtesy.anywhere.contains("à"))
        let asked = try XCTUnwrap(parser(courtesy).parse("nhiệm vụ 3 đã xong à", today: today))
        XCTAssertNotEqual(asked.intent, .done)
        XCTAssertEqual(parser(courtesy).parse("xong nhiệm vụ 3 nhé", today: today)?.intent, .done)
        XCTAssertEqual(parser(courtesy).parse("giúp tôi xong nhiệm vụ 3 với", today: today)?.intent, .done)
    }

    func testCommandOnlyCourtesyKeepsItsMeaningInQuestions() {
        // "tôi" is dropped before a command, but "nhiệm vụ của tôi" still says whose.
        XCTAssertTrue(Repository.catalog.courtesy.commandStart.contains("tôi"))
        let question = NormalizedQuestion("nhiệm vụ của tôi", vocabulary: Repository.catalog.vocabulary)
        XCTAssertTrue(question.contentIndices.map { question.tokens[$0] }.contains("toi"))
    }

    func testNoCourtesyWordIsListedTwice() {
        let c = Repository.catalog.courtesy
        // As written: "ạ" (courtesy) and "à" (a question) are two words that fold alike.
        let all = c.all.map { $0.precomposedStringWithCanonicalMapping.lowercased() }
        XCTAssertEqual(all.count, Set(all).count, "a courtesy word stands in two lists")
    }

    func testTheOneListOfLevelsServesUnitsImporterAndReports() throws {
        let levels = Repository.knowledge.units.levelPhrases
        XCTAssertTrue(levels.contains(["thanh", "pho"]) && levels.contains(["xa"]) && levels.contains(["dac", "khu"]))
        // A unit's name may be typed without its level, whichever level it is ("… quận", "… đặc khu").
        XCTAssertEqual(Repository.knowledge.units.withoutLevel(["trung", "tam", "y", "te", "dac", "khu"]), ["trung", "tam", "y", "te"])
        XCTAssertEqual(Repository.knowledge.units.withoutLevel(["cong", "an", "xa"]), ["cong", "an"])
        // Two words are always kept.
        XCTAssertEqual(Repository.knowledge.units.withoutLevel(["ubnd", "xa"]), ["ubnd", "xa"])
    }
}
