import DanVanText
import Foundation
import XCTest
#if canImport(Glibc)
import Glibc
#endif

/// `SafeFileWriter`: only regular files are written, existing ones only when asked, keeping mode.
final class SafeFileWriterTests: XCTestCase {
    var folder: URL!

    override func setUpWithError() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("safe-writer-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: folder)
    }

    func path(_ name: String) -> String { folder.appendingPathComponent(name).path }

    func kind(_ path: String) -> mode_t {
        var info = stat()
        XCTAssertEqual(lstat(path, &info), 0)
        return info.st_mode & S_IFMT
    }

    func assertRefused(_ target: String, _ expected: SafeFileWriter.Failure, overwrite: Bool = true,
                       file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertThrowsError(try SafeFileWriter.write(Data("x".utf8), to: target, overwrite: overwrite), file: file, line: line) {
            XCTAssertEqual($0 as? SafeFileWriter.Failure, expected, file: file, line: line)
        }
        // No temporary file is left behind.
        let left = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        XCTAssertFalse(left.contains { $0.contains(".danvan-") }, "\(left)", file: file, line: line)
    }

    func testFIFOIsRefusedAndStaysAFIFOWithoutBlocking() throws {
        let fifo = path("ong")
        XCTAssertEqual(mkfifo(fifo, 0o644), 0)
        assertRefused(fifo, .notRegularFile)
        XCTAssertEqual(kind(fifo), S_IFIFO)
        let link = path("link-to-fifo")
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: fifo)
        assertRefused(link, .notRegularFile)
        XCTAssertEqual(kind(link), S_IFLNK)
        XCTAssertEqual(kind(fifo), S_IFIFO)
    }

    func testSocketAndDeviceAreRefused() throws {
        let socketPath = path("s")
        let fd = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0)
        XCTAssertGreaterThanOrEqual(fd, 0)
        defer { close(fd) }
        var address = sockaddr_un()
        address.sun_family = sa_family_t(AF_UNIX)
        withUnsafeMutableBytes(of: &address.sun_path) { raw in
            let bytes = Array(socketPath.utf8)
            raw.copyBytes(from: bytes.prefix(raw.count - 1))
        }
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, socklen_t(MemoryLayout<sockaddr_un>.size)) }
        }
        XCTAssertEqual(bound, 0)
        assertRefused(socketPath, .notRegularFile)
        XCTAssertEqual(kind(socketPath), S_IFSOCK)
        // A character device, only when one can be made in a temporary folder (root, not nodev).
        let device = path("null-like")
        if mknod(device, S_IFCHR | 0o666, dev_t((1 << 8) | 3)) == 0 {
            assertRefused(device, .notRegularFile)
            XCTAssertEqual(kind(device), S_IFCHR)
        } else {
            print("notice: no device node can be made in \(folder.path); the device case is covered by the FIFO and socket")
        }
    }

    func testFolderDanglingLinkAndMissingFolderAreRefused() throws {
        assertRefused(folder.path, .isDirectory)
        let dangling = path("dangling")
        try FileManager.default.createSymbolicLink(atPath: dangling, withDestinationPath: path("nowhere"))
        assertRefused(dangling, .danglingLink)
        XCTAssertFalse(FileManager.default.fileExists(atPath: path("nowhere")))
        assertRefused(path("no-folder/x.md"), .noFolder)
    }

    func testExistingFileNeedsOverwriteAndKeepsItsMode() throws {
        let target = path("bao-cao.md")
        try Data("cũ".utf8).write(to: URL(fileURLWithPath: target))
        XCTAssertEqual(chmod(target, 0o640), 0)
        assertRefused(target, .exists, overwrite: false)
        XCTAssertEqual(try String(contentsOfFile: target, encoding: .utf8), "cũ")
        try SafeFileWriter.write(Data("mới".utf8), to: target, overwrite: true)
        XCTAssertEqual(try String(contentsOfFile: target, encoding: .utf8), "mới")
        var info = stat()
        XCTAssertEqual(stat(target, &info), 0)
        XCTAssertEqual(info.st_mode & 0o7777, 0o640)
        XCTAssertEqual(info.st_uid, geteuid())
    }

    func testSymlinkToARegularFileWritesThroughAndStaysALink() throws {
        let real = path("that.md")
        try Data("cũ".utf8).write(to: URL(fileURLWithPath: real))
        XCTAssertEqual(chmod(real, 0o600), 0)
        let link = path("this.md")
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: real)
        try SafeFileWriter.write(Data("mới".utf8), to: link, overwrite: true)
        XCTAssertEqual(kind(link), S_IFLNK)
        XCTAssertEqual(try String(contentsOfFile: real, encoding: .utf8), "mới")
        var info = stat()
        XCTAssertEqual(stat(real, &info), 0)
        XCTAssertEqual(info.st_mode & 0o7777, 0o600)
    }

    func testNewFileGetsTheUmaskMode() throws {
        let old = umask(0o027)
        defer { umask(old) }
        let target = path("moi.md")
        try SafeFileWriter.write(Data("x".utf8), to: target, overwrite: false)
        var info = stat()
        XCTAssertEqual(stat(target, &info), 0)
        XCTAssertEqual(info.st_mode & 0o7777, 0o640)
    }

    func testFullDeviceReportsDiskFull() throws {
        let fd = open("/dev/full", O_WRONLY)
        guard fd >= 0 else { throw XCTSkip("no /dev/full") }
        defer { close(fd) }
        XCTAssertThrowsError(try SafeFileWriter.writeAll(Data("x".utf8), to: fd)) {
            XCTAssertEqual($0 as? SafeFileWriter.Failure, .diskFull)
            XCTAssertTrue(($0 as? SafeFileWriter.Failure)?.reason.contains("đĩa đã đầy") ?? false)
        }
    }
}
