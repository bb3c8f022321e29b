import Foundation
import XCTest

/// Line editing under a pseudo-terminal: decomposed input, word moves and Home/End for the common
/// terminals, and the diacritic-insensitive Ctrl-R.
final class EditingSessionTests: XCTestCase {
    private var launcher: FixtureLauncher!

    override func setUpWithError() throws {
        launcher = try FixtureLauncher()
    }

    override func tearDown() {
        launcher = nil
    }

    private func submit(_ session: PseudoTerminalSession, _ keys: String, expecting echo: String) throws {
        session.send(keys)
        try session.expect("ECHO[\(echo)]")
        try session.expectPrompt()
    }

    // MARK: Decomposed (NFD) typing

    func testDecomposedLettersReachTheConversationComposed() throws {
        let session = try launcher.start()
        // "Đường" and "nghị quyết" typed as base letters followed by combining marks.
        try submit(session, "\u{0110}u\u{031B}o\u{031B}\u{0300}ng\r", expecting: "\u{0110}\u{01B0}\u{1EDD}ng")
        try submit(session, "nghi\u{0323} quye\u{0302}\u{0301}t\r", expecting: "ngh\u{1ECB} quy\u{1EBF}t")
    }

    func testOneBackspaceDeletesOneDecomposedLetter() throws {
        let session = try launcher.start()
        // "việ" then one Backspace: the whole "ệ" (e + U+0302 + U+0323) goes.
        try submit(session, "vie\u{0302}\u{0323}\u{7F}\r", expecting: "vi")
        // "hồ" then one Backspace, then "a": "ha".
        try submit(session, "ho\u{0302}\u{0300}\u{7F}a\r", expecting: "ha")
    }

    // MARK: Word moves, Home and End

    /// Word left/right and Home/End in the sequences `term`'s users' terminals send.
    private func checkKeys(term: String) throws {
        let session = try launcher.start(environment: ["TERM": term])
        for left in ["\u{1B}[1;5D", "\u{1B}[5D"] {
            try submit(session, "một hai\(left)X\r", expecting: "một Xhai")
        }
        for right in ["\u{1B}[1;5C", "\u{1B}[5C"] {
            // Home, then one word right: the cursor ends after "một".
            try submit(session, "một hai\u{1B}[H\(right)X\r", expecting: "mộtX hai")
        }
        for home in ["\u{1B}[H", "\u{1B}[1~", "\u{1B}OH", "\u{1B}[7~"] {
            try submit(session, "ba bốn\(home)Y\r", expecting: "Yba bốn")
        }
        for end in ["\u{1B}[F", "\u{1B}[4~", "\u{1B}OF", "\u{1B}[8~"] {
            try submit(session, "năm sáu\u{1B}[H\(end)Z\r", expecting: "năm sáuZ")
        }
        XCTAssertFalse(session.screen.contains(";5D"), "a key sequence was inserted as text")
        XCTAssertFalse(session.screen.contains("ECHO[~"), "a key sequence was inserted as text")
    }

    func testKeysUnderXterm256color() throws { try checkKeys(term: "xterm-256color") }
    func testKeysUnderTmux256color() throws { try checkKeys(term: "tmux-256color") }
    func testKeysUnderScreen() throws { try checkKeys(term: "screen") }

    // MARK: Ctrl-R

    private func sessionWithHistory() throws -> PseudoTerminalSession {
        let session = try launcher.start()
        try submit(session, "nghị quyết số 5\r", expecting: "nghị quyết số 5")
        try submit(session, "kế hoạch làm đường\r", expecting: "kế hoạch làm đường")
        try submit(session, "nghị định mới\r", expecting: "nghị định mới")
        try submit(session, "văn bản căn cứ\r", expecting: "văn bản căn cứ")
        return session
    }

    func testCtrlRFindsWithoutDiacriticsAndShowsAVietnamesePrompt() throws {
        let session = try sessionWithHistory()
        session.send("\u{12}nghi")
        try session.expect("(tìm trong lịch sử)'nghi': nghị định mới")
        session.send("\r")
        try session.expect("ECHO[nghị định mới]")
        try session.expectPrompt()
        session.send("\u{12}duong")
        try session.expect("'duong': kế hoạch làm đường")
        session.send("\r")
        try session.expect("ECHO[kế hoạch làm đường]")
    }

    func testCtrlRFindsWithDiacriticsAndCtrlRAgainGoesOlder() throws {
        let session = try sessionWithHistory()
        session.send("\u{12}nghị")
        try session.expect("'nghị': nghị định mới")
        session.send("\u{12}")
        try session.expect("'nghị': nghị quyết số 5")
        session.send("\r")
        try session.expect("ECHO[nghị quyết số 5]")
        XCTAssertFalse(session.screen.contains("bck:"))
    }

    func testCtrlRNarrowsAndWidensWithBackspace() throws {
        let session = try sessionWithHistory()
        session.send("\u{12}nghi q")
        try session.expect("'nghi q': nghị quyết số 5")
        session.send("\u{7F}\u{7F}")
        try session.expect("'nghi': nghị định mới")
        session.send("\r")
        try session.expect("ECHO[nghị định mới]")
    }

    func testCtrlRWithoutMatchSaysSoAndCtrlGRestoresTheLine() throws {
        let session = try sessionWithHistory()
        session.send("đang gõ")
        session.settle()
        session.send("\u{12}xyz")
        try session.expect("(không thấy trong lịch sử)'xyz': ")
        session.send("\u{7}")
        session.settle()
        session.send(" tiếp\r")
        try session.expect("ECHO[đang gõ tiếp]")
    }

    func testAnotherKeyKeepsTheMatchForEditing() throws {
        let session = try sessionWithHistory()
        session.send("\u{12}ke hoach")
        try session.expect("'ke hoach': kế hoạch làm đường")
        session.send("\u{1B}[D")   // Left arrow: the search ends, the cursor moves left
        session.settle()
        session.send("X\r")
        try session.expect("ECHO[kế hoạch làm đườnXg]")
        try session.expectPrompt()
        session.send("\u{12}van ban\u{5}!\r")  // Ctrl-E then "!"
        try session.expect("ECHO[văn bản căn cứ!]")
    }
}
