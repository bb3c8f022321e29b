import Foundation
import XCTest

/// The danvan executable built beside the tests, run as a person runs it: a fresh HOME and data and
/// state folders, the repository's `Data/` and `Intents/`, no store or config from the environment.
/// Tests that need it are skipped when it was not built.
enum BuiltDanvan {
    static var binary: URL {
        let exe = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
        return URL(fileURLWithPath: exe).deletingLastPathComponent().appendingPathComponent("danvan")
    }

    /// Runs danvan with `args`; `stdoutPath` sends standard output to that file (e.g. /dev/full) instead
    /// of a pipe; `input` is written to its standard input.
    static func run(_ args: [String], in test: XCTestCase, environment extra: [String: String] = [:], stdoutPath: String? = nil,
                    input: Data? = nil) throws -> (out: String, err: String, status: Int32) {
        guard FileManager.default.isExecutableFile(atPath: binary.path) else { throw XCTSkip("danvan is not built") }
        let home = try ReportFixture.folder(test)
        let p = Process()
        p.executableURL = binary
        p.arguments = args
        var env = ProcessInfo.processInfo.environment
        env["HOME"] = home.path
        env["XDG_DATA_HOME"] = home.appendingPathComponent("data").path
        env["XDG_STATE_HOME"] = home.appendingPathComponent("state").path
        env.removeValue(forKey: "DANVAN_STORE")
        env.removeValue(forKey: "DANVAN_CONFIG")
        env["DANVAN_HOME"] = Repository.root.path
        env.merge(extra) { $1 }
        p.environment = env
        let out = Pipe(), err = Pipe()
        p.standardOutput = try stdoutPath.map { try FileHandle(forWritingTo: URL(fileURLWithPath: $0)) } ?? out
        p.standardError = err
        let stdin = Pipe()
        p.standardInput = input == nil ? FileHandle.nullDevice : stdin
        try p.run()
        if let input {
            DispatchQueue.global().async {
                try? stdin.fileHandleForWriting.write(contentsOf: input)
                try? stdin.fileHandleForWriting.close()
            }
        }
        let o = stdoutPath == nil ? out.fileHandleForReading.readDataToEndOfFile() : Data()
        let e = err.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return (String(decoding: o, as: UTF8.self), String(decoding: e, as: UTF8.self), p.terminationStatus)
    }
}
