@testable import DanVanIntents
import DanVanTasks
import DanVanText
import XCTest

/// Random sentences made of the vocabulary's own words, numbers, dates and punctuation: the parser
/// and the responder must answer every one without crashing, and refusals must change nothing.
final class TaskCommandFuzzTests: XCTestCase {
    /// A small deterministic generator, so a failure replays.
    struct Generator {
        var state: UInt64
        mutating func next(_ n: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(n))
        }
    }

    func testRandomSentences() throws {
        let v = TestSupport.vocabulary
        var pieces = v.nouns + v.add.assign + v.add.due + v.list.cues + v.list.filters.open + v.list.filters.overdue
        pieces += v.intents.values.flatMap { $0.verbs + $0.phrases + $0.connectors }
        pieces += ["3", "#2", "0", "99999999999", "15/9", "31/02/2025", "40/13", "ngày 15 tháng 9", "2025-10-20", ",", ":", ";",
                   "phòng kinh tế", "phòng abc", "vhxh", "'", "\"", "DROP TABLE", "?", "ạ", "Đ", "\u{0301}", "tuần", "nhé", "", " "]
        var random = Generator(state: 42)
        let store = try TestSupport.store(self)
        let responder = TaskResponder(store: store)
        try store.add(TaskDraft(title: "Họp tổ", unit: "Phòng Kinh tế", due: CalendarDate(iso: "2025-10-20")), user: "lan")
        for _ in 0..<700 {
            let words = (0..<(1 + random.next(9))).map { _ in pieces[random.next(pieces.count)] }
            let sentence = words.joined(separator: random.next(3) == 0 ? "" : " ")
            guard let parse = TestSupport.parser.parse(sentence, today: TestSupport.today) else { continue }
            XCTAssertTrue(parse.intent.rawValue.hasPrefix("task."), sentence)
            let before = try store.recentHistory(limit: 1).first?.groupID
            let response = responder.respond(to: parse, today: TestSupport.today, user: "fuzz")
            XCTAssertFalse(DocumentRenderer(width: 10_000, color: false).render(response.document).isEmpty, sentence)
            if !response.succeeded {
                XCTAssertEqual(try store.recentHistory(limit: 1).first?.groupID, before, "refused yet changed: \(sentence)")
            }
        }
        XCTAssertEqual(try store.integrityCheck(), ["ok"])
    }
}
