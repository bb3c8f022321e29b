@testable import DanVanTasks
import XCTest

final class VocabularyReaderTests: XCTestCase {
    func testSubset() throws {
        let text = """
            # comment
            a: [x, "y, z", 'it''s']   # trailing comment
            b:
              c:
                - "#1"
                - plain words
              d: [one,
                  two]
            e: value
            """
        let value = try VocabularyReader.parse(text) as! [String: Any]
        XCTAssertEqual(value["a"] as? [String], ["x", "y, z", "it's"])
        let b = value["b"] as! [String: Any]
        XCTAssertEqual(b["c"] as? [String], ["#1", "plain words"])
        XCTAssertEqual(b["d"] as? [String], ["one", "two"])
        XCTAssertEqual(value["e"] as? String, "value")
    }

    func testErrorsNameTheLine() {
        XCTAssertThrowsError(try VocabularyReader.parse("a: [x,\nb: y\n")) {
            XCTAssertEqual($0 as? VocabularyReader.SyntaxError, .init(line: 1, reason: "unclosed `[`"))
        }
        XCTAssertThrowsError(try VocabularyReader.parse("a:\n  - x\n just text\n")) {
            XCTAssertEqual(($0 as? VocabularyReader.SyntaxError)?.line, 3)
        }
        XCTAssertThrowsError(try TaskVocabulary(yaml: "nouns: [x]\n")) {
            guard case .malformed(_, let detail)? = $0 as? TaskVocabularyError else { return XCTFail("\($0)") }
            XCTAssertTrue(detail.contains("missing key"), detail)
        }
    }

    func testShippedVocabularyLoads() {
        let v = TestSupport.vocabulary
        XCTAssertTrue(v.nouns.contains("nhiệm vụ"))
        XCTAssertEqual(v.list.soonDays, 7)
        XCTAssertTrue(v.sqlMarkers.contains("' or '"))
        XCTAssertEqual(Set(v.importing.columns.keys), Set(ImportColumn.allCases.map(\.rawValue)))
        for intent in ["task.add", "task.done", "task.update", "task.reschedule", "task.reassign", "task.delete",
                       "task.undo", "task.history", "task.list", "task.show"] {
            XCTAssertNotNil(v.intents[intent], intent)
        }
    }
}
