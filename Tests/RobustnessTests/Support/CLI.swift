import Foundation
import XCTest

/// Runs the built `danvan` with a private HOME and XDG folders, standard input as bytes.
struct CLI {
    let home: URL

    init(_ test: XCTestCase) throws {
        home = try Repository.scratch(test)
    }

    var environment: [String: String] {
        var env = ProcessInfo.processInfo.environment.filter { !$0.key.hasPrefix("DANVAN_") && !$0.key.hasPrefix("XDG_") }
        env["HOME"] = home.path
        env["XDG_DATA_HOME"] = home.appendingPathComponent("data").path
        env["XDG_STATE_HOME"] = home.appendingPathComponent("state").path
        env["XDG_CACHE_HOME"] = home.appendingPathComponent("cache").path
        return env
    }

    struct Result {
        var out: Data
        var err: Data
        var status: Int32
        var stdout: String { String(decoding: out, as: UTF8.self) }
        var stderr: String { String(decoding: err, as: UTF8.self) }
    }

    /// Runs `danvan args…`, feeding `input`; `limit` seconds before the process is killed (a hang).
    func run(_ args: [String], input: Data? = nil, env extra: [String: String] = [:], limit: TimeInterval = 30,
             executable: URL = Repository.binary("danvan")) throws -> Result {
        let p = Process()
        p.executableURL = executable
        p.arguments = args
        p.environment = environment.merging(extra) { _, b in b }
        let out = Pipe(), err = Pipe(), stdin = Pipe()
        p.standardOutput = out
        p.standardError = err
        p.standardInput = stdin
        try p.run()
        DispatchQueue.global().async {
            if let input { try? stdin.fileHandleForWriting.write(contentsOf: input) }
            try? stdin.fileHandleForWriting.close()
        }
        let timer = DispatchWorkItem { if p.isRunning { kill(p.processIdentifier, SIGKILL) } }
        DispatchQueue.global().asyncAfter(deadline: .now() + limit, execute: timer)
        let errBox = DataBox()
        let errDone = DispatchSemaphore(value: 0)
        DispatchQueue.global().async {
            errBox.data = err.fileHandleForReading.readDataToEndOfFile()
            errDone.signal()
        }
        let o = out.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        timer.cancel()
        errDone.wait()
        let errData = errBox.data
        XCTAssertNotEqual(p.terminationReason, .uncaughtSignal, "danvan \(args) died of a signal (or ran over \(limit) s)")
        return Result(out: o, err: errData, status: p.terminationStatus)
    }
}

/// Data filled by another thread (read after a semaphore says it is done).
final class DataBox: @unchecked Sendable {
    var data = Data()
}
