import XCTest
@testable import DanVanText

final class TextSanitizerTests: XCTestCase {
    func testEscapeSequencesAreDroppedWhole() {
        XCTAssertEqual(TextSanitizer.sanitize("a\u{1B}]0;pwned\u{07}b\u{1B}[31mc\u{1B}[0m"), "abc")
        XCTAssertEqual(TextSanitizer.sanitize("x\u{1B}]8;;http://a\u{1B}\\link\u{1B}]8;;\u{1B}\\y"), "xlinky")
        XCTAssertEqual(TextSanitizer.sanitize("\u{9B}2Jsạch"), "sạch")
    }

    func testControlsAreDroppedAndTabsBecomeSpaces() {
        XCTAssertEqual(TextSanitizer.sanitize("cột\t1\r\n2\u{0}\u{7F}"), "cột 1\n2")
        XCTAssertEqual(TextSanitizer.sanitize("x\ny", keepingNewlines: false), "x y")
    }

    func testBidirectionalOverridesAreDropped() {
        XCTAssertEqual(TextSanitizer.sanitize("abc\u{202E}def\u{2066}g\u{2069}"), "abcdefg")
    }

    func testVietnameseTextIsKeptAndComposed() {
        let nfd = "Ủy ban nhân dân xã Đường An".decomposedStringWithCanonicalMapping
        XCTAssertEqual(TextSanitizer.sanitize(nfd).unicodeScalars.count, "Ủy ban nhân dân xã Đường An".unicodeScalars.count)
        XCTAssertEqual(TextSanitizer.sanitize("Ủy ban “nhân dân” – xã"), "Ủy ban “nhân dân” – xã")
    }
}
