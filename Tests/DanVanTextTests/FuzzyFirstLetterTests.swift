import DanVanText
import XCTest

/// A one-syllable word with another first consonant is another word, not a typo ("thông" is not "phòng").
final class FuzzyFirstLetterTests: XCTestCase {
    func testShortWordsKeepTheirFirstLetter() {
        for (typed, word) in [("thong", "phong"), ("chong", "phong"), ("thanh", "khanh"), ("muong", "duong")] {
            XCTAssertFalse(FuzzyMatcher.matches(typed, word), "\(typed) / \(word)")
            XCTAssertFalse(FuzzyMatcher.matches(FuzzyWord(typed), FuzzyWord(word)), "\(typed) / \(word) (prepared)")
        }
    }

    func testSlipsAfterTheFirstLetterStillMatch() {
        for (typed, word) in [("phogn", "phong"), ("phongg", "phong"), ("nhiemm", "nhiem"), ("thnog", "thong")] {
            XCTAssertTrue(FuzzyMatcher.matches(typed, word), "\(typed) / \(word)")
            XCTAssertTrue(FuzzyMatcher.matches(FuzzyWord(typed), FuzzyWord(word)), "\(typed) / \(word) (prepared)")
        }
    }

    func testLongWordsMayCarryASlipAnywhere() {
        XCTAssertTrue(FuzzyMatcher.matches("xnghieng", "nghieng"), "an extra first letter on a long word")
        XCTAssertTrue(FuzzyMatcher.matches(FuzzyWord("xnghieng"), FuzzyWord("nghieng")))
    }
}
