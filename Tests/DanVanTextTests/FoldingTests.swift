import DanVanText
import XCTest

final class FoldingTests: XCTestCase {
    func testFoldRemovesDiacriticsAndMapsDStroke() {
        XCTAssertEqual(Folding.fold("Đường An"), "duong an")
        XCTAssertEqual(Folding.fold("ĐỒNG"), "dong")
        XCTAssertEqual(Folding.fold("Ðào"), "dao", "U+00D0 look-alike folds like Đ")
        XCTAssertEqual(Folding.fold("người Việt"), "nguoi viet", "letters with two marks fold too")
    }

    func testOldAndNewTonePlacementFoldAlike() {
        XCTAssertEqual(Folding.fold("hòa"), Folding.fold("hoà"))
        XCTAssertEqual(Folding.fold("khỏe"), Folding.fold("khoẻ"))
        XCTAssertEqual(Folding.fold("thủy"), Folding.fold("thuỷ"))
    }

    func testNFDInputFoldsLikeNFC() {
        let nfd = "Phòng Văn hóa - Xã hội".decomposedStringWithCanonicalMapping
        XCTAssertNotEqual(nfd.unicodeScalars.count, "Phòng Văn hóa - Xã hội".unicodeScalars.count)
        XCTAssertEqual(Folding.fold(nfd), "phong van hoa - xa hoi")
        XCTAssertEqual(Folding.nfc(nfd), "Phòng Văn hóa - Xã hội")
    }

    func testNFCMapsLookAlikeEth() {
        XCTAssertEqual(Folding.nfc("NÐ-CP"), "NĐ-CP")
    }
}

final class TokenizerTests: XCTestCase {
    func testCodesStayWhole() {
        XCTAssertEqual(Tokenizer.foldedWords("Chỉ thị 33/CT-TTg!"), ["chi", "thi", "33/ct-ttg"])
        XCTAssertEqual(Tokenizer.foldedWords("Kết luận 114-KL/TW ngày 14/7/2015"), ["ket", "luan", "114-kl/tw", "ngay", "14/7/2015"])
        XCTAssertEqual(Tokenizer.foldedWords("59/2023/NĐ-CP"), ["59/2023/nd-cp"])
    }

    func testWordsSplitOnPunctuation() {
        XCTAssertEqual(Tokenizer.foldedWords("phòng VH-XH, hạn: 15/9."), ["phong", "vh", "xh", "han", "15/9"])
    }

    func testTokenOffsetsPointIntoTheOriginal() {
        let text = "Hạn báo cáo"
        let tokens = Tokenizer.tokens(text)
        let chars = Array(text)
        XCTAssertEqual(tokens.map { String(chars[$0.start..<$0.end]) }, ["Hạn", "báo", "cáo"])
    }
}

final class FuzzyMatcherTests: XCTestCase {
    func testOneEditOnLongWords() {
        XCTAssertTrue(FuzzyMatcher.matches("nhiem", "nhiem"))
        XCTAssertTrue(FuzzyMatcher.matches("nhiemm", "nhiem"))
        XCTAssertTrue(FuzzyMatcher.matches("nhime", "nhiem"), "a swap is one edit")
        XCTAssertFalse(FuzzyMatcher.matches("nhxyz", "nhiem"))
    }

    func testFinalIAndYAreOneLetter() {
        XCTAssertTrue(FuzzyMatcher.matches("ki", "ky"))
        XCTAssertTrue(FuzzyMatcher.matches("ly", "li"))
        XCTAssertFalse(FuzzyMatcher.matches("ai", "ay"), "after a vowel they differ")
    }

    func testASlipInAShortWord() {
        XCTAssertTrue(FuzzyMatcher.slip("coa", "cao"))
        XCTAssertTrue(FuzzyMatcher.slip("cog", "cong"))
        XCTAssertFalse(FuzzyMatcher.slip("dao", "cao"), "the first letter stays")
        XCTAssertFalse(FuzzyMatcher.slip("12", "13"))
    }

    func testShortWordsNumbersAndCodesAreExact() {
        XCTAssertFalse(FuzzyMatcher.matches("33", "34"))
        XCTAssertFalse(FuzzyMatcher.matches("ct", "qd"))
        XCTAssertFalse(FuzzyMatcher.matches("hab", "han"))
        XCTAssertFalse(FuzzyMatcher.matches("2025a", "2025b"))
    }

    func testDistance() {
        XCTAssertEqual(FuzzyMatcher.distance("kitten", "sitting", limit: 5), 3)
        XCTAssertEqual(FuzzyMatcher.distance("abc", "abc", limit: 1), 0)
        XCTAssertGreaterThan(FuzzyMatcher.distance("abcdef", "uvwxyz", limit: 1), 1)
    }
}
