import Foundation
import XCTest

/// The real `danvan` (built next to the tests) under a pseudo-terminal: Vietnamese typed and edited,
/// Tab completion of a unit, a follow-up, `:giải thích`, history kept, Ctrl-D.
final class DanvanREPLTranscriptTests: XCTestCase {
    private var launcher: FixtureLauncher!

    override func setUpWithError() throws {
        launcher = try FixtureLauncher()
    }

    private var danvan: String {
        URL(fileURLWithPath: launcher.fixture).deletingLastPathComponent().appendingPathComponent("danvan").path
    }

    private func start() throws -> PseudoTerminalSession {
        var env = launcher.environment(["NO_COLOR": "1"])
        env["XDG_DATA_HOME"] = launcher.home.appendingPathComponent("data").path
        let session = try PseudoTerminalSession(executable: danvan, arguments: ["--today", "2025-08-25"],
                                                environment: env, columns: 100, rows: 200)
        try session.expectPrompt()
        return session
    }

    func testAQuestionTypedEditedAndAnswered() throws {
        let session = try start()
        session.send("hạn báo cáo lần 11")
        session.send("\u{7F}\r")  // Backspace removes the extra "1"
        let answer = try session.expect("Nguồn: ")
        XCTAssertTrue(answer.contains("03/09/2025"), answer)
        XCTAssertTrue(answer.contains("còn 9 ngày"), answer)
        XCTAssertFalse(answer.contains("02/12/2025"), answer)
        XCTAssertFalse(answer.contains("\u{1B}[1m"), "NO_COLOR: no bold")
        try session.expectPrompt()

        session.send("nhiem vu cua phong van hoa\t\r")
        try session.expect("Nhiệm vụ của Phòng Văn hóa - Xã hội")
        try session.expect("Nguồn: ")
        try session.expectPrompt()
        session.send("thế còn phòng kinh tế\r")
        try session.expect("Nhiệm vụ của Phòng Kinh tế")
        try session.expectPrompt()
        session.send(":giải thích\r")
        try session.expect("câu hỏi nối tiếp")
        try session.expectPrompt()

        session.send("\u{04}")  // Ctrl-D on an empty line
        XCTAssertEqual(session.waitForExit(), 0)
        // libedit writes spaces as \040 (strvis); the Vietnamese letters stay as UTF-8.
        let history = try String(contentsOf: launcher.historyFile, encoding: .utf8).replacingOccurrences(of: "\\040", with: " ")
        XCTAssertTrue(history.contains("hạn báo cáo lần 1"), history)
    }

    func testFirstRunWelcomeOnlyOnce() throws {
        let first = try start()
        XCTAssertTrue(first.screen.contains("Chào mừng"))
        first.send("thoát\r")
        XCTAssertEqual(first.waitForExit(), 0)
        let second = try start()
        XCTAssertFalse(second.screen.contains("Chào mừng"))
        second.send("\u{04}")
        XCTAssertEqual(second.waitForExit(), 0)
    }
}
