import Foundation
import XCTest

/// Without a terminal on stdin the REPL reads plain lines: no prompt, no colour, no history file.
final class PipedInputTests: XCTestCase {
    func testPipedLinesAreAnsweredPlainly() throws {
        let launcher = try FixtureLauncher()
        let process = Process()
        process.executableURL = URL(fileURLWithPath: launcher.fixture)
        process.arguments = ["--color", "auto"]
        process.environment = launcher.environment()
        let input = Pipe()
        let output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        try process.run()
        input.fileHandleForWriting.write(Data("hạn báo cáo\n\n  văn bản  \nthoát\nkhông tới\n".utf8))
        try input.fileHandleForWriting.close()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        XCTAssertEqual(process.terminationStatus, 0)
        XCTAssertEqual(text, "Đã nhận\nECHO[hạn báo cáo]\nĐã nhận\nECHO[văn bản]\n")
        XCTAssertFalse(FileManager.default.fileExists(atPath: launcher.historyFile.path))
    }
}
