import Foundation
import XCTest

/// Tab in the real `danvan` under a pseudo-terminal: unit kinds, short forms, REPL commands and
/// task numbers with their titles.
final class DanvanCompletionSessionTests: XCTestCase {
    private var launcher: FixtureLauncher!

    override func setUpWithError() throws {
        launcher = try FixtureLauncher()
    }

    override func tearDown() {
        launcher = nil
    }

    private func start() throws -> PseudoTerminalSession {
        let danvan = URL(fileURLWithPath: launcher.fixture).deletingLastPathComponent().appendingPathComponent("danvan").path
        var env = launcher.environment(["NO_COLOR": "1"])
        env["XDG_DATA_HOME"] = launcher.home.appendingPathComponent("data").path
        let session = try PseudoTerminalSession(executable: danvan, arguments: ["--today", "2025-08-25"],
                                                environment: env, columns: 100, rows: 200)
        try session.expectPrompt()
        return session
    }

    func testUnitKindThenItsUnits() throws {
        let session = try start()
        session.send("nhiem vu cua p\t")
        try session.expect("hòng")  // libedit draws only what changed: "p" became "phòng"
        session.settle()
        session.send("\t")  // "phòng " → "Phòng ", the units' common beginning
        session.settle()
        session.send("\t")
        let listing = try session.expect("Phòng Văn hóa - Xã hội")
        XCTAssertTrue(session.screen.contains("Phòng Kinh tế"), listing)
        session.send(" kinh tế\r")
        try session.expect("Nhiệm vụ của Phòng Kinh tế")
    }

    func testShortFormExpands() throws {
        let session = try start()
        session.send("nhiệm vụ của tt\t")
        try session.expect("rung tâm")
        session.settle()
        session.send("\t")
        session.settle()
        session.send("\t")
        try session.expect("Trung tâm Phục vụ hành chính công")
        session.settle()
        session.send("\u{15}nhiệm vụ của vhxh\t\r")  // Ctrl-U clears the line
        try session.expect("Nhiệm vụ của Phòng Văn hóa - Xã hội")
    }

    func testColonListsTheREPLCommands() throws {
        let session = try start()
        session.send(":\t")
        try session.expect(":giải thích")
        try session.expect(":thoát")
        session.settle()
        session.send("th\t\r")
        XCTAssertEqual(session.waitForExit(), 0)
    }

    func testTaskNumbersAreSortedAndTitled() throws {
        let session = try start()
        // Twelve tasks, so that "10" would sort before "2" as text.
        for n in 1...12 {
            session.send("thêm nhiệm vụ Việc số \(n) giao phòng kinh tế hạn \(30 - n)/09/2025\r")
            try session.expect("Đã thêm nhiệm vụ #\(n).")
            try session.expectPrompt()
        }
        session.send("xong nhiệm vụ \t")
        let listing = try session.expect("12  Việc số 12")
        let order = (1...12).compactMap { listing.range(of: "\($0)  Việc số \($0)")?.lowerBound }
        XCTAssertEqual(order.count, 11, listing)
        XCTAssertEqual(order, order.sorted(), "task numbers not in order: \(listing)")
        session.settle()
        session.send("1\t")
        try session.expect("10  Việc số 10")
    }
}
