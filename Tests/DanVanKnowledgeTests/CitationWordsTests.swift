@testable import DanVanKnowledge
import DanVanText
import XCTest

/// The small words of a citation are data, not code: "của" before the issuer (`citationIssuerOpeners`),
/// "số" before a number (`numberWords`) and "và" between two citations (`nameConnectors`) in
/// `plan-import.yaml`, the day word ("ngày", "hôm") in `day_words` of `Intents/dates.yaml`; the words
/// joining a group's units ("và", "hoặc") in `collectiveListJoiners`.
final class CitationWordsTests: XCTestCase {
    private func plan(_ body: String, vocabulary: ImportVocabulary = TestSupport.vocabulary) throws -> Plan {
        let text = TestSupport.communePlanText(number: 15, title: "Tuyên truyền pháp luật năm 2026", body: """
        \(body)
        I. MỤC ĐÍCH, YÊU CẦU
        1. Mục đích
        - Nâng cao nhận thức.
        II. TỔ CHỨC THỰC HIỆN
        1. Phòng Văn hóa - Xã hội
        - Chủ trì thực hiện Kế hoạch.
        """)
        return try PlanImporter(vocabulary: vocabulary).importPlan(text: text, id: "test-citation-words")
    }

    private func document(_ plan: Plan, _ symbol: String) throws -> LegalDocument {
        try XCTUnwrap(plan.documents.first { $0.symbol == symbol }, "\(symbol) not among \(plan.documents.map(\.symbol))")
    }

    func testTheIssuerAndDateOfACitation() throws {
        let p = try plan("Căn cứ Quyết định số 12/QĐ-UBND ngày 05/8/2025 của Ủy ban nhân dân tỉnh Bắc Ninh về tuyên truyền pháp luật;")
        let d = try document(p, "12/QĐ-UBND")
        XCTAssertEqual(d.issuer, "Ủy ban nhân dân tỉnh Bắc Ninh")
        XCTAssertEqual(d.date, CalendarDate(year: 2025, month: 8, day: 5))
        XCTAssertEqual(d.subject, "về tuyên truyền pháp luật")
    }

    func testTheIssuerOpenerIsTheVocabularys() throws {
        var vocabulary = TestSupport.vocabulary
        vocabulary.plan.citationIssuerOpeners = ["bởi"]
        let p = try plan("Căn cứ Quyết định số 12/QĐ-UBND ngày 05/8/2025 bởi Ủy ban nhân dân tỉnh Bắc Ninh về tuyên truyền pháp luật;",
                         vocabulary: vocabulary)
        XCTAssertEqual(try document(p, "12/QĐ-UBND").issuer, "Ủy ban nhân dân tỉnh Bắc Ninh")
        let without = try plan("Căn cứ Quyết định số 12/QĐ-UBND ngày 05/8/2025 của Ủy ban nhân dân tỉnh Bắc Ninh về tuyên truyền pháp luật;",
                               vocabulary: vocabulary)
        XCTAssertNotEqual(try document(without, "12/QĐ-UBND").issuer, "Ủy ban nhân dân tỉnh Bắc Ninh", "“của” is no opener any more")
    }

    func testEveryDayWordOfTheDateGrammarOpensTheDate() throws {
        for day in ["ngày", "hôm"] {
            let p = try plan("Căn cứ Công văn số 34/UBND-VP \(day) 15/7/2025 của Ủy ban nhân dân xã Bình Minh;")
            XCTAssertEqual(try document(p, "34/UBND-VP").date, CalendarDate(year: 2025, month: 7, day: 15), day)
        }
        let none = try plan("Căn cứ Công văn số 34/UBND-VP năm 15/7/2025 của Ủy ban nhân dân xã Bình Minh;")
        XCTAssertNil(try document(none, "34/UBND-VP").date, "“năm” is no day word")
    }

    func testAConnectorBeforeAnotherCitationEndsTheSubject() throws {
        let body = "Thực hiện Quyết định số 12/QĐ-UBND ngày 05/8/2025 về tuyên truyền pháp luật %@ Công văn số 34/UBND-VP ngày 15/7/2025 về phổ biến;"
        let joined = try plan(body.replacingOccurrences(of: "%@", with: "và"))
        XCTAssertEqual(try document(joined, "12/QĐ-UBND").subject, "về tuyên truyền pháp luật")
        var vocabulary = TestSupport.vocabulary
        vocabulary.plan.nameConnectors = ["cùng"]
        let other = try plan(body.replacingOccurrences(of: "%@", with: "cùng"), vocabulary: vocabulary)
        XCTAssertEqual(try document(other, "12/QĐ-UBND").subject, "về tuyên truyền pháp luật")
        let notJoined = try plan(body.replacingOccurrences(of: "%@", with: "cùng"))
        XCTAssertNotEqual(try document(notJoined, "12/QĐ-UBND").subject, "về tuyên truyền pháp luật")
    }

    func testAnAmendingLawsNameRunsToItsNumberOrDate() throws {
        let numbered = try plan("Căn cứ Luật sửa đổi, bổ sung một số điều của Luật Đất đai số 31/2024/QH15 ngày 29/6/2024;")
        XCTAssertTrue(numbered.documents.contains { $0.name == "Luật sửa đổi, bổ sung một số điều của Luật Đất đai" },
                      "“số” before a number ends the name, “một số điều” does not: \(numbered.documents.compactMap(\.name))")
        let dated = try plan("Căn cứ Luật sửa đổi, bổ sung một số điều của Luật Quy hoạch ngày 15/6/2018;")
        let law = try XCTUnwrap(dated.documents.first { $0.name == "Luật sửa đổi, bổ sung một số điều của Luật Quy hoạch" },
                                "\(dated.documents.compactMap(\.name))")
        XCTAssertEqual(law.date, CalendarDate(year: 2018, month: 6, day: 15))
    }

    func testTheWordsJoiningAGroupsUnits() {
        let members = CollectiveMembers(vocabulary: TestSupport.vocabulary.plan)
        XCTAssertEqual(members.members(of: "Các sở và ngành", abbreviations: []), ["so", "nganh"])
        XCTAssertEqual(members.members(of: "Các sở hoặc ngành", abbreviations: []), ["so", "nganh"])
        var plan = TestSupport.vocabulary.plan
        plan.collectiveListJoiners = ["cung"]
        XCTAssertEqual(CollectiveMembers(vocabulary: plan).members(of: "Các sở cùng ngành", abbreviations: []), ["so", "nganh"])
    }
}
