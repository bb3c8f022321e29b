import Foundation
import XCTest

/// Inputs saved from fuzzing (Tests/RobustnessTests/Corpus/<target>/, crashes included) replayed
/// through the same fuzz targets in a normal build (`danvan-fuzz <target> <folder>`), and the crash
/// inputs through the CLI that a person would use.
final class CorpusReplayTests: XCTestCase {
    func replay(_ target: String) throws {
        let folder = Repository.corpus.appendingPathComponent(target)
        let count = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { !$0.hasPrefix(".") }.count
        let cli = try CLI(self)
        let r = try cli.run([target, folder.path], env: ["SWIFT_BACKTRACE": "enable=no"], limit: 60,
                            executable: Repository.binary("danvan-fuzz"))
        XCTAssertEqual(r.status, 0, "an input of \(folder.path) breaks an invariant:\n\(r.stderr.suffix(1500))")
        XCTAssertTrue(r.stdout.contains("\(count) đầu vào"), r.stdout)
    }

    func testQuestionInputs() throws { try replay("question") }

    func testTaskCSVInputs() throws { try replay("tasks-csv") }

    /// The `.xlsx` reader's seeds (a task workbook whole, as its parts, a sheet alone) and what fuzzing saved.
    func testXlsxInputs() throws { try replay("xlsx") }

    /// `danvan tasks import` prints the saved CSV inputs' errors on the terminal without their control
    /// characters (found by fuzzing: headers and dates were echoed raw).
    func testImportErrorsDoNotEchoControlCharacters() throws {
        let cli = try CLI(self)
        let store = cli.home.appendingPathComponent("t.sqlite").path
        let folder = Repository.corpus.appendingPathComponent("tasks-csv")
        var files = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { !$0.hasPrefix(".") }
            .map { folder.appendingPathComponent($0) }
        let header = cli.home.appendingPathComponent("header.csv"), date = cli.home.appendingPathComponent("date.csv")
        try Data("STT,Nội \u{1B}[31mdung,Đơn vị chủ trì\n1,Họp,Phòng Kinh tế\n".utf8).write(to: header)
        try Data("STT,Nội dung nhiệm vụ,Đơn vị chủ trì,Thời gian hoàn thành\n1,Họp,Phòng Kinh tế,a\u{1B}]0;pwned\u{07}b\n".utf8).write(to: date)
        files += [header, date]
        for file in files {
            let r = try cli.run(["tasks", "import", "--today", "2025-09-10", "--store", store, file.path])
            OutputRules.assertClean(r.stdout + r.stderr, "tasks import \(file.lastPathComponent)")
            XCTAssertTrue(OutputRules.isVietnamese(r.stdout + r.stderr), r.stdout + r.stderr)
        }
    }
}
