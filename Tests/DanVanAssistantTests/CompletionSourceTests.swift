import DanVanAssistant
import XCTest

final class CompletionSourceTests: XCTestCase {
    let source = CompletionSource(knowledge: Repository.knowledge, vocabulary: Repository.catalog.vocabulary,
                                  taskNumbers: { [3, 12, 13] })

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
    }

    func testCommandStarts() {
        let c = source.complete("han bao")
        XCTAssertEqual(c?.start, 0)
        XCTAssertTrue(c?.candidates.contains("hạn báo cáo") ?? false)
        XCTAssertTrue(source.complete("văn bản căn")?.candidates.contains("văn bản căn cứ") ?? false)
        XCTAssertNil(source.complete("qwerty"))
    }
}
