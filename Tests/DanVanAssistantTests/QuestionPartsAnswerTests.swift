import DanVanAssistant
import DanVanIntents
import DanVanKnowledge
import DanVanText
import XCTest

/// Several questions in one line answered in one reply; filtered lists of cited documents; symbols explained.
final class QuestionPartsAnswerTests: XCTestCase {
    func assistant() -> Assistant {
        Assistant(knowledge: Repository.knowledge, catalog: Repository.catalog, today: CalendarDate(iso: "2025-08-25")!)
    }

    func folded(_ r: Reply) -> String { Folding.fold(r.text) }

    // MARK: Two questions in one line

    func testEveryPartIsAnsweredInOrder() throws {
        let r = assistant().respond(to: "hạn báo cáo lần 2 và nhiệm vụ của trung tâm phục vụ hành chính công")
        XCTAssertEqual(r.intent, "report.deadline", "the first part's intent")
        XCTAssertEqual(r.parts.map(\.reply.intent), ["report.deadline", "unit.duties"])
        let text = r.text
        let deadline = try XCTUnwrap(text.range(of: "02/12/2025"))
        let unit = try XCTUnwrap(text.range(of: "Trung tâm Phục vụ hành chính công"))
        XCTAssertLessThan(deadline.lowerBound, unit.lowerBound, "in the order asked")
    }

    func testTwoDocumentsInOneLine() {
        let r = assistant().respond(to: "nghị định 61 với chỉ thị 16")
        XCTAssertEqual(r.parts.count, 2)
        XCTAssertTrue(r.text.contains("16/08/2023"), r.text)
        XCTAssertTrue(r.text.contains("16/05/2016"), r.text)
    }

    func testAFragmentAnsweredForTheSubjectBefore() {
        let r = assistant().respond(to: "kết luận 114 ban hành ngày nào, của ai")
        XCTAssertEqual(r.intent, "legal.document")
        XCTAssertEqual(r.parts.count, 2)
        XCTAssertEqual(r.parts[1].question, "kết luận 114 của ai")
        XCTAssertTrue(r.text.contains("14/07/2015"))
        XCTAssertTrue(folded(r).contains("ban bi thu"), r.text)
        // The same answer twice is shown once.
        XCTAssertEqual(r.text.components(separatedBy: "14/07/2015").count - 1, 1, r.text)
    }

    func testTheExplanationListsTheParts() throws {
        let r = assistant().respond(to: "người ký kế hoạch và văn bản căn cứ")
        let e = try XCTUnwrap(r.explanation)
        XCTAssertEqual(e.parts.count, 2)
        let shown = PlainRenderer.render(e.document)
        XCTAssertTrue(shown.contains("plan.signer") && shown.contains("legal.bases"), shown)
    }

    func testOneQuestionHasNoParts() {
        for q in ["nhiệm vụ của văn phòng HĐND và UBND", "hạn báo cáo lần 1", "các văn bản của bộ khoa học và công nghệ"] {
            XCTAssertTrue(assistant().respond(to: q).parts.isEmpty, q)
        }
    }

    func testTheConversationGoesOnFromTheLastPart() {
        let a = assistant()
        _ = a.respond(to: "văn bản căn cứ và hạn báo cáo lần 1")
        let r = a.respond(to: "còn lần 2")
        XCTAssertEqual(r.intent, "report.deadline")
        XCTAssertTrue(r.text.contains("02/12/2025"), r.text)
    }

    // MARK: Filtered lists

    func testAListFromAYearOn() {
        let r = assistant().respond(to: "văn bản được trích dẫn từ năm 2023 trở đi")
        XCTAssertEqual(r.intent, "legal.bases")
        let t = folded(r)
        for shown in ["3177", "1669", "59/2023", "61/2023"] { XCTAssertTrue(t.contains(shown), shown + "\n" + r.text) }
        for hidden in ["33/ct", "16/ct", "114", "446"] { XCTAssertFalse(t.contains(hidden), hidden + "\n" + r.text) }
        XCTAssertTrue(t.contains("tu nam 2023"), r.text)
    }

    func testAListBeforeAYear() {
        let t = folded(assistant().respond(to: "những văn bản ban hành trước năm 2017"))
        XCTAssertTrue(t.contains("16/ct-ttg") && t.contains("114-kl/tw"), t)
        XCTAssertFalse(t.contains("3177"), t)
    }

    func testKindIssuerAndYearTogether() {
        let t = folded(assistant().respond(to: "các nghị định của chính phủ năm 2023"))
        XCTAssertTrue(t.contains("59/2023") && t.contains("61/2023"), t)
        XCTAssertFalse(t.contains("33/ct"), t)
    }

    func testNothingMatchesSaysSo() {
        let r = assistant().respond(to: "các chỉ thị từ năm 2024")
        XCTAssertEqual(r.intent, "legal.bases")
        XCTAssertTrue(r.text.contains("Không có văn bản căn cứ nào"), r.text)
        XCTAssertTrue(r.text.contains("(0)"), r.text)
    }

    // MARK: Symbols

    func testACompoundSymbolIsExplainedPieceByPiece() {
        let r = assistant().respond(to: "KH-UBND là gì")
        XCTAssertEqual(r.intent, "glossary")
        XCTAssertTrue(r.text.contains("KH = Kế hoạch; UBND = Ủy ban nhân dân"), r.text)
        let q = assistant().respond(to: "nq-ubtvqh15 nghĩa là gì")
        XCTAssertTrue(q.text.contains("Nghị quyết") && q.text.contains("Ủy ban Thường vụ Quốc hội, khóa 15"), q.text)
    }
}
