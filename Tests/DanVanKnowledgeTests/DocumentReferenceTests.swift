import DanVanKnowledge
import XCTest

final class DocumentReferenceTests: XCTestCase {
    private let kinds = TestSupport.kinds
    private lazy var seed = try! TestSupport.importFixture(TestSupport.seed)

    private func found(_ question: String, in plan: Plan? = nil) -> [String] {
        guard let ref = DocumentReference.parse(question, kinds: kinds) else { return ["<none>"] }
        return (plan ?? seed).documents(matching: ref, kinds: kinds).map { $0.symbol ?? $0.name ?? "" }
    }

    func testKindAndNumber() {
        XCTAssertEqual(found("chỉ thị 33/CT-TTg"), ["33/CT-TTg"])
        XCTAssertEqual(found("chi thi 16 ban hanh nam nao"), ["16/CT-TTg"])
        XCTAssertEqual(found("nghị định 61 nói về gì"), ["61/2023/NĐ-CP"])
        XCTAssertEqual(found("QĐ 3177 ngày bao nhiêu"), ["3177/QĐ-UBND"])
        XCTAssertEqual(found("qd 23-qd/tw"), ["23-QĐ/TW"])
        XCTAssertEqual(found("nghi quyet 1669 cua ai"), ["1669/NQ-UBTVQH15"])
        XCTAssertEqual(found("kết luận 114-KL/TW"), ["114-KL/TW"])
        XCTAssertEqual(found("nd 59/2023"), ["59/2023/NĐ-CP"])
        XCTAssertEqual(found("96 / 2023 / NĐCP"), [], "a messy symbol the plan does not cite")
    }

    func testQuyDinhMayMeanQuyetDinh() {
        XCTAssertEqual(found("quy định 23"), ["23-QĐ/TW"])
        let bacNinh = try! TestSupport.importFixture(TestSupport.bacNinh)
        XCTAssertEqual(found("quyết định 178", in: bacNinh), ["178-QĐ/TW"])
    }

    func testIssuerAndYearNarrowTheMatch() {
        XCTAssertEqual(found("chỉ thị số 33 của thủ tướng"), ["33/CT-TTg"])
        XCTAssertEqual(found("chỉ thị 16/CT-TTg năm 2016"), ["16/CT-TTg"])
        XCTAssertEqual(found("chỉ thị 16 năm 2020"), [], "16/CT-TTg of 2020 is another document")
        XCTAssertEqual(found("nghị quyết 1669 của quốc hội"), [])
    }

    func testKindAloneListsItsDocuments() {
        XCTAssertEqual(found("liệt kê các chỉ thị"), ["33/CT-TTg", "16/CT-TTg"])
        XCTAssertEqual(found("các luật được nhắc đến").count, 2)
    }

    func testLawByName() {
        XCTAssertEqual(found("luật thực hiện dân chủ ở cơ sở ban hành khi nào"), ["Luật Thực hiện dân chủ ở cơ sở"])
    }

    func testNotInThePlanOrNotAReference() {
        XCTAssertEqual(found("chỉ thị 45"), [])
        XCTAssertNil(DocumentReference.parse("tôi đã hỏi rồi", kinds: kinds))
        XCTAssertNil(DocumentReference.parse("hạn báo cáo", kinds: kinds))
    }
}
