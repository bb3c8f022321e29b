@testable import DanVanText
import XCTest

/// The plain layout laid out on words (`PlainRenderer.simpleLines`) is the layout of `DocumentRenderer`
/// without colour at the plain width, whatever the text: spaces, newlines, marks, tables, combining
/// characters and wide ones.
final class PlainRendererTests: XCTestCase {
    static let texts = [
        "Hạn báo cáo", "", " ", "  hai   khoảng  trắng  ", "dòng một\ndòng hai", "\n", "a\n\nb\n", "tab\tở giữa",
        "• đã có dấu", "e\u{301} tổ hợp", "xa\u{303} hội", "日本 rộng", "cờ 🇻🇳 và 👍🏽", "NBSP\u{00A0}giữa", "\u{1B}[31mđỏ\u{1B}[0m",
        "còn 3 ngày — quá hạn 2 ngày", "Nguồn: mục III.3", " \u{301}dấu sau khoảng trắng", "Ð cũ",
    ]

    func document(_ blocks: [AnswerDocument.Block], title: String = "Tiêu đề", source: String? = "Kế hoạch, mục I") -> AnswerDocument {
        AnswerDocument(title: title, blocks: blocks, source: source,
                       marks: [.init("còn 3 ngày", .soon), .init("quá hạn 2 ngày", .overdue)])
    }

    func testSameTextAsTheDocumentRenderer() {
        let reference = DocumentRenderer(width: PlainRenderer.width, color: false)
        for text in Self.texts {
            for doc in [document([.paragraph(text)]), document([.bullets([text, "hai"])]), document([.note(text)], title: text),
                        document([.heading(text), .paragraph("x")], source: text), document([.bullets([])], title: "", source: nil)] {
                XCTAssertEqual(PlainRenderer.render(doc), reference.render(doc), "\(text.debugDescription)")
            }
        }
        let table = AnswerDocument.Table(headers: ["Số", "Việc"], rows: [["1", "rà soát"], ["2", "báo cáo còn 3 ngày"]])
        let doc = document([.paragraph("trước"), .table(table), .bullets(["sau"])])
        XCTAssertEqual(PlainRenderer.render(doc), reference.render(doc))
    }

    func testWordsAreJoinedByOneSpaceAndBulletsIndented() {
        let doc = AnswerDocument(title: "T", blocks: [.bullets(["một  hai\nba", ""]), .paragraph("  x  ")])
        XCTAssertEqual(PlainRenderer.render(doc), "T\n• một hai\n  ba\n•\nx")
    }

    func testOnlySimpleTextIsLaidOutOnItsBytes() {
        XCTAssertTrue(PlainRenderer.isSimple("Ủy ban nhân dân — “mục” 3/2025\n"))
        XCTAssertFalse(PlainRenderer.isSimple("e\u{301}"))
        XCTAssertFalse(PlainRenderer.isSimple("日本"))
        XCTAssertNil(PlainRenderer.simpleLines(String(repeating: "a", count: PlainRenderer.width), first: "", next: ""),
                     "a line that could wrap goes through the wrapper")
    }
}
