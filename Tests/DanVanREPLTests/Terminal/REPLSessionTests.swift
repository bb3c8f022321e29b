import Foundation
import XCTest

/// The REPL run under a pseudo-terminal: keys in, screen out.
final class REPLSessionTests: XCTestCase {
    private var launcher: FixtureLauncher!

    override func setUpWithError() throws {
        launcher = try FixtureLauncher()
    }

    override func tearDown() {
        launcher = nil
    }

    func testVietnameseLineEditedWithBackspaceReachesTheConversationExactly() throws {
        // No LANG at all: the editor must fall back to a UTF-8 locale by itself.
        let session = try launcher.start(environment: ["LANG": nil, "LC_ALL": nil, "LC_CTYPE": nil])
        session.send("nhiệm vụ của phòng văn hóá")
        session.send("\u{7F}")       // Backspace removes "á", one character of two bytes
        session.send("a xx\u{7F}\u{7F}\u{7F}\r")
        let answer = try session.expect("]")
        XCTAssertTrue(answer.hasSuffix("ECHO[nhiệm vụ của phòng văn hóa"), answer)
    }

    func testTabCompletesAUnitTypedWithoutDiacritics() throws {
        let session = try launcher.start()
        session.send("nhiem vu cua phong van hoa\t\r")
        try session.expect("ECHO[nhiem vu cua phong Văn hóa - Xã hội]")
    }

    func testTabCompletesAUnitTypedWithDiacritics() throws {
        let session = try launcher.start()
        session.send("Văn hó\t\r")
        try session.expect("ECHO[Văn hóa - Xã hội]")
    }

    func testTabInsertsTheCommonBeginningThenListsTheCandidates() throws {
        let session = try launcher.start()
        session.send("phong van\t")
        session.settle()
        session.send("\t")
        let listing = try session.expect("Văn phòng HĐND và UBND")
        XCTAssertTrue(listing.contains("Văn hóa - Xã hội"), listing)
        session.send("\r")
        try session.expect("ECHO[phong Văn]")
    }

    func testCtrlRFindsAnEarlierEntry() throws {
        let session = try launcher.start()
        session.send("hạn báo cáo lần 1\r")
        try session.expect("ECHO[hạn báo cáo lần 1]")
        try session.expectPrompt()
        session.send("văn bản căn cứ\r")
        try session.expect("ECHO[văn bản căn cứ]")
        try session.expectPrompt()
        session.send("\u{12}")
        session.settle()
        session.send("báo")
        session.settle()
        session.send("\r")
        try session.expect("ECHO[hạn báo cáo lần 1]")
    }

    func testUpArrowWalksHistory() throws {
        let session = try launcher.start()
        session.send("một\r")
        try session.expect("ECHO[một]")
        try session.expectPrompt()
        session.send("hai\r")
        try session.expect("ECHO[hai]")
        try session.expectPrompt()
        session.send("\u{1B}[A\u{1B}[A\r")
        try session.expect("ECHO[một]")
    }

    func testCtrlCDropsTheHalfTypedLineAndGivesAFreshPrompt() throws {
        let session = try launcher.start()
        session.send("câu chưa xong")
        session.settle()
        session.send("\u{03}")
        try session.expectPrompt()
        session.send("xyz\r")
        let before = try session.expect("ECHO[xyz]")
        XCTAssertFalse(before.contains("ECHO[câu chưa xong"), before)
        XCTAssertNil(session.waitForExit(timeout: 0.2), "Ctrl-C must not end the REPL")
    }

    func testCtrlDOnAnEmptyLineExitsWithStatusZero() throws {
        let session = try launcher.start()
        session.send("\u{04}")
        XCTAssertEqual(session.waitForExit(), 0)
    }

    func testExitWordWithoutDiacriticsExitsWithStatusZero() throws {
        let session = try launcher.start()
        session.send("thoat\r")
        XCTAssertEqual(session.waitForExit(), 0)
        XCTAssertFalse(session.screen.contains("ECHO[thoat]"))
    }

    func testReplyThatEndsTheSessionExits() throws {
        let session = try launcher.start()
        session.send("tạm biệt\r")
        try session.expect("BYE")
        XCTAssertEqual(session.waitForExit(), 0)
    }

    func testHistoryIsWrittenAndReloadedByASecondRun() throws {
        let first = try launcher.start()
        first.send("câu hỏi đầu tiên\r")
        try first.expect("ECHO[câu hỏi đầu tiên]")
        try first.expectPrompt()
        first.send("\u{04}")
        XCTAssertEqual(first.waitForExit(), 0)
        let saved = try String(contentsOf: launcher.historyFile, encoding: .utf8)
        XCTAssertTrue(saved.contains("câu\\040hỏi\\040đầu\\040tiên"), saved)

        let second = try launcher.start()
        second.send("\u{1B}[A\r")
        try second.expect("ECHO[câu hỏi đầu tiên]")
    }

    func testResizeDoesNotCrashAndAnswersUseTheNewWidth() throws {
        let session = try launcher.start(environment: ["NO_COLOR": "1"])
        session.send("rộ")
        session.settle()
        session.resize(columns: 40, rows: 20)
        session.settle()
        session.send("ng\r")
        try session.expect("RỘNG[")
        let paragraph = "RỘNG[" + (try session.expect(" ]"))
        let lines = paragraph.components(separatedBy: "\r\n")
        XCTAssertGreaterThan(lines.count, 5)
        for line in lines { XCTAssertLessThanOrEqual(line.count, 40, line) }
        try session.expectPrompt()
        session.send("vẫn chạy\r")
        try session.expect("ECHO[vẫn chạy]")
    }

    func testNoColorGivesNoEscapeCodes() throws {
        let session = try launcher.start(environment: ["NO_COLOR": "1"])
        session.send("xin chào\r")
        try session.expect("ECHO[xin chào]")
        try session.expectPrompt()
        XCTAssertFalse(Self.hasColourCodes(session.screen), session.screen.debugDescription)
    }

    func testColourIsUsedOnATerminalWhenAllowed() throws {
        let session = try launcher.start(arguments: ["--color", "auto"])
        session.send("xin chào\r")
        try session.expect("ECHO[xin chào]")
        XCTAssertTrue(session.screen.contains("\u{1B}[1mĐã nhận\u{1B}[0m"), session.screen.debugDescription)
        XCTAssertTrue(Self.hasColourCodes(session.screen))
    }

    func testColorNeverWinsOverATerminal() throws {
        let session = try launcher.start(arguments: ["--color", "never"])
        session.send("a\r")
        try session.expect("ECHO[a]")
        XCTAssertFalse(Self.hasColourCodes(session.screen))
    }

    func testTallAnswersGoThroughThePagerAndShortOnesDoNot() throws {
        let session = try launcher.start(environment: ["PAGER": "sed s/^/P:/", "NO_COLOR": "1"])
        session.send("ngắn\r")
        let short = try session.expect("ECHO[ngắn]")
        XCTAssertFalse(short.hasSuffix("P:"), short)
        try session.expectPrompt()
        session.send("dài\r")
        try session.expect("P:• dòng 200")
    }

    /// Whether `text` holds an SGR (colour/bold) escape sequence.
    static func hasColourCodes(_ text: String) -> Bool {
        text.range(of: "\u{1B}\\[[0-9;]*m", options: .regularExpression) != nil
    }
}
