import DanVanText
import XCTest

/// The byte-level "one edit apart" check of `FuzzyMatcher` (plain ASCII words, no allocation) agrees with
/// the optimal-string-alignment distance it replaces on the hot path.
final class FuzzyOneEditTests: XCTestCase {
    /// `FuzzyMatcher.matches` as specified, with the reference distance (a table over Characters).
    static func reference(_ a: String, _ b: String) -> Bool {
        if a == b { return true }
        guard a.count >= 5, b.count >= 5, a.allSatisfy(\.isLetter), b.allSatisfy(\.isLetter) else { return false }
        if max(a.count, b.count) < 7, a.first != b.first { return false }
        return FuzzyMatcher.distance(a, b, limit: 1) <= 1
    }

    /// Every pair of words of five to seven letters over a two-letter alphabet: substitutions, swaps,
    /// insertions, deletions and everything farther, exhaustively.
    func testEveryPairOfShortWordsAgrees() {
        var words: [String] = []
        for n in 5...7 {
            for bits in 0..<(1 << n) { words.append(String((0..<n).map { bits & (1 << $0) == 0 ? "a" : "b" })) }
        }
        var agreed = 0
        for a in words {
            for b in words {
                let expected = Self.reference(a, b)
                XCTAssertEqual(FuzzyMatcher.matches(a, b), expected, "\(a) \(b)")
                XCTAssertEqual(FuzzyMatcher.matches(FuzzyWord(a), FuzzyWord(b)), expected, "\(a) \(b)")
                agreed += 1
            }
        }
        XCTAssertEqual(agreed, 224 * 224)
    }

    /// Real words with one slip, and words that differ in two places.
    func testRealWords() {
        XCTAssertTrue(FuzzyMatcher.matches("nhiem", "nhiemm"))      // one letter more
        XCTAssertTrue(FuzzyMatcher.matches("truyen", "truyne"))     // two neighbours swapped
        XCTAssertTrue(FuzzyMatcher.matches("thong", "thonh"))       // one letter wrong
        XCTAssertFalse(FuzzyMatcher.matches("truyen", "tryuen2"))   // a digit: not a word
        XCTAssertFalse(FuzzyMatcher.matches("chinh", "chnhi"))      // two edits
        XCTAssertFalse(FuzzyMatcher.matches("thong", "phong"))      // short words keep their first letter
        XCTAssertTrue(FuzzyMatcher.matches("nghiquyet", "nghiquyyet"))
        XCTAssertTrue(FuzzyMatcher.matches("ki", "ky"))
        XCTAssertFalse(FuzzyMatcher.matches("ai", "ay"))
        XCTAssertFalse(FuzzyMatcher.matches("33", "34"))
    }
}
