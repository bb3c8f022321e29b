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
