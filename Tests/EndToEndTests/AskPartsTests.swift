import Foundation
import XCTest

/// `danvan ask --json` on a line that asks several questions: the first part's intent, every part listed.
final class AskPartsTests: XCTestCase {
    var runner: DanvanRunner!

    override func setUpWithError() throws { runner = try DanvanRunner() }
    override func tearDown() { runner = nil }

    func ask(_ args: [String]) throws -> (out: String, err: String, status: Int32) {
        let store = FileManager.default.temporaryDirectory.appendingPathComponent("danvan-parts-\(UUID().uuidString).sqlite").path
        defer { try? FileManager.default.removeItem(atPath: store) }
        return try runner.run(["ask", "--today", "2025-08-25", "--store", store] + args, stdin: nil, env: ["NO_COLOR": "1"])
    }

    func testJSONListsEveryPartInOrder() throws {
        let r = try ask(["--json", "nghị định 59 và kết luận 114"])
        XCTAssertEqual(r.status, 0, r.err)
        let object = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(r.out.utf8)) as? [String: Any])
        XCTAssertEqual(object["intent"] as? String, "legal.document")
        let parts = try XCTUnwrap(object["parts"] as? [[String: Any]])
        XCTAssertEqual(parts.map { $0["text"] as? String }, ["nghị định 59", "kết luận 114"])
        XCTAssertEqual(parts.map { $0["intent"] as? String }, ["legal.document", "legal.document"])
        XCTAssertTrue((parts[1]["answer"] as? String)?.contains("14/07/2015") ?? false)
        let answer = try XCTUnwrap(object["answer"] as? String)
        XCTAssertTrue(answer.contains("14/08/2023") && answer.contains("14/07/2015"), answer)
    }

    func testOneQuestionHasNoPartsAndExplainShowsThem() throws {
        let one = try ask(["--json", "hạn báo cáo lần 1"])
        XCTAssertFalse(one.out.contains("\"parts\""), one.out)
        let explained = try ask(["--explain", "nơi nhận; người ký"])
        XCTAssertTrue(explained.out.contains("Dòng hỏi nhiều câu"), explained.out)
        XCTAssertTrue(explained.out.contains("plan.recipients") && explained.out.contains("plan.signer"), explained.out)
    }
}
