import DanVanIntents
import DanVanKnowledge
import XCTest

final class IntentMatcherTests: XCTestCase {
    let extractor = EntityExtractor(knowledge: Repository.knowledge, vocabulary: Repository.catalog.vocabulary)
    let matcher = IntentMatcher(catalog: Repository.catalog)

    func match(_ text: String, context: ConversationContext = .empty) -> IntentMatch {
        let q = NormalizedQuestion(text, vocabulary: Repository.catalog.vocabulary)
        return matcher.match(q, entities: extractor.entities(in: q), context: context)
    }

    /// Every example declared in Intents/*.yaml must be recognised as its own intent.
    func testEveryDeclaredExampleMatchesItsIntent() {
        var checked = 0
        for intent in Repository.catalog.intents {
            for example in intent.definition.examples ?? [] {
                let m = match(example)
                XCTAssertEqual(m.winner?.intentID, intent.id, "“\(example)” should be \(intent.id); got \(m.candidates.first.map { "\($0.intentID) \($0.score)" } ?? "none")")
                checked += 1
            }
        }
        XCTAssertGreaterThan(checked, 40)
    }

    func testWithoutDiacriticsAndWithTyposTheSameIntentWins() {
        XCTAssertEqual(match("hạn báo cáo lần 2").winner?.intentID, "report.deadline")
        XCTAssertEqual(match("han bao cao lan 2").winner?.intentID, "report.deadline")
        XCTAssertEqual(match("HẠN BÁO CÁO LẦN 2").winner?.intentID, "report.deadline")
        XCTAssertEqual(match("nhiêm vu cua phong vhxh").winner?.intentID, "unit.duties")
        XCTAssertEqual(match("nhiemm vu cua phong kinh te").winner?.intentID, "unit.duties", "one extra letter")
    }

    func testASlipInAShortWordOfAPhrase() {
        XCTAssertEqual(match("han bao coa lan 1").winner?.intentID, "report.deadline")
        XCTAssertEqual(match("van ban cna cu").winner?.intentID, "legal.bases")
        XCTAssertEqual(match("nhiem vu cua phong van hao xa hoi").winner?.slots["unit"]?.value, .text("Phòng Văn hóa - Xã hội"))
        XCTAssertEqual(match("nguoi ki ke hoach").winner?.intentID, "plan.signer")
    }

    func testPoliteWordsDoNotChangeTheIntent() {
        let m = match("cho tôi hỏi hạn báo cáo lần 1 là khi nào ạ")
        XCTAssertEqual(m.winner?.intentID, "report.deadline")
        XCTAssertEqual(m.winner?.slots["round"]?.value, .number(1))
    }

    func testRequiredSlotMissingMakesIntentIneligible() {
        let m = match("ban hành ngày nào")
        XCTAssertFalse(m.candidates.first { $0.intentID == "legal.document" }!.eligible)
    }

    func testFollowUpReusesPreviousIntentWithNewUnit() {
        let first = match("nhiệm vụ của phòng vhxh")
        let ctx = ConversationContext(lastIntent: first.winner!.intentID, lastSlots: first.winner!.slots)
        let second = match("thế còn phòng kinh tế", context: ctx)
        XCTAssertEqual(second.winner?.intentID, "unit.duties")
        XCTAssertEqual(second.winner?.slots["unit"]?.value, .text("Phòng Kinh tế"))
        XCTAssertTrue(second.winner?.followUp ?? false)
    }

    func testContextFillsTheDocumentOfAShortQuestion() {
        let first = match("nghị định 61")
        let ctx = ConversationContext(lastIntent: first.winner!.intentID, lastSlots: first.winner!.slots)
        let second = match("ban hành ngày nào", context: ctx)
        XCTAssertEqual(second.winner?.intentID, "legal.document")
        XCTAssertEqual(second.winner?.fromContext, ["document"])
    }

    func testNonsenseMatchesNothing() {
        XCTAssertEqual(match("qwerty").decision, .none)
        XCTAssertEqual(match("kể chuyện cười").decision, .none)
    }

    func testConfidenceIsHigherForClearQuestions() {
        XCTAssertGreaterThan(match("hạn nộp báo cáo lần 1 là khi nào").confidence, match("hạn").confidence)
        XCTAssertLessThanOrEqual(match("hạn nộp báo cáo lần 1 là khi nào").confidence, 1)
    }
}
