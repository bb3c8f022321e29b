@testable import DanVanIntents
import DanVanText
import XCTest

/// Inside `remembering`, a text is read once per conversation state and the reading is the same as
/// outside; nothing is kept after.
final class UnderstandingMemoTests: XCTestCase {
    let today = CalendarDate(iso: "2025-09-10")!

    func summary(_ u: Understanding) -> String {
        "\(u.decision) \(u.confidence) \(u.question.text) \(u.entities.map(\.display)) "
            + u.candidates.map { "\($0.intent.rawValue):\($0.confidence):\($0.slots.display.sorted { $0.key < $1.key })" }.joined(separator: ",")
    }

    func testReadingsInsideAreTheReadingsOutside() {
        let engine = Repository.engine
        let lines = ["hạn báo cáo lần 2 và nhiệm vụ của trung tâm phục vụ hành chính công", "nghị định 59 ban hành ngày nào và của ai",
                     "của ai", "han bao cao", "asdf"]
        let followUp = ConversationContext(lastIntent: .knowledge(.legalDocument), lastSlots: Slots(), planID: nil)
        for context in [ConversationContext.empty, followUp] {
            let outside = lines.map { summary(engine.understand($0, context: context, today: today)) }
            XCTAssertEqual(engine.memo.kept.understood, 0, "nothing is kept outside `remembering`")
            let inside = engine.remembering { () -> [String] in
                let first = lines.map { summary(engine.understand($0, context: context, today: today)) }
                XCTAssertEqual(engine.memo.kept.understood, lines.count)
                let again = lines.map { summary(engine.understand($0, context: context, today: today)) }
                XCTAssertEqual(engine.memo.kept.understood, lines.count, "the same text in the same conversation is read once")
                XCTAssertEqual(first, again)
                return first
            }
            XCTAssertEqual(inside, outside)
            XCTAssertEqual(engine.memo.kept.understood, 0)
            XCTAssertEqual(engine.memo.kept.questions, 0)
        }
    }

    func testAnotherConversationIsAnotherReading() {
        let engine = Repository.engine
        engine.remembering {
            _ = engine.understand("thế còn phòng kinh tế", context: .empty, today: today)
            var context = ConversationContext(lastIntent: .knowledge(.unitDuties))
            context.lastSlots[.unit] = Entity(kind: .unit, value: .text("Phòng Văn hóa - Xã hội"), span: 0..<1)
            let u = engine.understand("thế còn phòng kinh tế", context: context, today: today)
            XCTAssertEqual(engine.memo.kept.understood, 2)
            XCTAssertEqual(engine.memo.kept.questions, 1, "the text is normalised once")
            XCTAssertEqual(summary(u), summary(Repository.engine.understand("thế còn phòng kinh tế", context: context, today: today)))
        }
    }

    func testPartsOfALineAreTheSameInsideAndOutside() {
        let engine = Repository.engine
        for line in ["hạn nộp báo cáo đợt 2 và nhiệm vụ của phòng kinh tế", "chỉ thị 16 ban hành ngày nào và của ai"] {
            let outside = engine.parts(of: line, context: .empty, today: today)?.map { "\($0.question) \(summary($0.understanding))" }
            let inside = engine.remembering { engine.parts(of: line, context: .empty, today: today)?.map { "\($0.question) \(summary($0.understanding))" } }
            XCTAssertNotNil(outside)
            XCTAssertEqual(inside, outside)
        }
    }
}
