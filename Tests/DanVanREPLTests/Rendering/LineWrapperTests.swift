import XCTest
@testable import DanVanText

final class LineWrapperTests: XCTestCase {
    private func wrap(_ text: String, _ width: Int, first: String = "", next: String = "") -> [String] {
        LineWrapper.wrap(StyledText(text, style: .plain), width: width, firstPrefix: StyledText(first, style: .plain),
                         nextPrefix: StyledText(next, style: .plain)).map { $0.rendered(color: false) }
    }

    func testWrapsAtWordBoundariesWithAHangingIndent() {
        XCTAssertEqual(wrap("một hai ba", 7, first: "• ", next: "  "), ["• một", "  hai", "  ba"])
        XCTAssertEqual(wrap("Phòng Văn hóa - Xã hội", 13), ["Phòng Văn hóa", "- Xã hội"])
    }

    func testAWordWiderThanTheLineIsCut() {
        XCTAssertEqual(wrap("https://duongan.haiphong.gov.vn", 10), ["https://du", "ongan.haip", "hong.gov.v", "n"])
        XCTAssertEqual(wrap("日本語日本語", 5), ["日本", "語日", "本語"])
    }

    func testNewlinesStartNewLinesAndSpacesCollapse() {
        XCTAssertEqual(wrap("a  b\nc", 20, first: "• ", next: "  "), ["• a b", "  c"])
        XCTAssertEqual(wrap("", 20, first: "• "), ["•"])
    }

    func testStyleOfAMarkedPhraseSurvivesWrapping() {
        var text = StyledText("hạn 10/09/2025 quá hạn 5 ngày", style: .plain)
        text.restyle(matching: "quá hạn 5 ngày", with: TextStyle(color: .red))
        let lines = LineWrapper.wrap(text, width: 20).map { $0.rendered(color: true) }
        XCTAssertEqual(lines, ["hạn 10/09/2025 \u{1B}[31mquá\u{1B}[0m", "\u{1B}[31mhạn 5 ngày\u{1B}[0m"])
    }
}
