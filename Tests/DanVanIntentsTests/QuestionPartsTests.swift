import DanVanIntents
import DanVanKnowledge
import DanVanText
import XCTest

/// Several questions in one line, years that limit a list, document symbols read piece by piece.
final class QuestionPartsTests: XCTestCase {
    let today = CalendarDate(iso: "2025-09-10")!

    func parts(_ line: String) -> [QuestionPart]? {
        Repository.engine.parts(of: line, context: .empty, today: today)
    }

    func intents(_ line: String) -> [String]? {
        parts(line)?.map { $0.understanding.winner?.intent.rawValue ?? "-" }
    }

    // MARK: Splitting

    func testTwoDifferentQuestionsAreSplitInOrder() {
        XCTAssertEqual(intents("hạn nộp báo cáo đợt 2 và nhiệm vụ của phòng kinh tế"), ["report.deadline", "unit.duties"])
        XCTAssertEqual(intents("người ký kế hoạch; nơi nhận gồm những ai"), ["plan.signer", "plan.recipients"])
        XCTAssertEqual(parts("văn bản căn cứ, còn hạn báo cáo lần 1?")?.map(\.text), ["văn bản căn cứ", "hạn báo cáo lần 1"])
    }

    func testTheSameQuestionAboutTwoDocuments() throws {
        let p = try XCTUnwrap(parts("nghị định 59 với nghị quyết 1669"))
        XCTAssertEqual(p.map { $0.understanding.winner?.intent.rawValue }, ["legal.document", "legal.document"])
        XCTAssertEqual(p.map { $0.understanding.winner?.slots.document?.number }, ["59", "1669"])
        XCTAssertEqual(intents("chỉ thị 33 rồi kết luận 114"), ["legal.document", "legal.document"])
    }

    func testAFragmentBorrowsTheSubjectOfThePartBefore() throws {
        let p = try XCTUnwrap(parts("nghị định 61 ban hành năm nào, nói về gì"))
        XCTAssertEqual(p.count, 2)
        XCTAssertEqual(p[1].text, "nói về gì")
        XCTAssertTrue(p[1].inherits)
        XCTAssertEqual(p[1].understanding.winner?.slots.document?.number, "61")
        // Without diacritics: the same.
        let q = try XCTUnwrap(parts("chi thi 16 ban hanh ngay nao va cua ai"))
        XCTAssertEqual(q.last?.understanding.winner?.slots.document?.number, "16")
    }

    func testAnotherRoundInheritsTheQuestion() throws {
        let p = try XCTUnwrap(parts("báo cáo lần 1 nộp khi nào, lần 2 thì sao"))
        XCTAssertEqual(p.map { $0.understanding.winner?.intent.rawValue }, ["report.deadline", "report.deadline"])
        XCTAssertEqual(p.map { $0.understanding.winner?.slots.round }, [1, 2])
    }

    func testNeverInsideAName() {
        // "và" inside a unit's name, inside an issuer's name.
        XCTAssertNil(parts("nhiệm vụ của văn phòng hđnd và ubnd"))
        XCTAssertNil(parts("các văn bản của bộ khoa học và công nghệ"))
        XCTAssertNil(parts("nhiệm vụ phòng văn hóa và xã hội"))
    }

    func testNeverInATaskCommand() {
        XCTAssertNil(parts("thêm nhiệm vụ rà soát và báo cáo kết quả cho phòng kinh tế hạn 30/9"))
        XCTAssertNil(parts("thêm nhiệm vụ kiểm tra, đôn đốc các thôn giao phòng văn hóa - xã hội"))
    }

    func testOneQuestionStaysWhole() {
        XCTAssertNil(parts("hạn báo cáo lần 1"))
        XCTAssertNil(parts("kế hoạch có nói về an ninh và trật tự không"))
        XCTAssertNil(parts("ai chịu trách nhiệm tổng hợp và báo cáo"), "a topic asked about is one phrase")
        XCTAssertNil(parts("văn bản căn cứ, trước năm 2020"), "one filtered list, read whole")
    }

    func testPiecesAreCutAtWordsAndMarksFromTheData() {
        let q = NormalizedQuestion("a, b và c; d rồi e", vocabulary: Repository.catalog.vocabulary)
        let chars = Array(q.text)
        let pieces = UnderstandingEngine.pieces(of: q, entities: [], vocabulary: Repository.catalog.vocabulary)
        XCTAssertEqual(pieces.map { String(chars[$0]) }, ["a", "b", "c", "d", "e"])
        XCTAssertTrue(UnderstandingEngine.pieces(of: NormalizedQuestion("và b", vocabulary: Repository.catalog.vocabulary),
                                                 entities: [], vocabulary: Repository.catalog.vocabulary).isEmpty,
                      "a joining word first joins nothing")
    }

    // MARK: Years

    func years(_ line: String) -> YearRange? {
        Repository.engine.understand(line, context: .empty, today: today).entities.first { $0.kind == .years }
            .flatMap { if case .years(let y) = $0.value { return y } else { return nil } }
    }

    func testYearsThatLimitAList() {
        XCTAssertEqual(years("văn bản từ năm 2022 trở đi"), YearRange(lower: 2022, upper: nil))
        XCTAssertEqual(years("các chỉ thị ban hành trước năm 2020"), YearRange(lower: nil, upper: 2019))
        XCTAssertEqual(years("văn bản sau 2020"), YearRange(lower: 2021, upper: nil))
        XCTAssertEqual(years("văn bản từ 2016 đến 2021"), YearRange(lower: 2016, upper: 2021))
        XCTAssertEqual(years("văn bản giai đoạn 2021-2023"), YearRange(lower: 2021, upper: 2023))
        XCTAssertEqual(years("nghị định năm 2023"), YearRange(lower: 2023, upper: 2023))
        XCTAssertEqual(years("văn bản 2021 trở lại đây"), YearRange(lower: 2021, upper: nil))
        XCTAssertNil(years("quyết định 3177"), "a document number is no year")
        XCTAssertNil(years("nghị định 59/2023/NĐ-CP"), "the year of a symbol is the document's")
        XCTAssertNil(years("văn bản từ năm 1200"), "not a plausible year")
    }

    func testAListQuestionCarriesItsFilters() throws {
        let u = Repository.engine.understand("các nghị quyết của Quốc hội từ 2020", context: .empty, today: today)
        let w = try XCTUnwrap(u.winner)
        XCTAssertEqual(w.intent.rawValue, "legal.bases")
        XCTAssertEqual(w.slots.documentKind, "Nghị quyết")
        XCTAssertEqual(w.slots.issuer, "Quốc hội")
        XCTAssertEqual(w.slots.years, YearRange(lower: 2020, upper: nil))
    }

    // MARK: Symbols

    func testACompoundSymbolIsOneTerm() {
        for (line, term) in [("QĐ-UBND là gì", "QĐ-UBND"), ("NQ-UBTVQH15 nghĩa là gì", "NQ-UBTVQH15"), ("ký hiệu QĐ/TU", "QĐ/TU"),
                             ("CT-TTg là gì", "CT-TTg"), ("kh-ubnd", "kh-ubnd")] {
            let u = Repository.engine.understand(line, context: .empty, today: today)
            XCTAssertEqual(u.winner?.intent.rawValue, "glossary", line)
            XCTAssertEqual(u.winner?.slots.term, term, line)
        }
    }

    func testCompoundSymbolPiecesComeFromTheData() throws {
        let kb = Repository.knowledge
        let s = try XCTUnwrap(CompoundSymbol("NQ-UBTVQH15", kinds: kb.documentKinds, glossary: kb.glossary))
        XCTAssertEqual(s.pieces.map(\.meaning), ["Nghị quyết", "Ủy ban Thường vụ Quốc hội"])
        XCTAssertEqual(s.pieces[1].role, .issuer(term: 15))
        XCTAssertEqual(CompoundSymbol("QĐ/TU", kinds: kb.documentKinds, glossary: kb.glossary)?.pieces.first?.alternatives, ["Quy định"])
        XCTAssertNil(CompoundSymbol("KT-XH", kinds: kb.documentKinds, glossary: kb.glossary), "no kind of document first")
        XCTAssertNil(CompoundSymbol("QĐ-XYZ", kinds: kb.documentKinds, glossary: kb.glossary), "an unknown piece")
        XCTAssertNil(CompoundSymbol("3177/QĐ-UBND", kinds: kb.documentKinds, glossary: kb.glossary), "a document, not letters")
        XCTAssertNil(CompoundSymbol("QĐ", kinds: kb.documentKinds, glossary: kb.glossary), "one piece")
    }
}
