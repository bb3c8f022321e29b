import DanVanKnowledge
import DanVanText
import XCTest

/// The unit matcher forgives slips, not other words.
final class UnitMentionTests: XCTestCase {
    func mention(_ text: String) -> String? {
        Repository.knowledge.units.mention(in: Tokenizer.foldedWords(text))?.name
    }

    func testAnotherFirstConsonantIsAnotherWord() {
        XCTAssertNil(mention("nhiệm vụ của các thôn"))
        XCTAssertNil(mention("các thông tin cần báo cáo"))
        XCTAssertEqual(mention("các phòng"), "Các phòng, đơn vị sự nghiệp thuộc xã")
        XCTAssertEqual(mention("cac phongg"), "Các phòng, đơn vị sự nghiệp thuộc xã", "a doubled letter is still a slip")
    }
}

/// A stopword is judged as typed: "chưa" is one, "chữa" (of "sửa chữa") folds alike but is not.
final class StopwordSpellingTests: XCTestCase {
    let vocabulary = Repository.catalog.vocabulary

    func testAWordFoldingLikeAStopwordIsKept() {
        XCTAssertTrue(vocabulary.isStopword("chua", typed: "chưa"))
        XCTAssertFalse(vocabulary.isStopword("chua", typed: "chữa"))
        XCTAssertTrue(vocabulary.isStopword("chua", typed: "chua"), "typed without diacritics: as before")
        XCTAssertTrue(vocabulary.isStopword("da", typed: "đã"))
        XCTAssertFalse(vocabulary.isStopword("da", typed: "đá"))
        XCTAssertEqual(vocabulary.contentWords("phòng cháy chữa cháy đã làm chưa"), ["phong", "chay", "chua", "chay"])
    }

    func testATopicKeepsItsWords() {
        let u = Repository.engine.understand("kế hoạch có nói về sửa chữa nhà văn hóa không", context: .empty,
                                             today: CalendarDate(iso: "2025-09-10")!)
        XCTAssertEqual(u.entities.first { $0.kind == .topic }?.display, "sửa chữa nhà văn hóa")
    }
}
