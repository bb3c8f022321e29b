import Foundation
import XCTest

/// The command line as git, psql and Taskwarrior users expect it: Vietnamese help, documented exit
/// statuses, task filters, JSON with a schema, a config file, shell completion.
final class CLIConventionTests: XCTestCase {
    var runner: DanvanRunner!

    override func setUpWithError() throws { runner = try DanvanRunner() }
    override func tearDown() { runner = nil }

    @discardableResult
    func run(_ args: [String], stdin: String? = nil, env: [String: String] = [:]) throws -> (out: String, err: String, status: Int32) {
        try runner.run(args, stdin: stdin, env: ["NO_COLOR": "1"].merging(env) { $1 })
    }

    /// Words of swift-argument-parser's English help and errors.
    static let englishFrameworkWords = ["OVERVIEW", "USAGE", "OPTIONS", "SUBCOMMANDS", "ARGUMENTS", "Show help",
                                        "Show the version", "See '", "Error:", "Usage:", "Help:", "default:", "values:",
                                        "for more information", "detailed help", "Unknown option", "Missing expected",
                                        "is invalid", "Please provide", "<subcommand>", "<options>"]

    static let commands: [[String]] = [
        [], ["ask"], ["repl"], ["import"], ["plans"], ["plans", "list"], ["plans", "remove"], ["tasks"], ["tasks", "import"],
        ["tasks", "export"], ["tasks", "list"], ["tasks", "show"], ["report"], ["eval"], ["config"], ["completion"],
        ["completion", "install"], ["completion", "script"],
    ]

    private func assertNoEnglish(_ text: String, _ context: String, file: StaticString = #filePath, line: UInt = #line) {
        for word in Self.englishFrameworkWords where text.contains(word) {
            XCTFail("“\(word)” in \(context):\n\(text)", file: file, line: line)
        }
    }

    func testEveryHelpIsInVietnamese() throws {
        for command in Self.commands {
            let r = try run(command + ["--help"])
            let name = (["danvan"] + command).joined(separator: " ")
            XCTAssertEqual(r.status, 0, name)
            XCTAssertTrue(r.out.contains("CÁCH DÙNG: \(name)"), r.out)
            XCTAssertTrue(r.err.isEmpty, r.err)
            assertNoEnglish(r.out, "\(name) --help")
        }
        let viaHelp = try run(["help", "tasks", "list"])
        XCTAssertEqual(viaHelp.status, 0)
        XCTAssertTrue(viaHelp.out.contains("VÍ DỤ:"), viaHelp.out)
        assertNoEnglish(viaHelp.out, "danvan help tasks list")
        XCTAssertTrue(try run(["ask", "-h"]).out.contains("VÍ DỤ:"))
    }

    func testUsageErrorsAreVietnameseOnStderrWithStatus64() throws {
        let cases: [[String]] = [
            ["--khong-co"], ["ask", "--khong-co", "hạn báo cáo"], ["repl", "--color", "xanh"], ["import"], ["plans", "remove"],
            ["plans", "list", "--x"], ["tasks", "import"], ["tasks", "export", "--format", "xml"],
            ["tasks", "list", "--status", "xong"], ["tasks", "list", "--due-before", "2025-13-01"],
            ["tasks", "list", "--due-after", "hôm qua"], ["tasks", "list", "--unit", "phòng không tồn tại"], ["tasks", "show"],
            ["tasks", "show", "abc"], ["report", "--round", "x"], ["eval"], ["config", "--bogus"], ["completion", "script"],
            ["completion", "script", "tcsh"], ["completion", "install", "--shell", "tcsh"],
        ]
        for args in cases {
            let r = try run(args)
            let name = (["danvan"] + args).joined(separator: " ")
            XCTAssertEqual(r.status, 64, "\(name): \(r.err)")
            XCTAssertTrue(r.out.isEmpty, "\(name) printed on stdout: \(r.out)")
            XCTAssertFalse(r.err.isEmpty, name)
            assertNoEnglish(r.err, name)
        }
        let typo = try run(["ask", "--jsn", "hạn báo cáo"])
        XCTAssertTrue(typo.err.contains("Lỗi: Không có tùy chọn '--jsn'. Có phải ý bạn là '--json'?"), typo.err)
    }

    func testAnsweredIs0NotUnderstoodIs1() throws {
        let answered = try run(["ask", "--today", "2025-08-25", "hạn báo cáo lần 1"])
        XCTAssertEqual(answered.status, 0, answered.err)
        let unknown = try run(["ask", "qwerty asdf zxcv"])
        XCTAssertEqual(unknown.status, 1)
        XCTAssertTrue(unknown.out.contains("chưa hiểu"), "the answer still says why: \(unknown.out)")
        // With --json the object carries the verdict: every answer given is status 0.
        let json = try run(["ask", "--json", "qwerty asdf zxcv"])
        XCTAssertEqual(json.status, 0)
        XCTAssertTrue(json.out.contains("\"intent\":\"unknown\""), json.out)
        // Piped lines are a session: 0, like the REPL.
        XCTAssertEqual(try run(["ask"], stdin: "qwerty asdf\nhạn báo cáo\n").status, 0)
        // A task that does not exist: refused.
        XCTAssertEqual(try run(["ask", "thêm nhiệm vụ: Họp dân, giao phòng kinh tế"]).status, 0)
        let missing = try run(["tasks", "show", "999"])
        XCTAssertEqual(missing.status, 1)
        XCTAssertTrue(missing.err.contains("#999"), missing.err)
        XCTAssertTrue(missing.out.isEmpty)
        XCTAssertEqual(try run(["tasks", "show", "1"]).status, 0)
    }

    func testErrorsAre2WithTheMessageOnStderr() throws {
        let notAStore = try run(["tasks", "export", "--store", runner.home.path])
        XCTAssertEqual(notAStore.status, 2)
        XCTAssertFalse(notAStore.err.isEmpty)
        XCTAssertEqual(try run(["import", "/khong-co/ke-hoach.txt"]).status, 2)
        XCTAssertEqual(try run(["eval", "/khong-co/cau-hoi.tsv"]).status, 2)
        let config = runner.home.appendingPathComponent(".config/danvan/config.toml")
        try FileManager.default.createDirectory(at: config.deletingLastPathComponent(), withIntermediateDirectories: true)
        try "user = lan\n".write(to: config, atomically: true, encoding: .utf8)
        let broken = try run(["ask", "hạn báo cáo"])
        XCTAssertEqual(broken.status, 2)
        XCTAssertTrue(broken.err.contains("config.toml") && broken.err.contains("dòng 1"), broken.err)
        try "colour = \"never\"\n".write(to: config, atomically: true, encoding: .utf8)
        let unknownKey = try run(["config"])
        XCTAssertEqual(unknownKey.status, 2)
        XCTAssertTrue(unknownKey.err.contains("“colour”"), unknownKey.err)
    }

    func testConfigFileIsOverriddenByEnvironmentAndFlags() throws {
        let config = runner.home.appendingPathComponent("xdg-config/danvan/config.toml")
        try FileManager.default.createDirectory(at: config.deletingLastPathComponent(), withIntermediateDirectories: true)
        let store = runner.home.appendingPathComponent("tu-cau-hinh.sqlite").path
        try "store = \"\(store)\"\nuser = \"lan\"\npager = \"more\"\ncolor = \"never\"\n".write(to: config, atomically: true, encoding: .utf8)
        let env = ["XDG_CONFIG_HOME": runner.home.appendingPathComponent("xdg-config").path, "PAGER": "", "DANVAN_USER": ""]
        var env2 = env
        env2.removeValue(forKey: "PAGER")
        let shown = try run(["config"], env: env)
        XCTAssertEqual(shown.status, 0, shown.err)
        XCTAssertTrue(shown.out.contains(config.path), shown.out)
        let lines = shown.out.split(separator: "\n").map(String.init)
        func row(_ key: String) -> String { lines.first { $0.hasPrefix(key + " ") } ?? "" }
        XCTAssertTrue(row("store").contains(store) && row("store").contains("tệp cấu hình"), row("store"))
        XCTAssertTrue(row("user").contains("lan") && row("user").contains("tệp cấu hình"), row("user"))
        // The environment wins over the file, the option over both.
        let byEnvironment = try run(["config"], env: env.merging(["DANVAN_USER": "minh"]) { $1 })
        XCTAssertTrue(byEnvironment.out.contains("minh"), byEnvironment.out)
        XCTAssertTrue(byEnvironment.out.contains("biến môi trường DANVAN_USER"), byEnvironment.out)
        let byFlag = try run(["config", "--user", "hoa"], env: env.merging(["DANVAN_USER": "minh"]) { $1 })
        XCTAssertTrue(byFlag.out.contains("hoa") && byFlag.out.contains("tùy chọn --user"), byFlag.out)
        // The store of the file is the one used.
        XCTAssertEqual(try run(["ask", "thêm nhiệm vụ: Họp dân"], env: env).status, 0)
        XCTAssertTrue(FileManager.default.fileExists(atPath: store))
        let list = try run(["tasks", "list", "--json"], env: env)
        XCTAssertTrue(list.out.contains("Họp dân"), list.out)
    }

    /// Adds tasks through `ask`, as a person would.
    private func addTasks() throws {
        for command in ["thêm nhiệm vụ: Họp dân, giao phòng kinh tế, hạn 01/09/2025",
                        "thêm nhiệm vụ: Tuyên truyền, giao phòng văn hóa xã hội, hạn 15/09/2025",
                        "thêm nhiệm vụ: Báo cáo quý, giao phòng văn hóa xã hội, hạn 30/09/2025",
                        "thêm nhiệm vụ: Tổng kết, giao phòng kinh tế"] {
            XCTAssertEqual(try run(["ask", "--today", "2025-09-10", command]).status, 0)
        }
        XCTAssertEqual(try run(["ask", "--today", "2025-09-10", "xong nhiệm vụ 3"]).status, 0)
    }

    private func ids(_ args: [String]) throws -> [Int] {
        let r = try run(["tasks", "list", "--today", "2025-09-10", "--json"] + args)
        XCTAssertEqual(r.status, 0, r.err)
        let object = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(r.out.utf8)) as? [String: Any])
        XCTAssertEqual(object["schema"] as? Int, 1)
        return try XCTUnwrap(object["tasks"] as? [[String: Any]]).compactMap { $0["id"] as? Int }
    }

    func testTasksListFilters() throws {
        try addTasks()
        XCTAssertEqual(try ids([]), [1, 2, 4, 3])
        XCTAssertEqual(try ids(["--unit", "vhxh"]), [2, 3])
        XCTAssertEqual(try ids(["--unit", "phong kt", "--status", "open"]), [1, 4])
        XCTAssertEqual(try ids(["--status", "done"]), [3])
        XCTAssertEqual(try ids(["--overdue"]), [1])
        XCTAssertEqual(try ids(["--due-after", "2025-09-01"]), [2, 3])
        XCTAssertEqual(try ids(["--due-before", "2025-09-20", "--due-after", "2025-08-01"]), [1, 2])
        let text = try run(["tasks", "list", "--today", "2025-09-10", "--unit", "vhxh"])
        XCTAssertTrue(text.out.contains("2 nhiệm vụ: 1 xong, 0 quá hạn, 1 đến hạn trong 7 ngày"), text.out)
    }

    func testOneTaskObjectEverywhere() throws {
        try addTasks()
        let list = try run(["tasks", "list", "--json"])
        let export = try run(["tasks", "export", "--format", "json"])
        let listed = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(list.out.utf8)) as? [String: Any])
        let exported = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(export.out.utf8)) as? [String: Any])
        XCTAssertEqual(exported["schema"] as? Int, 1)
        let a = try XCTUnwrap((listed["tasks"] as? [[String: Any]])?.first)
        let b = try XCTUnwrap((exported["tasks"] as? [[String: Any]])?.first { $0["id"] as? Int == a["id"] as? Int })
        XCTAssertEqual(Set(a.keys), Set(b.keys))
        let ask = try run(["ask", "--json", "--today", "2025-09-10", "danh sách nhiệm vụ"])
        let answer = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(ask.out.utf8)) as? [String: Any])
        XCTAssertEqual(answer["schema"] as? Int, 1)
        let first = try XCTUnwrap((answer["tasks"] as? [[String: Any]])?.first)
        XCTAssertEqual(Set(first.keys), ["id", "title", "unit", "due", "status"])
        XCTAssertTrue(Set(first.keys).isSubset(of: Set(a.keys)))
        let unassigned = try XCTUnwrap((answer["tasks"] as? [[String: Any]])?.first { $0["id"] as? Int == 4 })
        XCTAssertTrue(unassigned["due"] is NSNull)
    }

    func testCompletionInstallsAndCompletesUnitsAndTaskNumbers() throws {
        let configHome = runner.home.appendingPathComponent("cfg").path
        let installed = try run(["completion", "install", "--shell", "fish"], env: ["XDG_CONFIG_HOME": configHome])
        XCTAssertEqual(installed.status, 0, installed.err)
        let script = try String(contentsOfFile: configHome + "/fish/completions/danvan.fish", encoding: .utf8)
        XCTAssertTrue(script.contains("---completion"), "dynamic candidates are asked from danvan")
        let bash = try run(["completion", "install", "--shell", "bash"])
        XCTAssertEqual(bash.status, 0, bash.err)
        XCTAssertTrue(FileManager.default.fileExists(atPath: runner.home.path + "/data/bash-completion/completions/danvan"))
        XCTAssertTrue(try run(["completion", "script", "zsh"]).out.contains("#compdef danvan"))

        let units = try run(["---completion", "tasks", "list", "--", "--unit", "4", "1", "danvan", "tasks", "list", "--unit", "P"])
        XCTAssertTrue(units.out.contains("Phòng Kinh tế"), units.out)
        XCTAssertTrue(units.out.contains("Phòng Văn hóa - Xã hội"), units.out)
        try addTasks()
        let numbers = try run(["---completion", "tasks", "show", "--", "positional@0", "3", "0", "danvan", "tasks", "show", ""])
        XCTAssertEqual(numbers.out.split(separator: "\n"), ["1", "2", "4"], "open tasks, in order")
    }

    func testManualDumpKeepsVietnameseLettersAsASCIITokens() throws {
        let r = try run(["--experimental-dump-help"], env: ["DANVAN_MAN_ASCII": "1"])
        XCTAssertEqual(r.status, 0, r.err)
        XCTAssertTrue(r.out.unicodeScalars.allSatisfy(\.isASCII), "generate-manual drops what is not ASCII")
        XCTAssertTrue(r.out.contains("Tr" + "ZZU1EE3ZZ" + " l" + "ZZU00FDZZ"), "“Trợ lý” as tokens")
        let plain = try run(["--experimental-dump-help"])
        XCTAssertTrue(plain.out.contains("Trợ lý Dân vận"))
    }
}
