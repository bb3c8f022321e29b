import DanVanIntents
import DanVanKnowledge
import XCTest

final class EntityExtractorTests: XCTestCase {
    let extractor = EntityExtractor(knowledge: Repository.knowledge, vocabulary: Repository.catalog.vocabulary)

    func entities(_ text: String) -> [Entity] {
        extractor.entities(in: NormalizedQuestion(text, vocabulary: Repository.catalog.vocabulary))
    }

    func document(_ text: String) -> DocumentMention? {
        for e in entities(text) { if case .document(let d) = e.value { return d } }
        return nil
    }

    func symbols(_ text: String) -> [String] {
        guard let d = document(text) else { return [] }
        return d.matches.map { loc in
            let doc = Repository.knowledge.plan(id: loc.planID)!.documents[loc.index]
            return doc.symbol ?? doc.name ?? ""
        }
    }

    func testDocumentNumbersInEveryTypedForm() {
        XCTAssertEqual(symbols("chỉ thị 33/CT-TTg"), ["33/CT-TTg"])
        XCTAssertEqual(symbols("chi thi so 33"), ["33/CT-TTg"])
        XCTAssertEqual(symbols("qd 3177"), ["3177/QĐ-UBND"])
        XCTAssertEqual(symbols("QD 446"), ["446-QĐ/TU"])
        XCTAssertEqual(symbols("nd 59/2023"), ["59/2023/NĐ-CP"])
        XCTAssertEqual(symbols("59/2023/NĐCP"), ["59/2023/NĐ-CP"])
        XCTAssertEqual(symbols("59 / 2023 / NÐ-CP".replacingOccurrences(of: " ", with: "")), ["59/2023/NĐ-CP"], "look-alike Ð")
        XCTAssertEqual(symbols("qd 23-qd/tw"), ["23-QĐ/TW"])
        XCTAssertEqual(symbols("quy định 23"), ["23-QĐ/TW"], "quy định typed for quyết định")
        XCTAssertEqual(symbols("nghi quyet 1669"), ["1669/NQ-UBTVQH15"])
        XCTAssertEqual(symbols("1669/NQUBTVQH15"), ["1669/NQ-UBTVQH15"])
        // A kind glued to its symbol, as typed in a hurry.
        XCTAssertEqual(symbols("nđ59/2023 ban hành khi nào"), ["59/2023/NĐ-CP"])
        XCTAssertEqual(symbols("ct33/ct-ttg"), ["33/CT-TTg"])
        XCTAssertEqual(symbols("qd3177/qd-ubnd"), ["3177/QĐ-UBND"])
    }

    func testNumbersNeverMatchFuzzily() {
        XCTAssertEqual(symbols("chỉ thị 34"), [])
        XCTAssertEqual(symbols("nghị định 33"), [], "33 is a Chỉ thị, not a Nghị định")
        XCTAssertEqual(document("chỉ thị 45")?.typed, "Chỉ thị 45")
    }

    func testLawByName() {
        XCTAssertEqual(symbols("luật thực hiện dân chủ ở cơ sở ban hành khi nào"), ["Luật Thực hiện dân chủ ở cơ sở"])
        XCTAssertEqual(symbols("luat dan chu o co so"), ["Luật Thực hiện dân chủ ở cơ sở"])
    }

    func testUnitsByNameAliasAndInitials() {
        func unit(_ s: String) -> String? {
            entities(s).first { $0.kind == .unit }.flatMap { if case .text(let t) = $0.value { return t } else { return nil } }
        }
        XCTAssertEqual(unit("nhiệm vụ của phòng Văn hóa - Xã hội"), "Phòng Văn hóa - Xã hội")
        XCTAssertEqual(unit("phòng văn hoá xã hội"), "Phòng Văn hóa - Xã hội", "old tone placement")
        XCTAssertEqual(unit("nhiem vu phong vhxh"), "Phòng Văn hóa - Xã hội")
        XCTAssertEqual(unit("VH-XH"), "Phòng Văn hóa - Xã hội")
        XCTAssertEqual(unit("TTSNC có trách nhiệm gì"), "Trung tâm sự nghiệp công xã")
        XCTAssertEqual(unit("trung tâm sự nghiệp công làm gì"), "Trung tâm sự nghiệp công xã")
        XCTAssertEqual(unit("nhiệm vụ của văn phòng HĐND và UBND"), "Văn phòng HĐND và UBND")
        XCTAssertEqual(unit("phòng kinh tế cần làm gì"), "Phòng Kinh tế")
        XCTAssertNil(unit("phục vụ người dân"), "a bare two-word prefix is not a unit")
    }

    func testRoundsAndTerms() {
        let e = entities("báo cáo lần hai")
        XCTAssertEqual(e.first { $0.kind == .round }?.value, .number(2))
        XCTAssertEqual(entities("HĐND là gì").first { $0.kind == .term }?.value, .text("HĐND"))
        XCTAssertNil(entities("nhiệm vụ đã hoàn thành").first { $0.kind == .term }, "đã is not ĐA")
        XCTAssertEqual(entities("qd la gi").first { $0.kind == .term }?.value, .text("QĐ"))
    }

    func testAFullNameIsATermOnlyWhenItsAbbreviationIsAsked() {
        XCTAssertEqual(entities("hội đồng nhân dân viết tắt là gì").first { $0.kind == .term }?.value, .text("HĐND"))
        XCTAssertNil(entities("văn bản của ủy ban nhân dân").first { $0.kind == .term })
    }

    func testTopicAfterVe() {
        let topic = entities("kế hoạch nói gì về dân vận khéo").first { $0.kind == .topic }
        XCTAssertEqual(topic?.value, .text("dân vận khéo"), "shown as typed")
    }

    /// Kinds come from the importer's list (Data/vocabulary/document-kinds.yaml): kinds only the
    /// importer knew before ("thông tư liên tịch", "pháp lệnh") are understood in questions too, and
    /// an everyday word ("báo cáo") is not taken for a kind of document.
    func testDocumentKindsAreTheImportersList() {
        func kinds(_ text: String) -> [String] { entities(text).filter { $0.kind == .documentKind }.map(\.display) }
        XCTAssertEqual(kinds("danh sách thông tư liên tịch"), ["Thông tư liên tịch"])
        XCTAssertEqual(kinds("kế hoạch có căn cứ pháp lệnh nào không"), ["Pháp lệnh"])
        XCTAssertEqual(kinds("cac nghi dinh"), ["Nghị định"])
        XCTAssertEqual(kinds("hạn nộp báo cáo"), [])
        XCTAssertNil(document("báo cáo 2 lần"), "an everyday kind word with a number names a document only when one matches")
        XCTAssertEqual(symbols("quy định 23"), ["23-QĐ/TW"], "Party QĐ is Quyết định or Quy định")
    }
}
