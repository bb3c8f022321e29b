import XCTest
@testable import DanVanREPL

final class PagerTests: XCTestCase {
    func testPagerVariableWins() {
        XCTAssertEqual(Pager.command(environment: ["PAGER": "more -d"], lookup: { _ in true }), "more -d")
    }

    func testDanvanPagerWinsOverPager() {
        XCTAssertEqual(Pager.command(environment: ["DANVAN_PAGER": "most", "PAGER": "more"], lookup: { _ in true }), "most")
        XCTAssertNil(Pager.command(environment: ["DANVAN_PAGER": "", "PAGER": "more"], lookup: { _ in true }))
        XCTAssertEqual(Pager.command(environment: ["PAGER": "more"], lookup: { _ in true }), "more")
    }

    func testLessOptionsDefaultToFRXButTheUsersWin() {
        XCTAssertEqual(Pager.environment(for: [:])["LESS"], "FRX")
        XCTAssertEqual(Pager.environment(for: ["LESS": "-S"])["LESS"], "-S")
        XCTAssertEqual(Pager.environment(for: ["LESS": ""])["LESS"], "")
    }

    func testFailingPagerIsReported() {
        XCTAssertEqual(Pager.show("x", command: "exit 1", environment: [:]), .failed)
        XCTAssertEqual(Pager.show("x", command: "kill -9 $$", environment: [:]), .failed)
        XCTAssertEqual(Pager.show("x", command: "cat >/dev/null", environment: [:]), .shown)
    }

    func testLessWhenInstalledAndNoPagerSet() {
        XCTAssertEqual(Pager.command(environment: [:], lookup: { $0 == "less" }), "less")
        XCTAssertNil(Pager.command(environment: [:], lookup: { _ in false }))
    }

    func testEmptyPagerOrCatMeansNoPager() {
        XCTAssertNil(Pager.command(environment: ["PAGER": ""], lookup: { _ in true }))
        XCTAssertNil(Pager.command(environment: ["PAGER": "cat"], lookup: { _ in true }))
    }

    func testShowPipesTheTextToTheCommand() throws {
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("pager-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: output) }
        XCTAssertEqual(Pager.show("dòng 1\ndòng 2", command: "cat > '\(output.path)'", environment: [:]), .shown)
        XCTAssertEqual(try String(contentsOf: output, encoding: .utf8), "dòng 1\ndòng 2\n")
        XCTAssertEqual(Pager.show("x", command: "no-such-pager-danvan", environment: [:]), .notStarted)
    }
}
