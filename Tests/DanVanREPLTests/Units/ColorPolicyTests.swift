import XCTest
@testable import DanVanREPL

final class ColorPolicyTests: XCTestCase {
    func testAutoColoursOnlyATerminalWithoutNoColorOrDumbTerm() {
        XCTAssertTrue(ColorPolicy.usesColor(.auto, environment: ["TERM": "xterm"], outputIsTerminal: true))
        XCTAssertFalse(ColorPolicy.usesColor(.auto, environment: ["TERM": "xterm"], outputIsTerminal: false))
        XCTAssertFalse(ColorPolicy.usesColor(.auto, environment: ["TERM": "dumb"], outputIsTerminal: true))
        XCTAssertFalse(ColorPolicy.usesColor(.auto, environment: ["NO_COLOR": "1"], outputIsTerminal: true))
    }

    func testAnEmptyNoColorIsIgnored() {
        XCTAssertTrue(ColorPolicy.usesColor(.auto, environment: ["NO_COLOR": ""], outputIsTerminal: true))
    }

    func testTheFlagBeatsTheEnvironment() {
        XCTAssertTrue(ColorPolicy.usesColor(.always, environment: ["NO_COLOR": "1", "TERM": "dumb"], outputIsTerminal: false))
        XCTAssertFalse(ColorPolicy.usesColor(.never, environment: [:], outputIsTerminal: true))
    }

    func testModesParseFromTheFlagValues() {
        XCTAssertEqual(ColorMode.allCases.map(\.rawValue), ["auto", "always", "never"])
        XCTAssertNil(ColorMode(rawValue: "yes"))
    }
}
