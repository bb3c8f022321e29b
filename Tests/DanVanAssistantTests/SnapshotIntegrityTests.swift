import DanVanAssistant
import DanVanIntents
import DanVanKnowledge
import DanVanTasks
import DanVanText
import Foundation
import XCTest

/// A damaged or planted start-up snapshot is never trusted: checksum, regular file, owner.
final class SnapshotIntegrityTests: XCTestCase {
    private var scratch: URL!

    override func setUpWithError() throws {
        scratch = FileManager.default.temporaryDirectory.appendingPathComponent("danvan-snapshot-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: scratch)
    }

    private static let data = Repository.root.appendingPathComponent("Data")
    private static let intents = Repository.root.appendingPathComponent("Intents")
    private static let sources: StartupSnapshot.Contents = try! StartupSnapshot.Contents(
        knowledge: KnowledgeBase.loadSources(dataDirectory: data), intents: IntentCatalog.loadSources(directory: intents),
        tasks: TaskVocabulary(contentsOf: intents.appendingPathComponent("tasks.yaml")))

    private func written() throws -> StartupSnapshot {
        let snapshot = try XCTUnwrap(StartupSnapshot(cacheDirectory: scratch.appendingPathComponent("cache"),
                                                     sourceFolders: [Self.data, Self.intents]))
        snapshot.write(Self.sources)
        XCTAssertNotNil(snapshot.read(), "a snapshot just written is read back")
        return snapshot
    }

    private func edit(_ snapshot: StartupSnapshot, _ change: (inout [UInt8]) -> Void) throws {
        var bytes = [UInt8](try Data(contentsOf: snapshot.file))
        change(&bytes)
        try Data(bytes).write(to: snapshot.file)
    }

    func testFlippedBytesAnywhereAreRejected() throws {
        let snapshot = try written()
        let size = try Data(contentsOf: snapshot.file).count
        for position in [40, size / 3, size / 2, size - 1] {
            let original = try Data(contentsOf: snapshot.file)
            try edit(snapshot) { $0[position] ^= 0x01 }
            XCTAssertNil(snapshot.read(), "flipped byte at \(position)")
            try original.write(to: snapshot.file)
            XCTAssertNotNil(snapshot.read())
        }
    }

    func testSameLengthEditsAreRejectedAndTheSnapshotIsRebuilt() throws {
        let snapshot = try written()
        for (from, to) in [("Phòng Kinh tế", "Phòng Tinh tế"), ("Đường An", "Đường Am")] {
            let a = Array(from.utf8), b = Array(to.utf8)
            XCTAssertEqual(a.count, b.count)
            try edit(snapshot) { bytes in
                guard let i = (0...(bytes.count - a.count)).first(where: { Array(bytes[$0..<($0 + a.count)]) == a }) else {
                    return XCTFail("\(from) is not in the snapshot")
                }
                bytes.replaceSubrange(i..<(i + a.count), with: b)
            }
            XCTAssertNil(snapshot.read(), "edit \(from) → \(to)")
            snapshot.write(Self.sources)
            XCTAssertNotNil(snapshot.read(), "rewritten after the edit")
        }
    }

    func testAFIFOOrALinkAtThePathIsRefusedWithoutBlocking() throws {
        let snapshot = try written()
        let good = scratch.appendingPathComponent("good.bin")
        try FileManager.default.moveItem(at: snapshot.file, to: good)
        XCTAssertEqual(mkfifo(snapshot.file.path, 0o600), 0)
        let started = Date()
        XCTAssertNil(snapshot.read())
        XCTAssertLessThan(Date().timeIntervalSince(started), 5, "no block on the FIFO")
        snapshot.write(Self.sources)
        XCTAssertNotNil(snapshot.read(), "the FIFO is replaced by a fresh snapshot")
        try FileManager.default.removeItem(at: snapshot.file)
        try FileManager.default.createSymbolicLink(at: snapshot.file, withDestinationURL: good)
        XCTAssertNil(snapshot.read(), "a link, even to a valid snapshot, is not followed")
    }

    func testAFileOwnedBySomeoneElseIsRefused() throws {
        guard geteuid() == 0 else { throw XCTSkip("needs root to give the file away") }
        let snapshot = try written()
        XCTAssertEqual(chown(snapshot.file.path, 65534, 65534), 0)
        XCTAssertNil(snapshot.read())
    }

    func testCacheFileChecksumCatchesEveryOneByteChange() {
        let payload = Array("Nhiệm vụ của Phòng Văn hóa - Xã hội, hạn 03/09/2025.".utf8)
        let sealed = CacheFile.seal(payload)
        XCTAssertEqual(CacheFile.unseal(sealed).map(Array.init), payload)
        for i in sealed.indices {
            var copy = sealed
            copy[i] &+= 1
            XCTAssertNil(CacheFile.unseal(copy), "byte \(i)")
        }
        XCTAssertNil(CacheFile.unseal(Array(sealed.dropLast())))
    }
}
