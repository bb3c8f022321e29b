import Foundation
import XCTest
@testable import DanVanREPL

/// The history on a full disk and its privacy: the old file survives, the folder is 0700.
final class HistoryDurabilityTests: XCTestCase {
    private var directory: URL!

    override func setUpWithError() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("danvan-history-\(UUID().uuidString)")
    }

    override func tearDown() {
        try? FileManager.default.removeItem(at: directory)
    }

    func testTheFolderIsCreatedPrivate() throws {
        let path = directory.appendingPathComponent("state/danvan/history").path
        try XCTUnwrap(HistoryStore(path: path, limit: 10)).add("x")
        for folder in [directory.appendingPathComponent("state/danvan"), directory.appendingPathComponent("state")] {
            let attributes = try FileManager.default.attributesOfItem(atPath: folder.path)
            XCTAssertEqual((attributes[.posixPermissions] as? NSNumber)?.intValue, 0o700, folder.path)
        }
        let names = try FileManager.default.contentsOfDirectory(atPath: directory.appendingPathComponent("state/danvan").path)
        XCTAssertEqual(names, ["history"], "no temporary file is left")
    }

    /// A tiny tmpfs filled up (root only): the old history stays whole and the warning is given once.
    func testAFullDiskKeepsTheOldHistory() throws {
        let mountPoint = directory.appendingPathComponent("fs")
        try FileManager.default.createDirectory(at: mountPoint, withIntermediateDirectories: true)
        let mount = Process()
        mount.executableURL = URL(fileURLWithPath: "/bin/mount")
        mount.arguments = ["-t", "tmpfs", "-o", "size=64k", "tmpfs", mountPoint.path]
        mount.standardError = FileHandle.nullDevice
        guard getuid() == 0, (try? mount.run()) != nil else {
            print("notice: skipping the full-disk history test (needs root to mount a tmpfs)")
            throw XCTSkip("needs root to mount a tmpfs")
        }
        mount.waitUntilExit()
        guard mount.terminationStatus == 0 else {
            print("notice: skipping the full-disk history test (mount refused)")
            throw XCTSkip("mount refused")
        }
        defer {
            let umount = Process()
            umount.executableURL = URL(fileURLWithPath: "/bin/umount")
            umount.arguments = [mountPoint.path]
            try? umount.run()
            umount.waitUntilExit()
        }
        let path = mountPoint.appendingPathComponent("danvan/history").path
        let store = try XCTUnwrap(HistoryStore(path: path, limit: 1000))
        for n in 1...5 { store.add("câu hỏi số \(n)") }
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        XCTAssertFalse(before.isEmpty)
        // Fill the file system.
        let filler = open(mountPoint.appendingPathComponent("filler").path, O_WRONLY | O_CREAT, 0o600)
        let block = [UInt8](repeating: 0x41, count: 4096)
        while write(filler, block, block.count) > 0 {}
        close(filler)
        store.add(String(repeating: "một câu rất dài ", count: 2000))
        XCTAssertTrue(store.warned)
        XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: path)), before, "the old history is kept whole")
        store.add("câu nữa")
        XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: path)), before)
        let names = try FileManager.default.contentsOfDirectory(atPath: mountPoint.appendingPathComponent("danvan").path)
        XCTAssertEqual(names, ["history"], "the temporary file is removed")
    }
}
