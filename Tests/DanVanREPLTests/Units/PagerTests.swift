import XCTest
@testable import DanVanREPL

final class PagerTests: XCTestCase {
    func testPagerVariableWins() {
        XCTAssertEqual(Pager.command(environment: ["PAGER": "more -d"], lookup: { _ in true }), "more -d")
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
        XCTAssertTrue(Pager.show("dòng 1\ndòng 2", command: "cat > '\(output.path)'", environment: [:]))
        XCTAssertEqual(try String(contentsOf: output, encoding: .utf8), "dòng 1\ndòng 2\n")
        XCTAssertFalse(Pager.show("x", command: "no-such-pager-danvan", environment: [:]))
    }
}
