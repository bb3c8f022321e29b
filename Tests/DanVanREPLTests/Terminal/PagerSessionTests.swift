import Foundation
import XCTest

/// Answers taller than the screen, read through a real `less` under a pseudo-terminal, and printed
/// whole when there is no pager or the pager fails.
final class PagerSessionTests: XCTestCase {
    private var launcher: FixtureLauncher!

    override func setUpWithError() throws {
        launcher = try FixtureLauncher()
    }

    override func tearDown() {
        launcher = nil
    }

    /// Every line of a "trang `count`" answer.
    private func lines(_ count: Int) -> [String] { (1...count).map { "mục \($0) của \(count)" } }

    /// Asks for an answer of three screens at `columns`×`rows`, pages through it with space, quits
    /// with q, and checks every line was shown and the prompt came back.
    private func pageThrough(columns: Int, rows: Int, environment: [String: String?]) throws {
        try XCTSkipUnless(FileManager.default.isExecutableFile(atPath: "/usr/bin/less"), "less is not installed")
        let count = rows * 3 - 6
        let session = try launcher.start(environment: environment, columns: columns, rows: rows)
        session.send("trang \(count)\r")
        // The first screen only: the pager waits for a key.
        try session.expect("mục \(rows - 2) của \(count)")
        session.settle(0.5)
        XCTAssertFalse(session.screen.contains("mục \(rows + 2) của \(count)"), "the pager printed past one screen")
        XCTAssertFalse(session.screen.contains("HẾT-DANH-SÁCH"))
        for _ in 0..<5 where !session.screen.contains("HẾT-DANH-SÁCH") {
            session.send(" ")
            session.settle(0.5)
        }
        XCTAssertTrue(session.screen.contains("HẾT-DANH-SÁCH"), session.screen)
        session.send("q")
        try session.expectPrompt()
        for line in lines(count) {
            XCTAssertTrue(session.screen.contains(line), "missing \(line)")
        }
        // The REPL goes on reading the keyboard after the pager.
        session.send("sau trang\r")
        try session.expect("ECHO[sau trang]")
    }

    func testThreeScreensAreReadableThroughLessAt80x24() throws {
        try pageThrough(columns: 80, rows: 24, environment: ["DANVAN_PAGER": "less"])
    }

    func testThreeScreensAreReadableThroughLessAt40x12() throws {
        try pageThrough(columns: 40, rows: 12, environment: ["DANVAN_PAGER": "less"])
    }

    func testDefaultPagerIsLessWhenNoVariableIsSet() throws {
        try pageThrough(columns: 80, rows: 24, environment: ["PAGER": nil, "DANVAN_PAGER": nil])
    }

    func testDanvanPagerWinsOverPager() throws {
        try pageThrough(columns: 40, rows: 12, environment: ["DANVAN_PAGER": "less", "PAGER": "false"])
    }

    /// Asks for three screens and checks the whole answer is printed and the prompt comes back.
    private func printedWhole(columns: Int, rows: Int, environment: [String: String?],
                              file: StaticString = #filePath, line: UInt = #line) throws -> PseudoTerminalSession {
        let count = rows * 3 - 6
        let session = try launcher.start(environment: environment, columns: columns, rows: rows)
        session.send("trang \(count)\r")
        try session.expect("HẾT-DANH-SÁCH")
        try session.expectPrompt()
        for text in lines(count) {
            XCTAssertTrue(session.screen.contains(text), "missing \(text)", file: file, line: line)
        }
        session.send("tiếp theo\r")
        try session.expect("ECHO[tiếp theo]")
        return session
    }

    func testCatAsPagerPrintsEverythingAt80x24And40x12() throws {
        _ = try printedWhole(columns: 80, rows: 24, environment: ["DANVAN_PAGER": "cat"])
        _ = try printedWhole(columns: 40, rows: 12, environment: ["DANVAN_PAGER": "cat"])
    }

    func testNoPagerPrintsEverything() throws {
        _ = try printedWhole(columns: 80, rows: 24, environment: ["PAGER": "", "DANVAN_PAGER": nil])
        _ = try printedWhole(columns: 40, rows: 12, environment: ["DANVAN_PAGER": ""])
    }

    func testMissingPagerFallsBackToPrintingWithAMessage() throws {
        let session = try printedWhole(columns: 80, rows: 24, environment: ["DANVAN_PAGER": "khong-co-trinh-xem-nay"])
        XCTAssertTrue(session.screen.contains("khong-co-trinh-xem-nay"), session.screen)
    }

    func testFailingPagerFallsBackToPrinting() throws {
        // `false` reads nothing and exits 1: a failure, not a page shown.
        _ = try printedWhole(columns: 40, rows: 12, environment: ["DANVAN_PAGER": "false"])
    }
}
