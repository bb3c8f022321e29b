import DanVanAssistant
import DanVanKnowledge
import XCTest

final class CompletionSourceTests: XCTestCase {
    let source = CompletionSource(knowledge: Repository.knowledge, vocabulary: Repository.catalog.vocabulary,
                                  taskVocabulary: TaskConfirmationTests.taskVocabulary, taskNumbers: { [3, 12, 13] })

    /// The line after Tab when there is exactly one candidate.
    func applied(_ line: String) -> String? {
        guard let c = source.complete(line), c.candidates.count == 1 else { return nil }
        return String(line.prefix(c.start)) + c.candidates[0]
    }

    func testUnitWithAndWithoutDiacritics() {
        XCTAssertEqual(applied("nhiệm vụ của phòng van hoa"), "nhiệm vụ của Phòng Văn hóa - Xã hội")
        XCTAssertEqual(applied("nhiệm vụ của van hoa"), "nhiệm vụ của Văn hóa - Xã hội")
        XCTAssertEqual(applied("nhiệm vụ của phòng văn hó"), "nhiệm vụ của Phòng Văn hóa - Xã hội")
        XCTAssertEqual(applied("nhiệm vụ của trung tâm su"), "nhiệm vụ của Trung tâm sự nghiệp công xã")
        XCTAssertEqual(applied("thêm nhiệm vụ họp dân giao phòng ki"), "thêm nhiệm vụ họp dân giao Phòng Kinh tế")
    }

    func testDocumentNumbersAfterTheirKind() {
        XCTAssertEqual(source.complete("chỉ thị 3")?.candidates, ["33/CT-TTg"])
        XCTAssertEqual(Set(source.complete("chỉ thị ")?.candidates ?? []), ["33/CT-TTg", "16/CT-TTg"])
        XCTAssertEqual(source.complete("nghi dinh 6")?.candidates, ["61/2023/NĐ-CP"])
    }

    func testTaskNumbersAfterATaskVerb() {
        XCTAssertEqual(source.complete("xong nhiệm vụ 1")?.candidates, ["12", "13"])
        XCTAssertEqual(source.complete("xong nhiệm vụ ")?.candidates, ["3", "12", "13"])
        // Every verb of tasks.yaml that acts on an existing task, and every task noun, lead to numbers;
        // adding a task does not (its words are a title).
        XCTAssertEqual(source.complete("gia hạn nv 1")?.candidates, ["12", "13"])
        XCTAssertEqual(source.complete("phục hồi công việc 1")?.candidates, ["12", "13"])
        XCTAssertNil(source.complete("thêm nhiệm vụ 1"))
    }

    func testCommandStarts() {
        let c = source.complete("han bao")
        XCTAssertEqual(c?.start, 0)
        XCTAssertTrue(c?.candidates.contains("hạn báo cáo") ?? false)
        XCTAssertTrue(source.complete("văn bản căn")?.candidates.contains("văn bản căn cứ") ?? false)
        XCTAssertNil(source.complete("qwerty"))
    }

    func testUnitKindAfterOtherWords() throws {
        let c = try XCTUnwrap(source.complete("nhiem vu cua p"))
        XCTAssertEqual(c.start, 13)
        XCTAssertEqual(c.candidates.first, "phòng")
        XCTAssertTrue(c.candidates.contains("Phòng Kinh tế"), "\(c.candidates)")
        XCTAssertTrue(c.candidates.contains("Phòng Văn hóa - Xã hội"), "\(c.candidates)")
        XCTAssertFalse(c.candidates.contains("Trung tâm Phục vụ hành chính công"))
        // A unit kind of two words, typed in part.
        XCTAssertEqual(source.complete("việc của trung")?.candidates.first, "trung tâm")
        // One letter alone at the start of a line proposes nothing of this kind.
        XCTAssertNil(source.complete("p"))
    }

    func testShortFormsExpand() throws {
        let tt = try XCTUnwrap(source.complete("nhiệm vụ của tt"))
        XCTAssertEqual(tt.start, 13)
        XCTAssertEqual(tt.candidates.first, "trung tâm")
        XCTAssertTrue(tt.candidates.contains("Trung tâm Phục vụ hành chính công"), "\(tt.candidates)")
        XCTAssertFalse(tt.candidates.contains { $0.hasPrefix("Phòng") }, "\(tt.candidates)")
        // Initials of a name without its kind word.
        XCTAssertEqual(applied("nhiệm vụ của vhxh"), "nhiệm vụ của Phòng Văn hóa - Xã hội")
    }

    func testTypeWordsComeFromTheUnitsFile() {
        // No unit type word is spelled in the completion code: a directory without them offers none.
        let bare = KnowledgeBase(sources: KnowledgeSources(units: Repository.knowledge.units.units, typeWords: [], levelWords: [],
                                                           glossary: [], plans: [], documentKinds: Repository.knowledge.documentKinds),
                                 userPlansDirectory: nil, cacheDirectory: nil)
        let plain = CompletionSource(knowledge: bare, vocabulary: Repository.catalog.vocabulary)
        XCTAssertFalse(plain.complete("nhiem vu cua p")?.candidates.contains("phòng") ?? false)
        XCTAssertTrue(source.complete("nhiem vu cua p")?.candidates.contains("phòng") ?? false)
    }

    func testTaskNumbersSortedWithTitles() throws {
        let titled = CompletionSource(knowledge: Repository.knowledge, vocabulary: Repository.catalog.vocabulary,
                                      taskVocabulary: TaskConfirmationTests.taskVocabulary, taskTitles: { [13: "Tổng kết", 2: "Họp dân", 12: "Báo cáo quý"] })
        let c = try XCTUnwrap(titled.complete("xong nhiệm vụ "))
        XCTAssertEqual(c.candidates, ["2", "12", "13"])
        XCTAssertEqual(c.labels, ["2  Họp dân", "12  Báo cáo quý", "13  Tổng kết"])
        XCTAssertEqual(titled.complete("xong nhiệm vụ 1")?.candidates, ["12", "13"])
        XCTAssertEqual(source.complete("xong nhiệm vụ ")?.candidates, ["3", "12", "13"])
        // Every verb of tasks.yaml that acts on an existing task, and every task noun, lead to numbers;
        // adding a task does not (its words are a title).
        XCTAssertEqual(source.complete("gia hạn nv 1")?.candidates, ["12", "13"])
        XCTAssertEqual(source.complete("phục hồi công việc 1")?.candidates, ["12", "13"])
        XCTAssertNil(source.complete("thêm nhiệm vụ 1"))
    }
}
