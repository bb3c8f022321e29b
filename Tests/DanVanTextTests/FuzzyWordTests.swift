import DanVanText
import XCTest

/// Matching prepared words (`FuzzyWord`) gives exactly what matching their texts gives.
final class FuzzyWordTests: XCTestCase {
    /// Words close to each other in every way the matcher cares about: typos, i/y, numbers, codes,
    /// diacritics, short and long, letters and not.
    static let words = ["nhiem", "nhiemm", "nhiem vu", "nhiệm", "nhiêm", "ki", "ky", "kí", "ký", "li", "ly", "ai", "ay", "qi", "qy",
                        "33", "34", "cao", "coa", "ca", "cáo", "bao", "bai", "han", "hna", "hanh", "chinh", "chinhh", "chihn",
                        "ke", "hoach", "hoahc", "hoach1", "hoạch", "tuyen", "tuyne", "truyen", "truyền", "thanh", "thnah",
                        "a", "", "ubnd", "ubdn", "ttg", "ct-ttg", "e\u{301}", "é", "xã", "xa\u{303}", "nghi", "nghy",
                        "bao cao", "baocao", "bao-cao", "đảng", "dang", "dangg", "daang", "phong", "phòng", "phongg",
                        "quyet", "quyết", "quyte", "dinh", "đinh", "nguyen", "nguyên", "nguyeen"]

    func testPreparedWordsMatchLikeTheirTexts() {
        let prepared = Self.words.map(FuzzyWord.init)
        var compared = 0
        for (a, pa) in zip(Self.words, prepared) {
            for (b, pb) in zip(Self.words, prepared) {
                XCTAssertEqual(FuzzyMatcher.matches(pa, pb), FuzzyMatcher.matches(a, b), "matches(\(a), \(b))")
                XCTAssertEqual(FuzzyMatcher.slip(pa, pb), FuzzyMatcher.slip(a, b), "slip(\(a), \(b))")
                compared += 1
            }
        }
        XCTAssertGreaterThan(compared, 4000)
        // The rules themselves, on prepared words.
        XCTAssertTrue(FuzzyMatcher.matches(FuzzyWord("nhiem"), FuzzyWord("nhiemm")))
        XCTAssertTrue(FuzzyMatcher.matches(FuzzyWord("ki"), FuzzyWord("ky")))
        XCTAssertFalse(FuzzyMatcher.matches(FuzzyWord("ai"), FuzzyWord("ay")))
        XCTAssertFalse(FuzzyMatcher.matches(FuzzyWord("33"), FuzzyWord("34")))
        XCTAssertTrue(FuzzyMatcher.slip(FuzzyWord("coa"), FuzzyWord("cao")))
    }

    /// Random letter strings with one random edit: prepared and plain matching agree.
    func testRandomEditsAgree() {
        var rng = SystemRandomNumberGenerator()
        let alphabet = Array("aăâbcdđeêghiklmnoôơpqrstuưvxy")
        for _ in 0..<3000 {
            let n = Int.random(in: 1...9, using: &rng)
            let a = String((0..<n).map { _ in alphabet.randomElement(using: &rng)! })
            var chars = Array(a)
            switch Int.random(in: 0..<4, using: &rng) {
            case 0: chars.insert(alphabet.randomElement(using: &rng)!, at: Int.random(in: 0...chars.count, using: &rng))
            case 1: if !chars.isEmpty { chars.remove(at: Int.random(in: 0..<chars.count, using: &rng)) }
            case 2: if chars.count > 1 { let i = Int.random(in: 0..<(chars.count - 1), using: &rng); chars.swapAt(i, i + 1) }
            default: if !chars.isEmpty { chars[Int.random(in: 0..<chars.count, using: &rng)] = alphabet.randomElement(using: &rng)! }
            }
            let b = String(chars)
            XCTAssertEqual(FuzzyMatcher.matches(FuzzyWord(a), FuzzyWord(b)), FuzzyMatcher.matches(a, b), "\(a) \(b)")
            XCTAssertEqual(FuzzyMatcher.slip(FuzzyWord(a), FuzzyWord(b)), FuzzyMatcher.slip(a, b), "\(a) \(b)")
        }
    }
}
