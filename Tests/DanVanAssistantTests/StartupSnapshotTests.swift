import DanVanAssistant
import DanVanIntents
import DanVanKnowledge
import DanVanTasks
import DanVanText
import Foundation
import XCTest

/// The start-up snapshot gives back exactly what the sources decode to, and only while they are unchanged.
final class StartupSnapshotTests: XCTestCase {
    private var scratch: URL!

    override func setUpWithError() throws {
        scratch = FileManager.default.temporaryDirectory.appendingPathComponent("danvan-snapshot-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: scratch)
    }

    private var data: URL { Repository.root.appendingPathComponent("Data") }
    private var intents: URL { Repository.root.appendingPathComponent("Intents") }

    /// The repository's sources, decoded the slow way (YAML and JSON, no cache).
    private func decodedSources() throws -> StartupSnapshot.Contents {
        StartupSnapshot.Contents(knowledge: try KnowledgeBase.loadSources(dataDirectory: data),
                                 intents: try IntentCatalog.loadSources(directory: intents),
                                 tasks: try TaskVocabulary(contentsOf: intents.appendingPathComponent("tasks.yaml")))
    }

    /// JSON with sorted keys: equal values give equal bytes, for types that are not Equatable.
    private func json<T: Encodable>(_ value: T) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    private func roundTrip<T: SnapshotCodable>(_ value: T) throws -> T {
        var writer = SnapshotWriter()
        writer.write(value)
        var reader = SnapshotReader(writer.bytes)
        let copy = try reader.read(T.self)
        XCTAssertTrue(reader.isAtEnd, "every byte written is read back")
        return copy
    }

    func testEveryFieldSurvivesARoundTrip() throws {
        let sources = try decodedSources()
        let copy = try roundTrip(sources)
        XCTAssertEqual(copy.knowledge, sources.knowledge)
        XCTAssertFalse(sources.knowledge.plans.isEmpty)
        XCTAssertEqual(try json(copy.intents.definitions), try json(sources.intents.definitions))
        XCTAssertEqual(try json(copy.intents.vocabulary), try json(sources.intents.vocabulary))
        XCTAssertEqual(try json(copy.tasks), try json(sources.tasks))
    }

    func testImportedPlansOfOtherLayoutsSurviveARoundTrip() throws {
        // Plans with signers, recurring deadlines and roles the seed plan lacks.
        let fixtures = Repository.root.appendingPathComponent("Tests/DanVanKnowledgeTests/Fixtures")
        let importer = try PlanImporter(dataDirectory: data)
        let names = try FileManager.default.contentsOfDirectory(atPath: fixtures.path).filter { $0.hasSuffix(".txt") }
        XCTAssertGreaterThan(names.count, 3)
        for name in names {
            let plan = try importer.importFile(at: fixtures.appendingPathComponent(name))
            XCTAssertEqual(try roundTrip(plan), plan, name)
        }
    }

    func testScalarsRoundTrip() throws {
        for n in [0, 1, -1, 63, -64, 64, 300, Int.max, Int.min] { XCTAssertEqual(try roundTrip(n), n) }
        for d in [0.0, -1.5, 0.1, .infinity] { XCTAssertEqual(try roundTrip(d), d) }
        for s in ["", "Đường An", "33/CT-TTg", String(repeating: "ư", count: 500)] { XCTAssertEqual(try roundTrip(s), s) }
        XCTAssertEqual(try roundTrip(["a": 1.5, "b": 2]), ["a": 1.5, "b": 2])
        XCTAssertEqual(try roundTrip([Optional("x"), nil]), [Optional("x"), nil])
    }

    func testATruncatedOrDamagedSnapshotIsRefusedNotCrashed() throws {
        var writer = SnapshotWriter()
        writer.write(try decodedSources())
        let bytes = writer.bytes
        for cut in stride(from: 0, to: bytes.count, by: max(1, bytes.count / 300)) {
            var reader = SnapshotReader(Array(bytes[..<cut]))
            XCTAssertThrowsError(try reader.read(StartupSnapshot.Contents.self), "cut at \(cut)")
        }
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<200 {
            var damaged = bytes
            for _ in 0..<4 { damaged[Int.random(in: 0..<damaged.count, using: &generator)] = UInt8.random(in: 0...255, using: &generator) }
            var reader = SnapshotReader(damaged)
            _ = try? reader.read(StartupSnapshot.Contents.self)  // may decode to something else, must not trap
        }
    }

    func testTheSnapshotIsReadBackUntilASourceChanges() throws {
        let copy = scratch.appendingPathComponent("Data")
        try FileManager.default.copyItem(at: data, to: copy)
        let cache = scratch.appendingPathComponent("cache")
        func snapshot() -> StartupSnapshot { StartupSnapshot(cacheDirectory: cache, sourceFolders: [copy, intents])! }

        XCTAssertNil(snapshot().read(), "nothing written yet")
        let sources = StartupSnapshot.Contents(knowledge: try KnowledgeBase.loadSources(dataDirectory: copy),
                                               intents: try IntentCatalog.loadSources(directory: intents),
                                               tasks: try TaskVocabulary(contentsOf: intents.appendingPathComponent("tasks.yaml")))
        snapshot().write(sources)
        XCTAssertEqual(snapshot().read()?.knowledge, sources.knowledge)

        // A new glossary term: the file's size changes, so the snapshot no longer matches.
        let glossary = copy.appendingPathComponent("glossary.yaml")
        let text = try String(contentsOf: glossary, encoding: .utf8)
        try (text + "\n  - term: ZZTEST\n    meaning: Thuật ngữ thử\n").write(to: glossary, atomically: true, encoding: .utf8)
        XCTAssertNil(snapshot().read(), "an edited source invalidates the snapshot")

        // A plan added to plans/ invalidates it too (a subfolder is part of the fingerprint).
        snapshot().write(sources)
        XCTAssertNotNil(snapshot().read())
        try Data("{}".utf8).write(to: copy.appendingPathComponent("plans/moi.json"))
        XCTAssertNil(snapshot().read(), "a new file in a subfolder invalidates the snapshot")
    }

    func testAnUnreadableSnapshotFileIsIgnored() throws {
        let cache = scratch.appendingPathComponent("cache")
        let snapshot = StartupSnapshot(cacheDirectory: cache, sourceFolders: [data, intents])!
        try FileManager.default.createDirectory(at: cache, withIntermediateDirectories: true)
        try Data("not a snapshot".utf8).write(to: snapshot.file)
        XCTAssertNil(snapshot.read())
        snapshot.write(try decodedSources())
        let written = try Data(contentsOf: snapshot.file)
        try written.prefix(written.count / 2).write(to: snapshot.file)
        XCTAssertNil(snapshot.read(), "half a snapshot")
        XCTAssertNil(StartupSnapshot(cacheDirectory: nil, sourceFolders: [data]), "no cache folder, no snapshot")
    }
}

extension StartupSnapshotTests {
    /// The intents compiled into the snapshot are the ones compiled from the definitions: same phrases,
    /// weights, order and exclusions, and the same answers to questions.
    func testCompiledIntentsSurviveARoundTrip() throws {
        let sources = try IntentCatalog.loadSources(directory: Repository.root.appendingPathComponent("Intents"))
        XCTAssertNil(sources.compiled, "decoded from YAML: not compiled yet")
        var writer = SnapshotWriter()
        writer.write(sources)
        var reader = SnapshotReader(writer.bytes)
        let copy = try reader.read(IntentSources.self)
        XCTAssertTrue(reader.isAtEnd)
        let stored = try XCTUnwrap(copy.compiled)
        let fresh = IntentCatalog(sources: sources).intents
        XCTAssertEqual(stored.count, fresh.count)
        XCTAssertGreaterThan(stored.count, 10)
        func shape(_ i: CompiledIntent) -> String {
            "\(i.intent) \(i.publicIntent) " + i.phrases.map { "\($0.tokens)/\($0.weight)/\($0.text)" }.joined(separator: ";")
                + " | " + i.excludes.map { "\($0.tokens)/\($0.weight)/\($0.text)" }.joined(separator: ";")
                + " | " + i.phraseWords.map { $0.map(\.text).joined(separator: " ") }.joined(separator: ";")
        }
        XCTAssertEqual(stored.map(shape), fresh.map(shape))
        let fromSnapshot = IntentCatalog(sources: copy)
        XCTAssertEqual(fromSnapshot.intents.map(shape), fresh.map(shape))
        // A snapshot whose compiled intents do not belong to its definitions is refused.
        var damaged = copy
        damaged.definitions.removeLast()
        var w2 = SnapshotWriter()
        w2.write(damaged.definitions); w2.write(damaged.vocabulary); w2.write(damaged.typing)
        var full = SnapshotWriter()
        full.write(copy)
        var counted = SnapshotWriter()
        counted.write(copy.definitions); counted.write(copy.vocabulary); counted.write(copy.typing)
        var r2 = SnapshotReader(w2.bytes + full.bytes[counted.bytes.count...])
        XCTAssertThrowsError(try r2.read(IntentSources.self))
    }
}
