import Foundation
import XCTest

/// Runs the built `danvan` binary with a private HOME and XDG folders.
final class DanvanRunner {
    static var binary: URL {
        let exe = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
        return URL(fileURLWithPath: exe).deletingLastPathComponent().appendingPathComponent("danvan")
    }

    let home: URL

    init() throws {
        home = FileManager.default.temporaryDirectory.appendingPathComponent("danvan-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: home) }

    @discardableResult
    func run(_ args: [String], stdin: String? = nil, env extra: [String: String] = [:]) throws -> (out: String, err: String, status: Int32) {
        let p = Process()
        p.executableURL = DanvanRunner.binary
        p.arguments = args
        var env = ProcessInfo.processInfo.environment
        env["HOME"] = home.path
        env["XDG_DATA_HOME"] = home.appendingPathComponent("data").path
        env["XDG_STATE_HOME"] = home.appendingPathComponent("state").path
        env.removeValue(forKey: "DANVAN_STORE")
        for (k, v) in extra { env[k] = v }
        p.environment = env
        let out = Pipe(), err = Pipe(), input = Pipe()
        p.standardOutput = out
        p.standardError = err
        p.standardInput = input
        try p.run()
        if let stdin { input.fileHandleForWriting.write(Data(stdin.utf8)) }
        try input.fileHandleForWriting.close()
        let o = out.fileHandleForReading.readDataToEndOfFile()
        let e = err.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return (String(decoding: o, as: UTF8.self), String(decoding: e, as: UTF8.self), p.terminationStatus)
    }

    func json(_ line: Substring) throws -> [String: Any] {
        try XCTUnwrap(JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
    }
}

/// `ask` as a person or a script runs it.
final class AskTranscriptTests: XCTestCase {
    var runner: DanvanRunner!
    var home: URL { runner.home }

    override func setUpWithError() throws { runner = try DanvanRunner() }
    override func tearDown() { runner = nil }

    @discardableResult
    func run(_ args: [String], stdin: String? = nil, env extra: [String: String] = [:]) throws -> (out: String, err: String, status: Int32) {
        try runner.run(args, stdin: stdin, env: extra)
    }

    func json(_ line: Substring) throws -> [String: Any] { try runner.json(line) }

    func testJSONAnswerHasTheMachineInterfaceFields() throws {
        let r = try run(["ask", "--json", "--today", "2025-08-25", "--store", home.appendingPathComponent("t.sqlite").path,
                         "còn mấy ngày nữa đến hạn báo cáo lần 1"])
        XCTAssertEqual(r.status, 0, r.err)
        let lines = r.out.split(separator: "\n")
        XCTAssertEqual(lines.count, 1)
        let o = try json(lines[0])
        XCTAssertEqual(o["intent"] as? String, "report.deadline")
        XCTAssertEqual((o["slots"] as? [String: Any])?["round"] as? String, "1")
        let confidence = try XCTUnwrap(o["confidence"] as? Double)
        XCTAssertTrue((0...1).contains(confidence))
        let answer = try XCTUnwrap(o["answer"] as? String)
        XCTAssertTrue(answer.contains("còn 9 ngày"))
        XCTAssertFalse(answer.contains("\u{1B}["), "no colour in JSON")
    }

    func testStdinLinesKeepContextLikeTheREPL() throws {
        let r = try run(["ask", "--json"], stdin: "nghị định 59\n\ncòn nghị định 61?\nban hành ngày nào\n")
        XCTAssertEqual(r.status, 0, r.err)
        let lines = r.out.split(separator: "\n")
        XCTAssertEqual(lines.count, 3, "the empty line is skipped")
        XCTAssertTrue((try json(lines[2])["answer"] as? String)?.contains("16/08/2023") ?? false)
    }

    func testPipedInputWithoutSubcommandBehavesLikeAsk() throws {
        let r = try run(["--today", "2025-08-25"], stdin: "hạn báo cáo lần 2\n")
        XCTAssertEqual(r.status, 0, r.err)
        XCTAssertTrue(r.out.contains("02/12/2025"))
        XCTAssertTrue(r.out.contains("Nguồn: "))
        XCTAssertFalse(r.out.contains("\u{1B}["))
    }

    func testAskParsedAloneKeepsTheFullCommandsHelpAndErrors() throws {
        // `ask` is parsed without the root command for speed; help and refusals must not change.
        let help = try run(["ask", "--help"])
        XCTAssertEqual(help.status, 0)
        XCTAssertTrue(help.out.contains("CÁCH DÙNG: danvan ask"), help.out)
        let unknown = try run(["ask", "--khong-co", "hạn báo cáo"])
        XCTAssertEqual(unknown.status, 64)
        XCTAssertTrue(unknown.err.contains("danvan ask"), unknown.err)
        let answer = try run(["ask", "--today", "2025-08-25", "--", "hạn báo cáo"])
        XCTAssertEqual(answer.status, 0, answer.err)
        XCTAssertTrue(answer.out.contains("02/12/2025"), answer.out)
    }

    func testBadTodayIsRefusedInVietnamese() throws {
        let r = try run(["ask", "--today", "2025-02-31", "hạn báo cáo"])
        XCTAssertNotEqual(r.status, 0)
        XCTAssertTrue(r.err.contains("không hợp lệ"), r.err)
    }

    func testInvalidUTF8AndControlCharactersDoNotCrash() throws {
        var bytes = Data("hạn báo cáo\n".utf8)
        bytes.append(contentsOf: [0xFF, 0xFE, 0x0A])
        bytes.append(Data("\u{1B}[31mchỉ thị 33\n".utf8))
        let p = Process()
        p.executableURL = DanvanRunner.binary
        p.arguments = ["ask", "--json"]
        p.environment = ["HOME": home.path, "XDG_DATA_HOME": home.path]
        let out = Pipe(), input = Pipe()
        p.standardOutput = out
        p.standardInput = input
        try p.run()
        input.fileHandleForWriting.write(bytes)
        try input.fileHandleForWriting.close()
        let o = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        p.waitUntilExit()
        XCTAssertEqual(p.terminationStatus, 0)
        let lines = o.split(separator: "\n")
        XCTAssertEqual(lines.count, 3)
        XCTAssertTrue((try json(lines[1])["answer"] as? String)?.contains("UTF-8") ?? false)
        XCTAssertTrue((try json(lines[2])["answer"] as? String)?.contains("26/11/2021") ?? false)
    }

    func testWorksFromAnyWorkingDirectory() throws {
        let p = Process()
        p.executableURL = DanvanRunner.binary
        p.arguments = ["ask", "hạn báo cáo"]
        p.currentDirectoryURL = home
        p.environment = ["HOME": home.path]
        let out = Pipe()
        p.standardOutput = out
        try p.run()
        let o = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        p.waitUntilExit()
        XCTAssertEqual(p.terminationStatus, 0)
        XCTAssertTrue(o.contains("03/09/2025"))
    }

    func testADataFolderWithOnlyAPlanTextIsImportedOnTheFly() throws {
        let data = home.appendingPathComponent("data-folder")
        try FileManager.default.createDirectory(at: data, withIntermediateDirectories: true)
        let plan = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("DanVanKnowledgeTests/Fixtures/bacninh-141-kh-ubnd-2025-nang-luc-xay-dung-phap-luat.txt")
        try FileManager.default.copyItem(at: plan, to: data.appendingPathComponent("ke-hoach-141.txt"))
        let r = try run(["ask", "--json", "--data", data.path, "--today", "2025-11-25"], stdin: "ai ký kế hoạch\nhạn báo cáo\n")
        XCTAssertEqual(r.status, 0, r.err)
        let lines = r.out.split(separator: "\n")
        XCTAssertTrue((try json(lines[0])["answer"] as? String)?.contains("Phạm Văn Thịnh") ?? false, r.out)
        XCTAssertTrue((try json(lines[1])["answer"] as? String)?.contains("15/11/2026") ?? false, r.out)
    }

    func testTheStartupSnapshotFollowsEditsToTheData() throws {
        let data = home.appendingPathComponent("data-folder")
        try FileManager.default.createDirectory(at: data, withIntermediateDirectories: true)
        let source = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("DanVanKnowledgeTests/Fixtures/bacninh-141-kh-ubnd-2025-nang-luc-xay-dung-phap-luat.txt")
        let plan = data.appendingPathComponent("ke-hoach-141.txt")
        try FileManager.default.copyItem(at: source, to: plan)
        let ask = ["ask", "--data", data.path, "--today", "2025-11-25", "ai ký kế hoạch"]

        let first = try run(ask)
        XCTAssertTrue(first.out.contains("Phạm Văn Thịnh"), first.out)
        let cache = home.appendingPathComponent(".cache/danvan")
        let snapshots = try FileManager.default.contentsOfDirectory(atPath: cache.path).filter { $0.hasPrefix("startup-") }
        XCTAssertEqual(snapshots.count, 1, "the first run leaves a snapshot")
        XCTAssertEqual(try run(ask).out, first.out, "the second run answers the same from the snapshot")

        // A damaged snapshot is ignored and written anew.
        let file = cache.appendingPathComponent(snapshots[0])
        let good = try Data(contentsOf: file)
        try Data(good.prefix(good.count / 3) + Data(repeating: 0xFF, count: 64)).write(to: file)
        let repaired = try run(ask)
        XCTAssertEqual(repaired.status, 0, repaired.err)
        XCTAssertEqual(repaired.out, first.out)
        XCTAssertEqual(try Data(contentsOf: file).count, good.count, "the snapshot is rewritten whole")

        // The signer renamed in the plan text: the next run sees it, not the snapshot's copy.
        let text = try String(contentsOf: plan, encoding: .utf8)
        try text.replacingOccurrences(of: "Phạm Văn Thịnh", with: "Trần Thị Mai").write(to: plan, atomically: true, encoding: .utf8)
        let edited = try run(ask)
        XCTAssertTrue(edited.out.contains("Trần Thị Mai"), edited.out)
        XCTAssertFalse(edited.out.contains("Phạm Văn Thịnh"), edited.out)

        // Without a cache (DANVAN_NO_CACHE) the answer is the same, and no snapshot is read or written.
        try FileManager.default.removeItem(at: cache)
        XCTAssertEqual(try run(ask, env: ["DANVAN_NO_CACHE": "1"]).out, edited.out)
        XCTAssertFalse(FileManager.default.fileExists(atPath: cache.path))
    }

    func testMissingDataFolderGivesAClearError() throws {
        let r = try run(["ask", "--data", home.appendingPathComponent("nowhere").path, "hạn báo cáo"])
        XCTAssertNotEqual(r.status, 0)
        XCTAssertTrue(r.err.contains("dữ liệu"), r.err)
    }
}

/// A task session through `ask`, one process per step as a script would run it, one store.
final class TaskSessionTranscriptTests: XCTestCase {
    func testAddCompleteListUndoAcrossProcesses() throws {
        let t = try DanvanRunner()
        let store = t.home.appendingPathComponent("tasks.sqlite").path
        let base = ["ask", "--json", "--store", store]
        let add = try t.run(base + ["--today", "2025-09-10",
                                    "them nhiem vu Tuyen truyen tren loa truyen thanh giao ttsnc han 20/10"])
        XCTAssertEqual(add.status, 0, add.err)
        let added = try t.json(add.out.split(separator: "\n")[0])
        XCTAssertEqual(added["intent"] as? String, "task.add")
        let task = try XCTUnwrap((added["tasks"] as? [[String: Any]])?.first)
        let id = try XCTUnwrap(task["id"] as? Int)
        XCTAssertEqual(task["due"] as? String, "2025-10-20")
        XCTAssertEqual(task["unit"] as? String, "Trung tâm sự nghiệp công xã")
        XCTAssertTrue((added["answer"] as? String)?.contains("#\(id)") ?? false)

        let duties = try t.run(base + ["nhiệm vụ của trung tâm sự nghiệp công"])
        XCTAssertTrue(duties.out.contains("loa truyen thanh") || duties.out.contains("loa truyền thanh") || duties.out.contains("Tuyen truyen"), duties.out)

        let done = try t.run(base + ["--today", "2025-09-12", "xong nhiệm vụ \(id)"])
        XCTAssertEqual(try t.json(done.out.split(separator: "\n")[0])["intent"] as? String, "task.done")
        let listDone = try t.run(base + ["nhiệm vụ đã hoàn thành"])
        XCTAssertTrue(listDone.out.contains("#\(id)"), listDone.out)

        // Undo in a new process reopens it.
        let undo = try t.run(base + ["hoàn tác"])
        XCTAssertEqual(try t.json(undo.out.split(separator: "\n")[0])["intent"] as? String, "task.undo")
        let open = try t.run(base + ["--today", "2025-09-12", "nhiệm vụ chưa hoàn thành"])
        XCTAssertTrue(open.out.contains("#\(id)"), open.out)

        let bad = try t.run(base + ["thêm nhiệm vụ Họp tổ dân vận, giao Phòng VH-XH, hạn 31/02/2025"])
        XCTAssertTrue((try t.json(bad.out.split(separator: "\n")[0])["answer"] as? String)?.contains("31/02/2025") ?? false, bad.out)
        let all = try t.run(base + ["danh sách nhiệm vụ"])
        XCTAssertFalse(all.out.contains("Họp tổ dân vận"), "a refused add changes nothing")
    }
}
