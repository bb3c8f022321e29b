@testable import DanVanText
import XCTest

/// The fast path of folding and tokenizing must give exactly what the general path gives.
final class ScalarFoldTests: XCTestCase {
    /// Characters that exercise every branch: ASCII, joiners, Vietnamese letters in both cases, Latin-1
    /// letters the table does not fold (ç, ß), numbers (²), punctuation, a combining mark, CR LF, Ð.
    private let alphabet: [String] = ["a", "Z", "0", "9", " ", "/", "-", ".", "_", ",", "!", "đ", "Đ", "Ð", "ư", "Ư", "ố",
                                      "Ỷ", "ạ", "à", "ç", "ß", "²", "“", "”", "–", "…", "\u{0301}", "\r", "\n", "\t", "€", "中", "😀"]

    func testFastPathAgreesWithTheGeneralPath() {
        var generator = SystemRandomNumberGenerator()
        var fastTaken = 0
        for _ in 0..<5_000 {
            let length = Int.random(in: 0...24, using: &generator)
            let text = (0..<length).map { _ in alphabet.randomElement(using: &generator)! }.joined()
            if ScalarFold.tokens(text) != nil { fastTaken += 1 }
            XCTAssertEqual(Tokenizer.tokens(text), Tokenizer.generalTokens(text), text.debugDescription)
            XCTAssertEqual(Tokenizer.foldedWords(text), Tokenizer.generalTokens(text).map(\.text), text.debugDescription)
            XCTAssertEqual(Folding.fold(text), Folding.generalFold(text), text.debugDescription)
        }
        XCTAssertGreaterThan(fastTaken, 0, "the fast path was never taken")
    }

    func testFastPathAgreesOnRealText() throws {
        let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("DanVanKnowledgeTests/Fixtures")
        let names = try FileManager.default.contentsOfDirectory(atPath: fixtures.path).filter { $0.hasSuffix(".txt") }
        XCTAssertFalse(names.isEmpty)
        for name in names {
            let text = try String(contentsOf: fixtures.appendingPathComponent(name), encoding: .utf8)
            for line in text.split(separator: "\n") {
                let s = String(line)
                XCTAssertEqual(Tokenizer.tokens(s), Tokenizer.generalTokens(s), "\(name): \(s)")
                XCTAssertEqual(Tokenizer.foldedWords(s), Tokenizer.generalTokens(s).map(\.text), "\(name): \(s)")
                XCTAssertEqual(Folding.fold(s), Folding.generalFold(s), "\(name): \(s)")
            }
        }
    }

    func testTheFastPathIsTakenForVietnameseAndLeftForOtherText() {
        XCTAssertEqual(ScalarFold.tokens("Hạn báo cáo theo Chỉ thị 33/CT-TTg")?.map(\.text),
                       ["han", "bao", "cao", "theo", "chi", "thi", "33/ct-ttg"])
        XCTAssertEqual(ScalarFold.fold("Phòng Văn hoá – Xã HỘI"), "phong van hoa – xa hoi")
        XCTAssertNil(ScalarFold.tokens("ho\u{0300}a"), "a combining mark needs NFC first")
        XCTAssertNil(ScalarFold.tokens("a\r\nb"), "CR LF is one Character")
        XCTAssertNil(ScalarFold.fold("Straße"), "ß is a letter the table does not fold")
    }
}

/// The literal search agrees with Foundation's on NFC text.
final class LiteralSearchTests: XCTestCase {
    func testAgreesWithFoundation() {
        let pieces = ["Ủy ban nhân dân", "UBND", "xã", " ", "Đường An", "ab", "a", "b", "aa", "drop table", "ư"]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<2_000 {
            let text = (0..<Int.random(in: 0...8, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            let target = pieces.randomElement(using: &generator)!
            XCTAssertEqual(text.containsLiteral(target), text.contains(target), "\(text) / \(target)")
            XCTAssertEqual(text.replacingLiteral(target, with: "<>"), text.replacingOccurrences(of: target, with: "<>"), "\(text) / \(target)")
        }
    }

    func testEdgeCases() {
        XCTAssertTrue("abc".containsLiteral(""))
        XCTAssertEqual("abc".replacingLiteral("", with: "x"), "abc")
        XCTAssertEqual("aaa".replacingLiteral("aa", with: "b"), "ba", "left to right, not overlapping")
        XCTAssertEqual("Ủy ban nhân dân xã Ủy ban nhân dân".replacingLiteral("Ủy ban nhân dân", with: "UBND"), "UBND xã UBND")
        XCTAssertFalse("ab".containsLiteral("abc"))
    }
}
