@testable import DanVanText
import XCTest

/// `MarkMatcher` colours exactly what one `restyle` per mark did, in one pass.
final class MarkMatcherTests: XCTestCase {
    private func sequential(_ text: String, _ marks: [AnswerDocument.UrgencyMark]) -> StyledText {
        var result = StyledText(text, style: .plain)
        for mark in marks {
            result.restyle(matching: TextSanitizer.sanitize(mark.text, keepingNewlines: false), with: DocumentRenderer.style(for: mark.urgency))
        }
        return result
    }

    private func matched(_ text: String, _ marks: [AnswerDocument.UrgencyMark]) -> StyledText {
        var result = StyledText(text, style: .plain)
        MarkMatcher(marks: marks).apply(to: &result)
        return result
    }

    func testSameStylesAsOneRestylePerMark() {
        let cases: [(String, [AnswerDocument.UrgencyMark])] = [
            ("Báo cáo lần 1: trước ngày 03/09/2025 — còn 9 ngày", [.init("còn 9 ngày", .soon)]),
            ("quá hạn 2 ngày; quá hạn 2 ngày nữa", [.init("quá hạn 2 ngày", .overdue), .init("2 ngày", .ok)]),
            ("aaaa", [.init("aa", .soon)]),
            ("còn 1 ngày, còn 10 ngày, còn 100 ngày", (1...100).map { .init("còn \($0) ngày", $0 > 50 ? .ok : .soon) }),
            ("đã xong — hoàn thành", [.init("đã xong", .done), .init("", .overdue), .init("xong", .overdue)]),
            ("không có hạn", []),
        ]
        for (text, marks) in cases {
            XCTAssertEqual(matched(text, marks), sequential(text, marks), text)
        }
        XCTAssertNotEqual(matched(cases[0].0, cases[0].1), StyledText(cases[0].0, style: .plain), "a mark is coloured")
    }

    func testManyBulletsRenderEachWithItsOwnMark() {
        let n = 300
        let items = (1...n).map { "Nhiệm vụ \($0) — còn \($0) ngày" }
        let marks = (1...n).map { AnswerDocument.UrgencyMark("còn \($0) ngày", .soon) }
        let lines = DocumentRenderer(width: 100, color: true).lines(of: AnswerDocument(blocks: [.bullets(items)], marks: marks))
        XCTAssertEqual(lines.count, n)
        for (i, line) in lines.enumerated() {
            let plain = line.plainText
            guard let range = plain.range(of: "còn \(i + 1) ngày") else { return XCTFail(plain) }
            let start = plain.distance(from: plain.startIndex, to: range.lowerBound)
            XCTAssertEqual(line.cells[start].style.color, .yellow, plain)
            XCTAssertNil(line.cells[0].style.color)
        }
    }
}

/// `render(_:cancelled:)`: the same text when never cancelled, nil as soon as it is.
final class CancellableRenderTests: XCTestCase {
    func testCancelledRenderingStopsAndUncancelledIsTheSame() {
        let document = AnswerDocument(title: "Nhiệm vụ", blocks: [.paragraph("Đầu"), .bullets((1...50).map { "mục \($0) — còn \($0) ngày" })],
                                      source: "Kế hoạch", marks: [.init("còn 3 ngày", .soon)])
        let renderer = DocumentRenderer(width: 60, color: true)
        XCTAssertEqual(renderer.render(document, cancelled: { false }), renderer.render(document))
        var checks = 0
        XCTAssertNil(renderer.render(document, cancelled: { checks += 1; return checks > 10 }))
        XCTAssertEqual(checks, 11, "it stopped at the first check that said so")
        XCTAssertNil(renderer.render(document, cancelled: { true }))
    }
}
