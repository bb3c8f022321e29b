import DanVanAssistant
import DanVanTasks
import DanVanText
import Foundation
import XCTest

/// The built binary against hostile output targets: existing files, FIFOs, escape sequences in
/// titles, paths and arguments, a full standard output (skipped when danvan was not built).
final class OutputHardeningTests: XCTestCase {
    var binary: URL { BuiltDanvan.binary }

    /// Runs danvan; `stdoutPath` sends standard output to that file (e.g. /dev/full) instead of a pipe.
    func run(_ args: [String], stdoutPath: String? = nil, input: Data? = nil) throws -> (out: String, err: String, status: Int32) {
        try BuiltDanvan.run(args, in: self, stdoutPath: stdoutPath, input: input)
    }

    static let hostile: [Character] = ["\u{1B}", "\u{07}", "\u{202E}", "\u{0}", "\u{9B}"]

    func assertClean(_ text: String, file: StaticString = #filePath, line: UInt = #line) {
        for c in Self.hostile {
            XCTAssertFalse(text.unicodeScalars.contains(c.unicodeScalars.first!), "U+\(String(c.unicodeScalars.first!.value, radix: 16)) in \(text.debugDescription)", file: file, line: line)
        }
    }

    func testExistingReportNeedsForceAndKeepsItsMode() throws {
        let f = try ReportFixture(self)
        let target = try ReportFixture.folder(self).appendingPathComponent("bao-cao.md").path
        try Data("báo cáo cũ".utf8).write(to: URL(fileURLWithPath: target))
        XCTAssertEqual(chmod(target, 0o640), 0)
        let args = ["report", "--store", f.path, "--today", "2025-12-05", "--unit", "phòng kinh tế", "--round", "2", "--output", target]
        let refused = try run(args)
        XCTAssertEqual(refused.status, 2)
        XCTAssertTrue(refused.err.contains("--force"), refused.err)
        XCTAssertEqual(try String(contentsOfFile: target, encoding: .utf8), "báo cáo cũ")
        let forced = try run(args + ["--force"])
        XCTAssertEqual(forced.status, 0, forced.err)
        XCTAssertTrue(try String(contentsOfFile: target, encoding: .utf8).hasPrefix("ỦY BAN NHÂN DÂN"))
        let attributes = try FileManager.default.attributesOfItem(atPath: target)
        XCTAssertEqual((attributes[.posixPermissions] as? NSNumber)?.intValue, 0o640)
    }

    func testFIFOAndFolderTargetsAreRefusedWithoutBlocking() throws {
        let f = try ReportFixture(self)
        let folder = try ReportFixture.folder(self)
        let fifo = folder.appendingPathComponent("ong").path
        XCTAssertEqual(mkfifo(fifo, 0o644), 0)
        for target in [fifo, folder.path] {
            let r = try run(["report", "--store", f.path, "--today", "2025-12-05", "--unit", "phòng kinh tế", "--round", "2",
                             "--output", target, "--force"])
            XCTAssertEqual(r.status, 2)
            XCTAssertTrue(r.err.contains("Không ghi được tệp"), r.err)
        }
        var info = stat()
        XCTAssertEqual(lstat(fifo, &info), 0)
        XCTAssertEqual(info.st_mode & S_IFMT, S_IFIFO)
    }

    func testEscapesFromTitlesPathsAndArgumentsNeverReachTheTerminal() throws {
        let folder = try ReportFixture.folder(self)
        let store = folder.appendingPathComponent("tasks.sqlite").path
        let title = "Họp \u{1B}]52;c;aGVsbG8=\u{07}dân\u{202E}cư \u{1B}[31mđỏ"
        _ = try TaskStore(path: store).add(TaskDraft(title: title, unit: "Phòng Kinh tế", due: CalendarDate(iso: "2025-11-20")),
                                           user: "test", at: Date())
        let report = try run(["report", "--store", store, "--today", "2025-12-05", "--unit", "phòng kinh tế", "--round", "2"])
        XCTAssertEqual(report.status, 0, report.err)
        XCTAssertTrue(report.out.contains("Họp dâncư đỏ"), report.out)
        assertClean(report.out)
        let hostilePath = folder.appendingPathComponent("bc\u{1B}[2J\u{202E}.md").path
        let written = try run(["report", "--store", store, "--today", "2025-12-05", "--unit", "phòng kinh tế", "--round", "2",
                               "--output", hostilePath])
        XCTAssertEqual(written.status, 0, written.err)
        XCTAssertTrue(written.out.hasPrefix("Đã ghi"))
        assertClean(written.out)
        let today = try run(["plans", "--today", "2025\u{1B}]52;c;aGVsbG8=\u{07}"])
        XCTAssertNotEqual(today.status, 0)
        XCTAssertTrue(today.err.contains("--today"), today.err)
        assertClean(today.err)
        let unknown = try run(["plans", "--b\u{1B}[31mad"])
        XCTAssertNotEqual(unknown.status, 0)
        assertClean(unknown.err)
    }

    func testFailedWritesToStandardOutputEndNonZeroWithAMessage() throws {
        guard FileManager.default.fileExists(atPath: "/dev/full") else { throw XCTSkip("no /dev/full") }
        let f = try ReportFixture(self)
        let plan = Repository.root.appendingPathComponent("Data/ke-hoach-dan-van-duong-an-2025.txt").path
        let commands: [[String]] = [
            ["tasks", "export", "--store", f.path],
            ["tasks", "export", "--store", f.path, "--format", "json"],
            ["report", "--store", f.path, "--today", "2025-12-05", "--unit", "phòng kinh tế", "--round", "2"],
            ["ask", "--json", "--store", f.path, "hạn báo cáo lần 1"],
            ["ask", "--store", f.path, "hạn báo cáo lần 1"],
            ["plans"],
            ["import", "--check", plan],
            // Every other command that prints, the newer ones included.
            ["tasks", "list", "--store", f.path],
            ["tasks", "list", "--json", "--store", f.path],
            ["tasks", "show", "1", "--store", f.path],
            ["agenda", "--all", "--store", f.path, "--today", "2025-09-10"],
            ["calendar", "export", "--store", f.path, "--today", "2025-09-10"],
            ["brief", "--unit", "phòng kinh tế", "--store", f.path, "--today", "2025-09-10"],
            ["quiz", "--json", "--count", "3", "--seed", "1"],
            ["quiz", "--count", "1", "--seed", "1"],
            ["config"],
            ["completion", "script", "bash"],
        ]
        for args in commands {
            let r = try run(args, stdoutPath: "/dev/full")
            XCTAssertNotEqual(r.status, 0, args.joined(separator: " "))
            XCTAssertTrue(r.err.contains("Không ghi được ra đầu ra chuẩn"), "\(args): \(r.err)")
            XCTAssertTrue(r.err.contains("đĩa đã đầy"), r.err)
        }
    }

    func testTooLongQuestionsSayTheirRealSize() throws {
        let store = try ReportFixture.folder(self).appendingPathComponent("none.sqlite").path
        let piped = try run(["ask", "--store", store], input: Data(repeating: 0x61, count: 2 * 1024 * 1024) + Data("\n".utf8))
        XCTAssertTrue(piped.out.contains("Câu hỏi quá dài (2,0 MB"), piped.out)
        let marks = try run(["ask", "--store", store, "a" + String(repeating: "\u{301}", count: 10_000)])
        XCTAssertTrue(marks.out.contains("quá dài (10.001 ký tự"), marks.out)
    }

    /// A report written to a full file system (a tiny tmpfs; root only) says so in Vietnamese and
    /// leaves nothing behind.
    func testFullDiskWhileWritingAReportIsWordedInVietnamese() throws {
        let f = try ReportFixture(self)
        let mountPoint = try ReportFixture.folder(self).appendingPathComponent("fs")
        try FileManager.default.createDirectory(at: mountPoint, withIntermediateDirectories: true)
        let mount = Process()
        mount.executableURL = URL(fileURLWithPath: "/bin/mount")
        mount.arguments = ["-t", "tmpfs", "-o", "size=16k", "tmpfs", mountPoint.path]
        mount.standardError = FileHandle.nullDevice
        guard getuid() == 0, (try? mount.run()) != nil else {
            print("notice: skipping the full-disk report test (needs root to mount a tmpfs)")
            throw XCTSkip("needs root")
        }
        mount.waitUntilExit()
        guard mount.terminationStatus == 0 else {
            print("notice: skipping the full-disk report test (mount refused)")
            throw XCTSkip("mount refused")
        }
        defer {
            let umount = Process()
            umount.executableURL = URL(fileURLWithPath: "/bin/umount")
            umount.arguments = [mountPoint.path]
            try? umount.run()
            umount.waitUntilExit()
        }
        // Fill it but for a little room: the report starts to be written, then runs out.
        let filler = mountPoint.appendingPathComponent("filler").path
        let fd = open(filler, O_WRONLY | O_CREAT, 0o600)
        let block = [UInt8](repeating: 0x41, count: 1024)
        while write(fd, block, block.count) > 0 {}
        close(fd)
        let target = mountPoint.appendingPathComponent("bao-cao.docx").path
        let r = try run(["report", "--store", f.path, "--today", "2025-12-05", "--compiled", "--round", "2", "--output", target])
        XCTAssertEqual(r.status, 2)
        XCTAssertTrue(r.err.contains("đĩa đã đầy"), r.err)
        XCTAssertFalse(r.err.contains("There isn't enough space"), r.err)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: mountPoint.path), ["filler"])
    }

    func testAPlanTitleWithEscapesIsPrintedCleanByImport() throws {
        let seed = try String(contentsOf: Repository.root.appendingPathComponent("Data/ke-hoach-dan-van-duong-an-2025.txt"), encoding: .utf8)
        var lines = seed.components(separatedBy: "\n")
        let heading = try XCTUnwrap(lines.prefix(40).firstIndex { $0.trimmingCharacters(in: .whitespaces).hasPrefix("KẾ HOẠCH") })
        lines[heading + 1] += "\u{1B}]52;c;aGVsbG8=\u{07}\u{202E}\u{1B}[31m"
        let file = try ReportFixture.folder(self).appendingPathComponent("hostile.txt")
        try lines.joined(separator: "\n").write(to: file, atomically: true, encoding: .utf8)
        for args in [["import", "--check", file.path], ["import", file.path]] {
            let r = try run(args)
            XCTAssertEqual(r.status, 0, r.err)
            XCTAssertTrue(r.out.contains("Đường An"), r.out)
            assertClean(r.out)
            assertClean(r.err)
        }
    }

    func testAStoreThatCannotBeOpenedEndsAskWithAMessageOnStandardError() throws {
        let folder = try ReportFixture.folder(self)
        let r = try run(["ask", "--store", folder.path, "thêm nhiệm vụ: Họp dân, hạn 15/12/2025"])
        XCTAssertEqual(r.status, 2)
        XCTAssertTrue(r.err.contains("là một thư mục"), r.err)
        XCTAssertFalse(r.err.contains("SQLite"), r.err)
        let question = try run(["ask", "--store", folder.path, "hạn báo cáo lần 1"])
        XCTAssertEqual(question.status, 0, "a question that needs no store still works")
    }
}
