import DanVanText
import XCTest

/// The too-long-question message counts what a person sees and names a sane size.
final class QuestionLengthTests: XCTestCase {
    func testCountsCharactersWithClustersCapped() {
        XCTAssertEqual(QuestionLength.count("hạn báo cáo"), 11)
        XCTAssertEqual(QuestionLength.count("ha\u{323}n"), 3, "a decomposed Vietnamese letter is one character")
        XCTAssertEqual(QuestionLength.count("a" + String(repeating: "\u{301}", count: 10_000)), 10_001)
        XCTAssertNil(QuestionLength.refusal(for: String(repeating: "ệ", count: 2000)))
    }

    func testRefusalsNameTheRealSize() {
        let marks = QuestionLength.refusal(for: "a" + String(repeating: "\u{301}", count: 10_000))
        XCTAssertEqual(marks, "Câu hỏi quá dài (10.001 ký tự; tối đa 2.000 ký tự). Hãy hỏi ngắn gọn hơn.")
        XCTAssertTrue(QuestionLength.refusal(for: String(repeating: "x", count: 3000))?.contains("3.000 ký tự") ?? false)
        XCTAssertTrue(QuestionLength.refusal(for: String(repeating: "x", count: 1_048_576))?.contains("1,0 MB") ?? false)
        XCTAssertEqual(QuestionLength.refusal(bytes: 5 * 1024 * 1024), "Câu hỏi quá dài (5,0 MB; tối đa 2.000 ký tự). Hãy hỏi ngắn gọn hơn.")
        XCTAssertEqual(Msg.byteSize(120_000), "117 KB")
        XCTAssertEqual(Msg.grouped(1_234_567), "1.234.567")
    }
}
