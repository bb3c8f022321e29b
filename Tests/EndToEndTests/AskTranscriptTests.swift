import Foundation
import XCTest

/// Runs the built `danvan` binary as a person or a script would, through `ask`.
final class AskTranscriptTests: XCTestCase {
    static var binary: URL {
        let exe = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
        return URL(fileURLWithPath: exe).deletingLastPathComponent().appendingPathComponent("danvan")
    }

    var home: URL!

    override func setUpWithError() throws {
        home = FileManager.default.temporaryDirectory.appendingPathComponent("danvan-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: home)
    }

    @discardableResult
    func run(_ args: [String], stdin: String? = nil, env extra: [String: String] = [:]) throws -> (out: String, err: String, status: Int32) {
        let p = Process()
        p.executableURL = Self.binary
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
        p.executableURL = Self.binary
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
        p.executableURL = Self.binary
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

    func testMissingDataFolderGivesAClearError() throws {
        let r = try run(["ask", "--data", home.appendingPathComponent("nowhere").path, "hạn báo cáo"])
        XCTAssertNotEqual(r.status, 0)
        XCTAssertTrue(r.err.contains("dữ liệu"), r.err)
    }
}
