import Foundation
import XCTest

/// Runs Python scripts as independent readers of danvan's files (icalendar, openpyxl): the package is
/// installed with pip when missing; the test is skipped with a printed notice when it cannot be.
enum PythonTool {
    @discardableResult
    static func run(_ arguments: [String], stdin: String? = nil) throws -> (out: String, err: String, status: Int32) {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = ["python3"] + arguments
        let out = Pipe(), err = Pipe()
        p.standardOutput = out
        p.standardError = err
        try p.run()
        let o = out.fileHandleForReading.readDataToEndOfFile()
        let e = err.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return (String(decoding: o, as: UTF8.self), String(decoding: e, as: UTF8.self), p.terminationStatus)
    }

    /// Makes `module` importable (pip installs `package` when needed), or skips the test with a notice.
    static func require(module: String, package: String) throws {
        if (try? run(["-c", "import \(module)"]))?.status == 0 { return }
        _ = try? run(["-m", "pip", "install", "--quiet", "--user", package])
        guard (try? run(["-c", "import \(module)"]))?.status == 0 else {
            print("NOTICE: Python package \(package) cannot be installed; skipping the independent check.")
            throw XCTSkip("python3 \(package) unavailable")
        }
    }
}
