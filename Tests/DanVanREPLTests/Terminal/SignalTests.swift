import Foundation
import DanVanText
import XCTest

/// SIGQUIT (Ctrl-\), SIGTERM and SIGHUP in the REPL: the terminal is put back, the exit is quiet.
final class SignalTests: XCTestCase {
    private var launcher: FixtureLauncher!

    override func setUpWithError() throws {
        launcher = try FixtureLauncher()
    }

    override func tearDown() {
        launcher = nil
    }

    private func assertTerminalRestored(_ session: PseudoTerminalSession, file: StaticString = #filePath, line: UInt = #line) {
        var settings = termios()
        XCTAssertEqual(tcgetattr(session.master, &settings), 0, file: file, line: line)
        XCTAssertNotEqual(settings.c_lflag & tcflag_t(ECHO), 0, "echo is back on", file: file, line: line)
        XCTAssertNotEqual(settings.c_lflag & tcflag_t(ICANON), 0, "canonical mode is back", file: file, line: line)
    }

    private func assertQuiet(_ session: PseudoTerminalSession, file: StaticString = #filePath, line: UInt = #line) {
        for word in ["crashed", "Backtrace", "Fatal", "Thread 0", "lldb"] {
            XCTAssertFalse(session.screen.contains(word), "\(word) on screen: \(session.screen)", file: file, line: line)
        }
    }

    func testCtrlBackslashEndsQuietlyWithTheTerminalRestored() throws {
        let session = try launcher.start()
        session.send("câu đang gõ")
        session.settle()
        session.send("\u{1C}")  // Ctrl-\ → SIGQUIT from the terminal
        XCTAssertEqual(session.waitForExit(), 128 + SIGQUIT)
        assertQuiet(session)
        assertTerminalRestored(session)
    }

    func testTerminationAndHangUpRestoreTheTerminal() throws {
        for signo in [SIGTERM, SIGHUP] {
            let session = try launcher.start()
            session.send("nửa câu")
            session.settle()
            XCTAssertEqual(kill(session.pid, signo), 0)
            XCTAssertEqual(session.waitForExit(), 128 + signo, "signal \(signo)")
            assertQuiet(session)
            assertTerminalRestored(session)
        }
    }
}

/// Ctrl-C while an answer is being prepared stops it; the REPL goes on.
final class CancelAnswerTests: XCTestCase {
    func testCtrlCDuringASlowAnswerCancelsItAndThePromptComesBack() throws {
        let launcher = try FixtureLauncher()
        let session = try launcher.start()
        session.send("chậm\r")
        session.settle(0.5)
        session.send("\u{03}")
        try session.expect("Đã dừng câu trả lời")
        XCTAssertFalse(session.screen.contains("CHẬM 2000"), "the answer was not shown")
        try session.expectPrompt()
        session.send("xyz\r")
        try session.expect("ECHO[xyz]")
        XCTAssertNil(session.waitForExit(timeout: 0.2), "Ctrl-C does not end the REPL")
    }

    /// Ctrl-C reaches the answering itself (`AnswerCancellation`), not only its laying out: an answer
    /// that would take 20 s returns to the prompt within a second or two.
    func testCtrlCStopsTheAnsweringItselfPromptly() throws {
        let launcher = try FixtureLauncher()
        let session = try launcher.start()
        session.send("rất chậm\r")
        session.settle(0.5)
        let pressed = Date()
        session.send("\u{03}")
        try session.expect("Đã dừng câu trả lời", timeout: 10)
        let waited = Date().timeIntervalSince(pressed)
        XCTAssertLessThan(waited, 3, "the answer went on after Ctrl-C")
        XCTAssertFalse(session.screen.contains("RẤT CHẬM"), "the partial answer was not shown")
        try session.expectPrompt()
        session.send("xyz\r")
        try session.expect("ECHO[xyz]")
        XCTAssertNil(session.waitForExit(timeout: 0.2), "Ctrl-C does not end the REPL")
    }

    /// Outside the REPL's watch nothing is cancelled; inside, a checkpoint sees the request.
    func testCheckpointsAnswerOnlyWhileWatched() {
        XCTAssertFalse(AnswerCancellation.isRequested)
        var pressed = false
        let seen = AnswerCancellation.watching({ pressed }) { () -> [Bool] in
            let before = AnswerCancellation.shouldStop(at: 0)
            pressed = true
            return [before, AnswerCancellation.shouldStop(at: 1), AnswerCancellation.shouldStop(at: 64), AnswerCancellation.isRequested]
        }
        XCTAssertEqual(seen, [false, false, true, true], "asked at every 64th step only, and only once requested")
        XCTAssertFalse(AnswerCancellation.isRequested, "the watch ends with its body")
    }
}
