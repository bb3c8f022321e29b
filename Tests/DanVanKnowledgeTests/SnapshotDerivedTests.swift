@testable import DanVanKnowledge
import DanVanText
import Foundation
import XCTest

/// Tables derived from the sources and kept in the start-up snapshot (the unit directory, the document
/// kinds' lookup tables) come back exactly as they are built, and answer alike.
final class SnapshotDerivedTests: XCTestCase {
    private var scratch: URL!

    override func setUpWithError() throws {
        scratch = FileManager.default.temporaryDirectory.appendingPathComponent("danvan-derived-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: scratch)
    }

    private func bytes<T: SnapshotCodable>(_ value: T) -> [UInt8] {
        var writer = SnapshotWriter()
        writer.write(value)
        return writer.bytes
    }

    private func roundTrip<T: SnapshotCodable>(_ value: T) throws -> T {
        var reader = SnapshotReader(bytes(value))
        let copy = try reader.read(T.self)
        XCTAssertTrue(reader.isAtEnd, "every byte written is read back")
        return copy
    }

    private func sources() throws -> KnowledgeSources {
        try KnowledgeBase.loadSources(dataDirectory: TestSupport.dataDirectory)
    }

    // MARK: Document kinds

    func testTheDocumentKindsTablesComeBackAsBuilt() throws {
        let kinds = TestSupport.kinds
        XCTAssertFalse(kinds.indexes.kindPhrases.isEmpty)
        let copy = try roundTrip(kinds)
        XCTAssertEqual(copy.indexes, kinds.indexes)
        for a in ["QĐ", "qd", "NĐ", "nd", "ĐA", "DA", "CT", "xyz"] {
            XCTAssertEqual(copy.kind(abbreviation: a), kinds.kind(abbreviation: a), a)
        }
        for c in ["UBTVQH15", "TTg", "QH", "BCT"] { XCTAssertEqual(copy.issuer(code: c), kinds.issuer(code: c), c) }
        for words in [["nghi", "dinh", "61"], ["quyet", "dinh"], ["thu", "tuong", "chinh", "phu"]] {
            XCTAssertEqual(copy.kinds(atStartOf: words[...])?.kinds, kinds.kinds(atStartOf: words[...])?.kinds, "\(words)")
            XCTAssertEqual(copy.issuer(atStartOf: words[...])?.issuer, kinds.issuer(atStartOf: words[...])?.issuer, "\(words)")
        }
    }

    func testSyntheticKindsSharingPhrasesComeBackInTheirOrder() throws {
        // Two kinds share a word, two issuers a phrase: the tables hold several entries for one phrase.
        let kinds = DocumentKinds(
            kinds: [DocumentKinds.Kind(abbreviation: "QĐ", name: "Quyết định", words: ["văn bản quy định"]),
                    DocumentKinds.Kind(abbreviation: "QyĐ", name: "Quy định", also: ["Văn bản quy định"]),
                    DocumentKinds.Kind(name: "Văn bản")],
            issuers: [DocumentKinds.Issuer(code: "UBND", name: "Ủy ban nhân dân", words: ["ủy ban"]),
                      DocumentKinds.Issuer(code: "UBMT", name: "Ủy ban Mặt trận", words: ["ủy ban"])],
            fallbackKind: "Văn bản")
        let copy = try roundTrip(kinds)
        XCTAssertEqual(copy.indexes, kinds.indexes)
        XCTAssertEqual(copy.kinds(atStartOf: ["van", "ban", "quy", "dinh"])?.kinds.map(\.name), ["Quyết định", "Quy định"])
        XCTAssertEqual(copy.issuer(atStartOf: ["uy", "ban"])?.issuer.code, "UBND", "the first issuer of a shared phrase")
        XCTAssertEqual(DocumentKinds(kinds: kinds.kinds, issuers: kinds.issuers, fallbackKind: "Văn bản").indexes, kinds.indexes,
                       "built twice, the same tables in the same order")
    }

    func testAnIndexOutOfTheListsIsRefused() throws {
        var writer = SnapshotWriter()
        writer.write([DocumentKinds.Kind(abbreviation: "QĐ", name: "Quyết định")], [DocumentKinds.Issuer](), "Văn bản")
        writer.write(["qd": 5], [String: Int](), [[String]](), [[Int]](), [[String]](), [Int]())
        var reader = SnapshotReader(writer.bytes)
        XCTAssertThrowsError(try reader.read(DocumentKinds.self))
    }

    // MARK: Glossary

    func testTheGlossaryComesBackAsBuilt() throws {
        let glossary = Glossary(entries: try sources().glossary)
        XCTAssertFalse(glossary.patterns.isEmpty)
        XCTAssertFalse(glossary.acronyms.isEmpty)
        let copy = try roundTrip(glossary)
        XCTAssertEqual(bytes(copy), bytes(glossary), "every table equal")
        for text in ["Ủy ban nhân dân xã Đường An", "Hội đồng nhân dân các xã", "Phòng Văn hóa - Xã hội"] {
            XCTAssertEqual(copy.abbreviating(text), glossary.abbreviating(text), text)
        }
        for question in ["ubnd la gi", "hdnd viet tat la gi", "mttq", "khong co gi"] {
            let words = Tokenizer.foldedWords(question)
            XCTAssertEqual(copy.mentions(in: words).map(\.entry), glossary.mentions(in: words).map(\.entry), question)
        }
    }

    func testASyntheticGlossaryComesBackAsBuilt() throws {
        let glossary = Glossary(entries: [
            Glossary.Entry(term: "UBND", aliases: ["UB"], meaning: "Ủy ban nhân dân"),
            Glossary.Entry(term: "Dân vận khéo", aliases: nil, meaning: "phong trào (thi đua): vận động khéo léo"),
        ])
        let copy = try roundTrip(glossary)
        XCTAssertEqual(bytes(copy), bytes(glossary))
        XCTAssertEqual(copy.abbreviating("Ủy ban nhân dân xã A"), "UBND xã A")
        XCTAssertEqual(copy.mentions(in: ["ub"]).map(\.entry.term), ["UBND"])
    }

    func testAGlossaryIndexOutOfTheEntriesIsRefused() throws {
        var writer = SnapshotWriter()
        writer.write([Glossary.Entry(term: "UBND", aliases: nil, meaning: "Ủy ban nhân dân")], [["ubnd"]], [3])
        writer.write([[String]](), [Int](), [String](), [String](), [String]())
        var reader = SnapshotReader(writer.bytes)
        XCTAssertThrowsError(try reader.read(Glossary.self))
    }

    // MARK: Unit directory

    func testTheBuiltInDirectoryComesBackAsBuilt() throws {
        let built = KnowledgeBase.builtInDirectory(of: try sources())
        let copy = try roundTrip(built)
        XCTAssertEqual(bytes(copy), bytes(built), "every table equal")
        let planUnits = try sources().plans.flatMap(\.units)
        XCTAssertFalse(planUnits.isEmpty)
        for unit in planUnits {
            guard case .known = copy.resolve(unit.name) else { return XCTFail("the plans' units are in it: \(unit.name)") }
        }
        for q in ["phong vhxh", "phòng văn hoá", "ubnd", "mat tran to quoc", "cong an xa", "phong kinh te", "khong co"] {
            XCTAssertEqual(copy.resolve(q), built.resolve(q), q)
            let words = Tokenizer.foldedWords(q)
            XCTAssertEqual(copy.mention(in: words)?.name, built.mention(in: words)?.name, q)
        }
    }

    func testASyntheticDirectoryComesBackAsBuilt() throws {
        var directory = UnitDirectory(units: [UnitDirectory.Unit(name: "Phòng Văn hóa - Xã hội", aliases: ["Phòng VHXH"]),
                                              UnitDirectory.Unit(name: "Các phòng, đơn vị", collective: true)],
                                      typeWords: ["phòng"], levelWords: ["xã"], initialsSkip: ["và"], collectiveWords: ["các"],
                                      symbols: UnitDirectory.SymbolRules(names: ["văn phòng": "VP"], droppedHeads: ["phòng"]))
        directory.add([UnitDirectory.Unit(name: "UBND các xã, phường"), UnitDirectory.Unit(name: "Phòng Văn hoá - Xã hội")])
        let copy = try roundTrip(directory)
        XCTAssertEqual(bytes(copy), bytes(directory))
        XCTAssertEqual(copy.units, directory.units)
        XCTAssertEqual(copy.communeUnits, directory.communeUnits)
        XCTAssertEqual(copy.symbol(of: "Văn phòng HĐND và UBND"), "VP")
        XCTAssertEqual(copy.resolve("ubnd xa phuong"), directory.resolve("ubnd xa phuong"))
        XCTAssertEqual(copy.resolve("vhxh"), .known("Phòng Văn hóa - Xã hội"))
    }

    func testAKnowledgeBaseWithTheSnapshotDirectoryHasTheUnitsOfOneBuilt() throws {
        let sources = try sources()
        let fresh = KnowledgeBase(sources: sources, userPlansDirectory: nil, cacheDirectory: nil)
        let fromSnapshot = KnowledgeBase(sources: sources, userPlansDirectory: nil, cacheDirectory: nil,
                                         builtInDirectory: try roundTrip(KnowledgeBase.builtInDirectory(of: sources)))
        XCTAssertEqual(bytes(fromSnapshot.units), bytes(fresh.units))
    }

    func testALibraryReadWholeOrShadowingAPlanRebuildsTheDirectory() throws {
        let sources = try sources()
        let plan = try XCTUnwrap(sources.plans.first)
        // A directory that is wrong on purpose (no plan units): it must not be used.
        var bare = sources
        bare.plans = []
        let wrong = KnowledgeBase.builtInDirectory(of: bare)
        let library = scratch.appendingPathComponent("plans")
        let cache = scratch.appendingPathComponent("cache")
        var renamed = plan
        renamed.units = plan.units + [UnitDuties(name: "Tổ công tác đặc biệt số 9", duties: [])]
        _ = try PlanLibrary(directory: library, cacheDirectory: cache).save(renamed)  // same id: shadows the built-in plan
        for cacheDirectory in [nil, cache] {  // read whole, then through the index
            let fresh = KnowledgeBase(sources: sources, userPlansDirectory: library, cacheDirectory: cacheDirectory)
            let given = KnowledgeBase(sources: sources, userPlansDirectory: library, cacheDirectory: cacheDirectory,
                                      builtInDirectory: wrong)
            XCTAssertEqual(bytes(given.units), bytes(fresh.units), "cache \(String(describing: cacheDirectory))")
            XCTAssertTrue(given.units.units.contains { $0.name == "Tổ công tác đặc biệt số 9" })
        }
    }
}
