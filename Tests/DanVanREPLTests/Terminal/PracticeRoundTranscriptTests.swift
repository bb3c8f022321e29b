import Foundation
import XCTest

/// A practice round in the real REPL under a pseudo-terminal: a right answer typed without
/// diacritics, a wrong one, Ctrl-C to stop early; the progress is kept and the REPL goes on.
final class PracticeRoundTranscriptTests: XCTestCase {
    private var launcher: FixtureLauncher!

    override func setUpWithError() throws {
        launcher = try FixtureLauncher()
    }

    private var danvan: String {
        URL(fileURLWithPath: launcher.fixture).deletingLastPathComponent().appendingPathComponent("danvan").path
    }

    private var environment: [String: String] {
        var env = launcher.environment(["NO_COLOR": "1", "USER": "hoc-vien"])
        env["XDG_DATA_HOME"] = launcher.home.appendingPathComponent("data").path
        return env
    }

    /// Every question danvan may ask, with its expected answer (`danvan quiz --json`).
    private func answerKey() throws -> [String: String] {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: danvan)
        p.arguments = ["quiz", "--json", "--count", "1000", "--seed", "1"]
        p.environment = environment
        let out = Pipe()
        p.standardOutput = out
        p.standardInput = FileHandle.nullDevice
        try p.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        var key: [String: String] = [:]
        for line in data.split(separator: 0x0A) {
            let o = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(line)) as? [String: String])
            key[try XCTUnwrap(o["question"])] = try XCTUnwrap(o["answer"])
        }
        return key
    }

    private func withoutDiacritics(_ s: String) -> String {
        s.replacingOccurrences(of: "Đ", with: "D").replacingOccurrences(of: "đ", with: "d")
            .folding(options: [.diacriticInsensitive], locale: nil)
    }

    func testAPracticeRoundRightWrongAndCtrlCKeepsTheProgress() throws {
        let key = try answerKey()
        XCTAssertGreaterThan(key.count, 10)
        let session = try PseudoTerminalSession(executable: danvan, arguments: ["--today", "2025-08-25"],
                                                environment: environment, columns: 2000, rows: 200)
        try session.expectPrompt()
        session.send("ôn tập\r")
        try session.expect("Câu 1/5: ")
        let first = try session.expect("\n").trimmingCharacters(in: .whitespacesAndNewlines)
        let answer = try XCTUnwrap(key[first], "no answer for “\(first)”")
        try session.expectPrompt()
        session.send(withoutDiacritics(answer) + "\r")
        try session.expect("Đúng. ")
        try session.expect("Nguồn: ")
        try session.expect("Câu 2/5: ")
        try session.expectPrompt()
        session.send("tôi không biết\r")
        try session.expect("Chưa đúng. Đáp án: ")
        try session.expect("Câu 3/5: ")
        try session.expectPrompt()
        session.send("\u{03}")  // Ctrl-C: the round stops
        try session.expect("Kết quả ôn tập")
        try session.expect("Đúng 1/2 câu. Đã dừng sớm")
        try session.expectPrompt()
        // Back to questions.
        session.send("hạn báo cáo lần 1\r")
        try session.expect("03/09/2025")
        try session.expectPrompt()
        session.send("\u{04}")
        XCTAssertEqual(session.waitForExit(), 0)

        let file = launcher.stateDirectory.appendingPathComponent("danvan/practice-hoc-vien.json")
        let record = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(contentsOf: file)) as? [String: Any])
        let facts = try XCTUnwrap(record["facts"] as? [String: [String: Any]])
        XCTAssertEqual(facts.count, 2)
        XCTAssertEqual(facts.values.filter { $0["lastRight"] as? Bool == true }.count, 1)
    }
}
