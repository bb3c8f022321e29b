import Foundation
import XCTest

/// The plan index in the cache folder is trusted only while it is what danvan wrote: a byte flipped,
/// an edit of the same length, a FIFO or a link at its path — each time it is built again and the
/// answer is the one the saved plans give. It follows the library: what `import` saves, and what is
/// removed or copied into the folder by hand.
final class PlanIndexIntegrityTests: XCTestCase {
    var cli: CLI!
    var cache: URL { cli.home.appendingPathComponent("cache/danvan") }

    override func setUpWithError() throws {
        cli = try CLI(self)
        let fixtures = Repository.root.appendingPathComponent("Tests/DanVanKnowledgeTests/Fixtures")
        let plans = ["can-tho-157-kh-ubnd-2025.txt", "bac-ninh-144-kh-ubnd-2025.txt"].map { fixtures.appendingPathComponent($0).path }
        let imported = try cli.run(["import"] + plans)
        XCTAssertEqual(imported.status, 0, imported.stderr)
    }

    /// The index file (one per library).
    func indexPath() throws -> String {
        let names = try FileManager.default.contentsOfDirectory(atPath: cache.path).filter { $0.hasPrefix("plans-") && $0.hasSuffix(".sqlite") }
        XCTAssertEqual(names.count, 1, "\(names)")
        return cache.appendingPathComponent(try XCTUnwrap(names.first)).path
    }

    /// `danvan plans`, which lists the saved plans from the index.
    func listing(file: StaticString = #filePath, line: UInt = #line) throws -> String {
        let r = try cli.run(["plans"], limit: 20)
        XCTAssertEqual(r.status, 0, r.stderr, file: file, line: line)
        return r.stdout
    }

    /// Replaces every occurrence of `old` by `new` (same length) in the file's bytes; returns how many.
    @discardableResult
    func edit(_ path: String, _ old: String, _ new: String) throws -> Int {
        let a = Array(old.utf8), b = Array(new.utf8)
        precondition(a.count == b.count)
        var bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
        var count = 0
        var i = 0
        while i + a.count <= bytes.count {
            if bytes[i..<(i + a.count)].elementsEqual(a) { bytes.replaceSubrange(i..<(i + a.count), with: b); count += 1; i += a.count } else { i += 1 }
        }
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        return count
    }

    func testASameLengthEditOfTheIndexIsNotBelieved() throws {
        let before = try listing()
        XCTAssertTrue(before.contains("157/KH-UBND") && before.contains("144/KH-UBND"), before)
        // The plan's number as the index stores it, changed to another of the same length.
        XCTAssertGreaterThan(try edit(try indexPath(), "157/KH-UBND", "951/KH-UBND"), 0)
        let after = try listing()
        XCTAssertTrue(after.contains("157/KH-UBND"), after)
        XCTAssertFalse(after.contains("951/KH-UBND"), "the edited index was believed:\n\(after)")
        XCTAssertEqual(after, before)
        // Rebuilt and sealed again: the next run trusts it and answers the same.
        XCTAssertEqual(try listing(), before)
    }

    func testFlippedBytesAnywhereInTheIndexAreNotBelieved() throws {
        let before = try listing()
        let path = try indexPath()
        let size = try XCTUnwrap(try FileManager.default.attributesOfItem(atPath: path)[.size] as? NSNumber).intValue
        for offset in [size / 3, size / 2, size - 10] {
            let handle = try XCTUnwrap(FileHandle(forUpdatingAtPath: path))
            try handle.seek(toOffset: UInt64(offset))
            let old = try XCTUnwrap(handle.readData(ofLength: 1).first)
            try handle.seek(toOffset: UInt64(offset))
            handle.write(Data([old ^ 0x20]))
            try handle.close()
            XCTAssertEqual(try listing(), before, "a byte flipped at \(offset)")
        }
    }

    func testAFIFOOrALinkAtTheIndexPathIsReplacedWithoutBlocking() throws {
        let before = try listing()
        let path = try indexPath()
        // A FIFO: SQLite would block opening it; danvan must not even try.
        XCTAssertEqual(unlink(path), 0)
        XCTAssertEqual(mkfifo(path, 0o600), 0)
        XCTAssertEqual(try listing(), before)
        var info = stat()
        XCTAssertEqual(lstat(path, &info), 0)
        XCTAssertEqual(info.st_mode & S_IFMT, S_IFREG, "rebuilt as a regular file")
        // A link to an index of someone's making (here: an edited copy with its checksum file copied too).
        let planted = cli.home.appendingPathComponent("planted.sqlite").path
        try FileManager.default.copyItem(atPath: path, toPath: planted)
        try edit(planted, "144/KH-UBND", "951/KH-UBND")
        XCTAssertEqual(unlink(path), 0)
        try FileManager.default.createSymbolicLink(atPath: path, withDestinationPath: planted)
        let after = try listing()
        XCTAssertEqual(after, before)
        XCTAssertEqual(lstat(path, &info), 0)
        XCTAssertEqual(info.st_mode & S_IFMT, S_IFREG, "the link was replaced by a rebuilt index")
        XCTAssertTrue(try String(contentsOfFile: planted, encoding: .isoLatin1).contains("951/KH-UBND"), "the link's target is left alone")
    }

    /// The importer keeps the index in step itself; a plan file removed or copied in by hand is seen by the next run too.
    func testAnImportAndChangesMadeByHandAreSeenByTheNextProcess() throws {
        let fixtures = Repository.root.appendingPathComponent("Tests/DanVanKnowledgeTests/Fixtures")
        let imported = try cli.run(["import", fixtures.appendingPathComponent("dong-nai-179-kh-ubnd-2025.txt").path])
        XCTAssertEqual(imported.status, 0, imported.stderr)
        XCTAssertTrue(try listing().contains("179/KH-UBND"))
        let folder = cli.home.appendingPathComponent("data/danvan/plans")
        let saved = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".json") }
        let canTho = try XCTUnwrap(saved.first { name in
            (try? String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8))?.contains("157/KH-UBND") == true
        })
        let bytes = try Data(contentsOf: folder.appendingPathComponent(canTho))
        XCTAssertEqual(unlink(folder.appendingPathComponent(canTho).path), 0)
        let removed = try listing()
        XCTAssertFalse(removed.contains("157/KH-UBND"), removed)
        XCTAssertTrue(removed.contains("179/KH-UBND") && removed.contains("144/KH-UBND"), removed)
        try bytes.write(to: folder.appendingPathComponent("copied-back.json"))
        XCTAssertTrue(try listing().contains("157/KH-UBND"))
    }

    func testTheChecksumFileAndTheLockArePrivateAndAMissingChecksumRebuilds() throws {
        let before = try listing()
        let path = try indexPath()
        for suffix in [".sum", ".lock"] {
            var info = stat()
            XCTAssertEqual(lstat(path + suffix, &info), 0, suffix)
            XCTAssertEqual(info.st_mode & S_IFMT, S_IFREG, suffix)
        }
        var lock = stat()
        XCTAssertEqual(lstat(path + ".lock", &lock), 0)
        XCTAssertEqual(lock.st_mode & 0o777, 0o600)
        // An index without its checksum (an older danvan's, or a copy): not trusted, rebuilt.
        try edit(path, "144/KH-UBND", "951/KH-UBND")
        XCTAssertEqual(unlink(path + ".sum"), 0)
        XCTAssertEqual(try listing(), before)
    }
}
