import Foundation
import XCTest

/// `danvan ask` reads its usual arguments without ArgumentParser (start-up time); every form of them
/// gives what ArgumentParser gives, and whatever it does not read goes through ArgumentParser.
final class AskFastPathTests: XCTestCase {
    var runner: DanvanRunner!

    override func setUpWithError() throws { runner = try DanvanRunner() }
    override func tearDown() { runner = nil }

    func run(_ args: [String]) throws -> (out: String, err: String, status: Int32) {
        try runner.run(args, stdin: nil, env: ["NO_COLOR": "1"])
    }

    func testEveryUsualFormGivesTheSameAnswer() throws {
        let store = FileManager.default.temporaryDirectory.appendingPathComponent("danvan-fast-\(UUID().uuidString).sqlite").path
        defer { try? FileManager.default.removeItem(atPath: store) }
        let reference = try run(["ask", "--today", "2025-09-10", "--store", store, "hạn báo cáo"])
        XCTAssertEqual(reference.status, 0, reference.err)
        XCTAssertTrue(reference.out.contains("10/09/2025"), reference.out)
        for args in [["ask", "hạn báo cáo", "--today=2025-09-10", "--store=\(store)"],
                     ["ask", "--store", store, "hạn", "--today", "2025-09-10", "báo", "cáo"],
                     ["ask", "--today", "2025-09-10", "--store", store, "--", "hạn báo cáo"]] {
            let r = try run(args)
            XCTAssertEqual(r.status, 0, "\(args): \(r.err)")
            XCTAssertEqual(r.out, reference.out, "\(args)")
        }
        let json = try run(["ask", "--json", "--today", "2025-09-10", "--store", store, "hạn báo cáo"])
        XCTAssertTrue(json.out.hasPrefix("{"), json.out)
        let explained = try run(["ask", "--explain", "--today", "2025-09-10", "--store", store, "hạn báo cáo"])
        XCTAssertGreaterThan(explained.out.count, reference.out.count)
    }

    func testWhatTheFastPathDoesNotReadGetsArgumentParsersVietnameseErrors() throws {
        for args in [["ask", "--today", "2025-13-45", "hạn"], ["ask", "--bogus", "hạn"], ["ask", "--today"]] {
            let r = try run(args)
            XCTAssertEqual(r.status, 64, "\(args): \(r.out)")
            XCTAssertTrue(r.err.contains("Lỗi:"), "\(args): \(r.err)")
            XCTAssertTrue(r.out.isEmpty, "\(args): nothing answered")
        }
        let words = try run(["ask", "--", "--today"])
        XCTAssertEqual(words.status, 1, "after --, words are the question: not understood, status 1")
    }
}
