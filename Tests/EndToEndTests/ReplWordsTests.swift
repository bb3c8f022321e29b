import Foundation
import XCTest

/// The REPL's exit and explain words are data (`exit_words`, `explain_words` of `Intents/entities.yaml`),
/// not words fixed in code.
final class ReplWordsTests: XCTestCase {
    var runner: DanvanRunner!

    override func setUpWithError() throws { runner = try DanvanRunner() }
    override func tearDown() { runner = nil }

    private var repository: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    }

    /// `danvan repl` over piped lines, with the `Data/` and `Intents/` of `root`.
    private func repl(_ lines: String, root: URL) throws -> (out: String, err: String, status: Int32) {
        try runner.run(["repl", "--color", "never", "--today", "2025-08-25", "--data", root.appendingPathComponent("Data").path,
                        "--store", runner.home.appendingPathComponent("t.sqlite").path], stdin: lines,
                       env: ["DANVAN_INTENTS": root.appendingPathComponent("Intents").path])
    }

    func testTheListedExitWordsEndTheSessionAndOnlyThey() throws {
        // The repository's list: "thoát" (typed with or without diacritics) ends the session.
        let shipped = try repl("THOAT\nhạn báo cáo\n", root: repository)
        XCTAssertEqual(shipped.status, 0, shipped.err)
        XCTAssertEqual(shipped.out, "", "nothing is answered after an exit word")

        // A copy whose list holds only "xong": "thoát" is a line like any other, "xong" ends the session.
        let root = runner.home.appendingPathComponent("copy")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        for folder in ["Data", "Intents"] {
            try FileManager.default.copyItem(at: repository.appendingPathComponent(folder), to: root.appendingPathComponent(folder))
        }
        let entities = root.appendingPathComponent("Intents/entities.yaml")
        let text = try String(contentsOf: entities, encoding: .utf8)
        let edited = text.split(separator: "\n", omittingEmptySubsequences: false)
            .map { $0.hasPrefix("exit_words:") ? "exit_words: [xong]" : String($0) }.joined(separator: "\n")
        XCTAssertNotEqual(edited, text, "the repository lists exit_words")
        try edited.write(to: entities, atomically: true, encoding: .utf8)
        let copied = try repl("hạn báo cáo\nthoát\nxong\nhạn báo cáo\n", root: root)
        XCTAssertEqual(copied.status, 0, copied.err)
        let answered = try repl("hạn báo cáo\n", root: root).out
        XCTAssertFalse(answered.isEmpty)
        XCTAssertTrue(copied.out.hasPrefix(answered), "the first line is answered")
        XCTAssertGreaterThan(copied.out.count, answered.count, "'thoát' is answered, not an exit")
        XCTAssertEqual(copied.out.components(separatedBy: answered).count - 1, 1, "nothing is answered after 'xong'")
    }

    func testExplainWordsShowWhyTheLastAnswerWasGiven() throws {
        // Folded, spaces optional: ":giaithich", ":GIẢI THÍCH" and the listed sentence all explain.
        for line in [":giaithich", ":GIẢI THÍCH", "vi sao co cau tra loi nay"] {
            let r = try repl("hạn báo cáo\n\(line)\n", root: repository)
            XCTAssertEqual(r.status, 0, r.err)
            XCTAssertTrue(r.out.contains("report.deadline"), "“\(line)” explains the answer: \(r.out.suffix(300))")
        }
        // A line that only starts like one is a question, not the explanation.
        let other = try repl("hạn báo cáo\n:giải thích thêm về hạn\n", root: repository)
        XCTAssertFalse(other.out.contains("report.deadline"))
    }
}
