import Foundation
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
