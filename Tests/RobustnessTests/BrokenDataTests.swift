import Foundation
import XCTest

/// A data or intents folder with a broken file: danvan stops with a Vietnamese message naming the
/// file (and, for YAML, the line), exit status 2, and touches nothing.
final class BrokenDataTests: XCTestCase {
    /// Copies of `Data/` and `Intents/` to break.
    func copies(_ cli: CLI) throws -> (data: URL, intents: URL) {
        let data = cli.home.appendingPathComponent("Data"), intents = cli.home.appendingPathComponent("Intents")
        try FileManager.default.copyItem(at: Repository.data, to: data)
        try FileManager.default.copyItem(at: Repository.intents, to: intents)
        return (data, intents)
    }

    /// Replaces line `number` (1-based) of the file with `text`.
    func breakLine(_ number: Int, of file: URL, with text: String) throws {
        var lines = try String(contentsOf: file, encoding: .utf8).components(separatedBy: "\n")
        lines[number - 1] = text
        try lines.joined(separator: "\n").write(to: file, atomically: true, encoding: .utf8)
    }

    func ask(_ cli: CLI, data: URL, intents: URL) throws -> CLI.Result {
        let r = try cli.run(["ask", "--data", data.path, "--store", cli.home.appendingPathComponent("t.sqlite").path, "hạn báo cáo"],
                            env: ["DANVAN_INTENTS": intents.path])
        XCTAssertEqual(r.status, 2, "stdout: \(r.stdout)")
        XCTAssertTrue(r.stdout.isEmpty, r.stdout)
        OutputRules.assertClean(r.stderr, "error message")
        XCTAssertTrue(OutputRules.isVietnamese(r.stderr), r.stderr)
        return r
    }

    func testBrokenYAMLNamesTheFileAndLine() throws {
        for (folder, name, line) in [("Data", "units.yaml", 12), ("Data", "glossary.yaml", 9), ("Intents", "knowledge.yaml", 15),
                                     ("Intents", "entities.yaml", 6), ("Intents", "tasks.yaml", 8)] {
            let cli = try CLI(self)
            let (data, intents) = try copies(cli)
            let file = (folder == "Data" ? data : intents).appendingPathComponent(name)
            try breakLine(line, of: file, with: "  - [unclosed: {")
            let r = try ask(cli, data: data, intents: intents)
            XCTAssertTrue(r.stderr.contains(name), "\(name): \(r.stderr)")
            // The YAML parser may only notice an unclosed bracket on the next line.
            XCTAssertTrue(r.stderr.contains("dòng \(line)") || r.stderr.contains("dòng \(line + 1)"),
                          "\(name) broken at line \(line): \(r.stderr)")
            XCTAssertFalse(r.stderr.hasPrefix("Error:"), "an English prefix: \(r.stderr)")
        }
    }

    func testBrokenPlanJSONNamesTheFile() throws {
        let cli = try CLI(self)
        let (data, intents) = try copies(cli)
        let plan = data.appendingPathComponent("plans/ke-hoach-dan-van-duong-an-2025.json")
        let text = try Data(contentsOf: plan)
        try text.prefix(text.count / 2).write(to: plan)  // truncated
        var r = try ask(cli, data: data, intents: intents)
        XCTAssertTrue(r.stderr.contains("ke-hoach-dan-van-duong-an-2025.json"), r.stderr)
        // Valid JSON of the wrong shape: the field is named.
        try Data(#"{"id": "x", "issuer": 3}"#.utf8).write(to: plan)
        r = try ask(cli, data: data, intents: intents)
        XCTAssertTrue(r.stderr.contains("ke-hoach-dan-van-duong-an-2025.json"), r.stderr)
        XCTAssertTrue(r.stderr.contains("issuer") || r.stderr.contains("title"), r.stderr)
    }

    func testNonUTF8AndControlCharactersInADataFile() throws {
        let cli = try CLI(self)
        let (data, intents) = try copies(cli)
        let units = data.appendingPathComponent("units.yaml")
        var bytes = try Data(contentsOf: units)
        bytes.append(contentsOf: [0x0A, 0xC0, 0xC1, 0xFF, 0x0A])
        try bytes.write(to: units)
        var r = try ask(cli, data: data, intents: intents)
        XCTAssertTrue(r.stderr.contains("units.yaml"), r.stderr)
        // An escape sequence inside the broken part is not echoed raw to the terminal.
        try FileManager.default.removeItem(at: units)
        try FileManager.default.copyItem(at: Repository.data.appendingPathComponent("units.yaml"), to: units)
        try breakLine(12, of: units, with: "  - [\u{1B}]0;pwned\u{07}\u{1B}[2J: {")
        r = try ask(cli, data: data, intents: intents)
        XCTAssertTrue(r.stderr.contains("units.yaml"), r.stderr)
    }
}
