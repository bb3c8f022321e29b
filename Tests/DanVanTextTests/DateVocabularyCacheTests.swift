@testable import DanVanText
import Foundation
import XCTest

/// The date vocabulary's cache (`dates-….bin`) is trusted as the other caches are: a flipped byte, an
/// edit of the same length, a FIFO or a link at its path — the vocabulary is decoded from YAML again.
final class DateVocabularyCacheTests: XCTestCase {
    private var cache: URL!
    private let yaml = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Intents/dates.yaml")

    override func setUpWithError() throws {
        cache = FileManager.default.temporaryDirectory.appendingPathComponent("danvan-dates-\(UUID().uuidString)/cache")
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: cache.deletingLastPathComponent())
    }

    private var entry: String {
        cache.appendingPathComponent("dates-\(DateVocabularyCache.key(for: yaml.path)!).bin").path
    }

    private func load() throws -> DateVocabulary { try DateVocabularyCache.load(yaml, cacheDirectory: cache) }

    func testTheCacheIsPrivateSealedAndReadBack() throws {
        let fresh = try DateVocabulary(contentsOf: yaml)
        XCTAssertEqual(try load(), fresh)
        var info = stat()
        XCTAssertEqual(stat(cache.path, &info), 0)
        XCTAssertEqual(info.st_mode & 0o777, 0o700, "the cache folder is private")
        let bytes = try XCTUnwrap(CacheFile.read(entry))
        XCTAssertNotNil(CacheFile.unseal(bytes), "written with its checksum")
        XCTAssertEqual(try load(), fresh)
    }

    func testEditedBytesAreNotBelieved() throws {
        let fresh = try DateVocabulary(contentsOf: yaml)
        _ = try load()
        // A same-length edit of one of the words (each word of the vocabulary is in the file as UTF-8).
        let word = Array(try XCTUnwrap(fresh.monthWords.first { $0.utf8.count >= 4 }).utf8)
        var bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: entry)))
        let at = try XCTUnwrap((0...(bytes.count - word.count)).first { bytes[$0..<($0 + word.count)].elementsEqual(word) })
        bytes[at] = bytes[at] == 0x78 ? 0x79 : 0x78
        try Data(bytes).write(to: URL(fileURLWithPath: entry))
        XCTAssertEqual(try load(), fresh, "a same-length edit")
        // A flipped bit in the middle, then at the end.
        for offset in [bytes.count / 2, bytes.count - 1] {
            var b = [UInt8](try Data(contentsOf: URL(fileURLWithPath: entry)))
            b[offset] ^= 0x01
            try Data(b).write(to: URL(fileURLWithPath: entry))
            XCTAssertEqual(try load(), fresh, "a bit flipped at \(offset)")
        }
    }

    func testAFIFOOrALinkAtThePathIsNotReadNorFollowed() throws {
        let fresh = try DateVocabulary(contentsOf: yaml)
        _ = try load()
        unlink(entry)
        XCTAssertEqual(mkfifo(entry, 0o600), 0)
        let started = Date()
        XCTAssertEqual(try load(), fresh)
        XCTAssertLessThan(Date().timeIntervalSince(started), 2, "a FIFO did not block")
        var info = stat()
        XCTAssertEqual(lstat(entry, &info), 0)
        XCTAssertEqual(info.st_mode & S_IFMT, S_IFREG, "replaced by a regular file")
        // A link to a file elsewhere: not read, and not written through.
        let elsewhere = cache.deletingLastPathComponent().appendingPathComponent("elsewhere.bin")
        try Data("untouched".utf8).write(to: elsewhere)
        unlink(entry)
        XCTAssertEqual(symlink(elsewhere.path, entry), 0)
        XCTAssertEqual(try load(), fresh)
        XCTAssertEqual(try String(contentsOf: elsewhere, encoding: .utf8), "untouched")
    }
}
