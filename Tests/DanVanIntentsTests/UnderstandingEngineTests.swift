import DanVanIntents
import DanVanKnowledge
import DanVanTasks
import DanVanText
import XCTest

final class UnderstandingEngineTests: XCTestCase {
    let today = CalendarDate(iso: "2025-09-10")!

    func match(_ text: String, context: ConversationContext = .empty) -> Understanding {
        Repository.engine.understand(text, context: context, today: today)
    }

    /// Every example declared in Intents/*.yaml must be recognised as its own intent.
    func testEveryDeclaredExampleMatchesItsIntent() {
        var checked = 0
        for intent in Repository.catalog.intents {
            for example in intent.definition.examples ?? [] {
                let m = match(example)
                XCTAssertEqual(m.winner?.intent, intent.intent, "“\(example)” should be \(intent.intent); got \(m.candidates.first.map { "\($0.intent) \($0.score)" } ?? "none")")
                checked += 1
            }
        }
        XCTAssertGreaterThan(checked, 40)
    }

    func testWithoutDiacriticsAndWithTyposTheSameIntentWins() {
        XCTAssertEqual(match("hạn báo cáo lần 2").winner?.intent.rawValue, "report.deadline")
        XCTAssertEqual(match("han bao cao lan 2").winner?.intent.rawValue, "report.deadline")
        XCTAssertEqual(match("HẠN BÁO CÁO LẦN 2").winner?.intent.rawValue, "report.deadline")
        XCTAssertEqual(match("nhiêm vu cua phong vhxh").winner?.intent.rawValue, "unit.duties")
        XCTAssertEqual(match("nhiemm vu cua phong kinh te").winner?.intent.rawValue, "unit.duties", "one extra letter")
    }

    func testASlipInAShortWordOfAPhrase() {
        XCTAssertEqual(match("han bao coa lan 1").winner?.intent.rawValue, "report.deadline")
        XCTAssertEqual(match("van ban cna cu").winner?.intent.rawValue, "legal.bases")
        XCTAssertEqual(match("nhiem vu cua phong van hao xa hoi").winner?.slots[.unit]?.value, .text("Phòng Văn hóa - Xã hội"))
        XCTAssertEqual(match("nguoi ki ke hoach").winner?.intent.rawValue, "plan.signer")
    }

    func testPoliteWordsDoNotChangeTheIntent() {
        let m = match("cho tôi hỏi hạn báo cáo lần 1 là khi nào ạ")
        XCTAssertEqual(m.winner?.intent.rawValue, "report.deadline")
        XCTAssertEqual(m.winner?.slots[.round]?.value, .number(1))
    }

    func testRequiredSlotMissingMakesIntentIneligible() {
        let m = match("ban hành ngày nào")
        XCTAssertFalse(m.candidates.first { $0.intent == .knowledge(.legalDocument) }!.eligible)
    }

    func testFollowUpReusesPreviousIntentWithNewUnit() {
        let first = match("nhiệm vụ của phòng vhxh")
        let ctx = ConversationContext(lastIntent: first.winner!.intent, lastSlots: first.winner!.slots)
        let second = match("thế còn phòng kinh tế", context: ctx)
        XCTAssertEqual(second.winner?.intent.rawValue, "unit.duties")
        XCTAssertEqual(second.winner?.slots[.unit]?.value, .text("Phòng Kinh tế"))
        XCTAssertTrue(second.winner?.followUp ?? false)
    }

    func testContextFillsTheDocumentOfAShortQuestion() {
        let first = match("nghị định 61")
        let ctx = ConversationContext(lastIntent: first.winner!.intent, lastSlots: first.winner!.slots)
        let second = match("ban hành ngày nào", context: ctx)
        XCTAssertEqual(second.winner?.intent.rawValue, "legal.document")
        XCTAssertEqual(second.winner?.fromContext, [.document])
    }

    func testAnEntityAloneYieldsToKeywordsThatAskSomethingElse() {
        // "ubnd" alone is a glossary question; "ubnd tỉnh làm gì" asks for duties of a unit not found:
        // not the glossary's answer.
        XCTAssertEqual(match("ubnd").winner?.intent, .knowledge(.glossary))
        XCTAssertNotEqual(match("ubnd tỉnh làm gì").winner?.intent, .knowledge(.glossary))
        XCTAssertNotEqual(match("hđnd huyện cần làm gì").winner?.intent, .knowledge(.glossary))
        // A strong entity of its own still wins ("phần 3 … nói về gì" is about the section).
        XCTAssertEqual(match("phần 3 của kế hoạch nói về gì").winner?.intent, .knowledge(.planStructure))
    }

    func testNonsenseMatchesNothing() {
        XCTAssertEqual(match("qwerty").decision, .none)
        XCTAssertEqual(match("kể chuyện cười").decision, .none)
    }

    func testConfidenceIsHigherForClearQuestions() {
        XCTAssertGreaterThan(match("hạn nộp báo cáo lần 1 là khi nào").confidence, match("hạn").confidence)
        XCTAssertLessThanOrEqual(match("hạn nộp báo cáo lần 1 là khi nào").confidence, 1)
    }

    func testTaskCommandsAndQuestionsCompeteOnOneScale() {
        let add = match("thêm nhiệm vụ: họp dân, giao phòng kinh tế, hạn 15/9")
        XCTAssertEqual(add.winner?.intent, .task(.add))
        XCTAssertNotNil(add.winner?.taskCommand)
        let duties = match("nhiệm vụ của phòng kinh tế")
        XCTAssertEqual(duties.winner?.intent, .knowledge(.unitDuties))
        // A task list names the same unit, but its filter words make it a command.
        let overdue = match("nhiệm vụ quá hạn của phòng kinh tế")
        XCTAssertEqual(overdue.winner?.intent, .task(.list))
        XCTAssertTrue(overdue.candidates.contains { $0.source == .keywords && $0.confidence > 0 },
                      "the keyword reading is ranked too, on the same scale")
        for c in add.candidates + overdue.candidates { XCTAssertTrue((0...1).contains(c.confidence)) }
    }

    func testTheLineIsTokenizedOnceForEveryParser() {
        let u = match("Xong NV #3 nhé")
        XCTAssertEqual(u.winner?.intent, .task(.done))
        XCTAssertEqual(u.question.spans.map(\.text), u.question.tokens)
    }

    func testAChoiceNumberAfterAClarificationIsAChoice() {
        let ctx = ConversationContext(pendingChoices: [(.knowledge(.unitDuties), Slots())])
        XCTAssertEqual(match("2.", context: ctx).decision, .choice(2))
        XCTAssertNotEqual(match("2", context: .empty).decision, .choice(2))
    }

    func testEveryIntentOfTheCatalogueHasATypedID() {
        let declared = Set(Repository.catalog.intents.map(\.intent))
        for k in KnowledgeIntent.allCases { XCTAssertTrue(declared.contains(.knowledge(k)), "\(k.rawValue) declared in Intents/") }
        for r in ReportIntent.allCases { XCTAssertTrue(declared.contains(.report(r)), "\(r.rawValue) declared in Intents/") }
        for t in TaskIntent.allCases { XCTAssertNotNil(Repository.taskVocabulary.intents[t.rawValue], "\(t.rawValue) in tasks.yaml") }
    }
}
