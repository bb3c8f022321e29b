@testable import DanVanText
import XCTest

/// A question's words compared on a numbered lexicon (`FuzzyTable`) give exactly what `FuzzyMatcher`
/// gives on the two words, for every pair.
final class FuzzyLexiconTests: XCTestCase {
    func assertTableAgrees(vocabulary: [String], typed: [String], file: StaticString = #filePath, line: UInt = #line) {
        var lexicon = FuzzyLexicon()
        let numbers = vocabulary.map { lexicon.number($0) }
        let table = lexicon.table(for: typed)
        XCTAssertEqual(table.count, typed.count, file: file, line: line)
        for (p, t) in typed.enumerated() {
            for (v, n) in zip(vocabulary, numbers) {
                XCTAssertEqual(table.matches(p, n), FuzzyMatcher.matches(t, v), "matches(\(t), \(v))", file: file, line: line)
                XCTAssertEqual(table.slip(p, n), FuzzyMatcher.slip(t, v), "slip(\(t), \(v))", file: file, line: line)
            }
        }
    }

    func testEveryPairOfTheFuzzyWordListAgrees() {
        assertTableAgrees(vocabulary: FuzzyWordTests.words, typed: FuzzyWordTests.words)
    }

    func testRandomEditsAgree() {
        var rng = SystemRandomNumberGenerator()
        let alphabet = Array("abcdeghiklmnopqrstuvxyđâ19")
        for _ in 0..<40 {
            let vocabulary = (0..<30).map { _ in String((0..<Int.random(in: 1...8, using: &rng)).map { _ in alphabet.randomElement(using: &rng)! }) }
            let typed = vocabulary.prefix(10).map { word -> String in
                var chars = Array(word)
                switch Int.random(in: 0..<4, using: &rng) {
                case 0: chars.insert(alphabet.randomElement(using: &rng)!, at: Int.random(in: 0...chars.count, using: &rng))
                case 1: if !chars.isEmpty { chars.remove(at: Int.random(in: 0..<chars.count, using: &rng)) }
                case 2: if chars.count > 1 { let i = Int.random(in: 0..<(chars.count - 1), using: &rng); chars.swapAt(i, i + 1) }
                default: if !chars.isEmpty { chars[Int.random(in: 0..<chars.count, using: &rng)] = alphabet.randomElement(using: &rng)! }
                }
                return String(chars)
            }
            assertTableAgrees(vocabulary: vocabulary, typed: typed + vocabulary.suffix(3))
        }
    }

    func testNumbersAreGivenOnceAndPhrasesAreScreened() {
        var lexicon = FuzzyLexicon()
        let bao = lexicon.number("bao"), cao = lexicon.number("cao"), han = lexicon.number("han")
        XCTAssertEqual(lexicon.number("bao"), bao)
        XCTAssertEqual(lexicon.number(of: "cao"), cao)
        XCTAssertNil(lexicon.number(of: "nop"))
        XCTAssertEqual(lexicon.count, 3)
        let table = lexicon.table(for: ["han", "bao", "coa"])
        XCTAssertTrue(table.matches(0, han))
        XCTAssertFalse(table.matches(2, cao))
        XCTAssertTrue(table.slip(2, cao), "a swapped pair is a slip")
        XCTAssertTrue(table.mayHold([bao, cao], slips: true))
        XCTAssertFalse(table.mayHold([bao, cao], slips: false), "no word matches cao exactly")
        XCTAssertFalse(lexicon.table(for: ["nop"]).mayHold([han], slips: true))
        XCTAssertEqual(FuzzyLexicon().table(for: ["a"]).count, 1)
    }
}
