import XCTest
@testable import DanVanText

final class DisplayWidthTests: XCTestCase {
    func testVietnamesePrecomposedLettersTakeOneColumn() {
        XCTAssertEqual(DisplayWidth.of("Đường"), 5)
        XCTAssertEqual(DisplayWidth.of("nhiệm vụ của phòng văn hóa"), 26)
        XCTAssertEqual(DisplayWidth.of(Character("ệ")), 1)
    }

    func testDecomposedTextCountsLikeComposed() {
        let nfd = "Nguyễn Thị Hường".decomposedStringWithCanonicalMapping
        XCTAssertGreaterThan(nfd.unicodeScalars.count, 16)
        XCTAssertEqual(DisplayWidth.of(nfd), 16)
    }

    func testCombiningMarksTakeNoColumn() {
        XCTAssertEqual(DisplayWidth.of("\u{0301}" as Unicode.Scalar), 0)
        // A mark that has no precomposed form with its base stays separate after NFC.
        XCTAssertEqual(DisplayWidth.of("q\u{0323}\u{0302}"), 1)
    }

    func testWideEastAsianCharactersTakeTwoColumns() {
        XCTAssertEqual(DisplayWidth.of("日本"), 4)
        XCTAssertEqual(DisplayWidth.of("한국어"), 6)
        XCTAssertEqual(DisplayWidth.of("ＡＢ"), 4)
        XCTAssertEqual(DisplayWidth.of("🙂"), 2)
    }

    func testEscapeSequencesAndControlsTakeNoColumn() {
        XCTAssertEqual(DisplayWidth.of("\u{1B}[1;31mquá hạn\u{1B}[0m"), 7)
        XCTAssertEqual(DisplayWidth.of("\u{1B}]0;tiêu đề\u{07}abc"), 3)
        XCTAssertEqual(DisplayWidth.of("\u{1}\u{1B}[36m\u{1}danvan›\u{1}\u{1B}[0m\u{1} "), 8)
        XCTAssertEqual(DisplayWidth.of("a\tb\u{7F}"), 2)
    }

    func testBoxDrawingAndBulletTakeOneColumn() {
        XCTAssertEqual(DisplayWidth.of("• ──"), 4)
    }
}
