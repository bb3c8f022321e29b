import DanVanKnowledge
import DanVanText
import XCTest

/// Every real plan of `Fixtures/` against the facts read from it (`CorpusPlanFacts`).
final class CorpusPlanImportTests: XCTestCase {
    /// The fixture's text without its first line when that line names the source ("# source: …").
    static func planText(_ file: String) -> String {
        let text = TestSupport.fixture(file)
        guard text.hasPrefix("# source") else { return text }
        return text.firstIndex(of: "\n").map { String(text[text.index(after: $0)...]) } ?? text
    }

    static func importPlan(_ fact: CorpusPlanFact) throws -> Plan {
        try TestSupport.importer.importPlan(text: planText(fact.file), id: PlanImporter.planID(forFileName: fact.file))
    }

    private static func key(_ s: String) -> String {
        Folding.fold(s).split { !$0.isLetter && !$0.isNumber }.joined(separator: " ")
    }

    func testEveryFixtureHasFacts() throws {
        let folder = TestSupport.fixtureURL("")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path)
            .filter { $0.hasSuffix(".txt") && !$0.hasPrefix("synthetic-") && !$0.hasPrefix("ke-hoach-") }
        XCTAssertEqual(Set(files), Set(CorpusPlanFact.all.map(\.file)))
        XCTAssertGreaterThanOrEqual(files.count, 22)
    }

    func testHeaderAndSigner() throws {
        for fact in CorpusPlanFact.all {
            let plan = try Self.importPlan(fact)
            let f = fact.file
            XCTAssertEqual(plan.number, fact.number, f)
            XCTAssertEqual(plan.date, CalendarDate(year: fact.date.0, month: fact.date.1, day: fact.date.2), f)
            XCTAssertEqual(plan.issuer, fact.issuer, f)
            XCTAssertEqual(plan.signer?.name, fact.signerName, f)
            XCTAssertEqual(plan.signer?.title, fact.signerTitle, f)
            XCTAssertEqual(plan.signer?.mode, fact.signerMode, f)
            XCTAssertFalse(plan.title.isEmpty, f)
        }
    }

    func testUnitsWithDuties() throws {
        for fact in CorpusPlanFact.all {
            let plan = try Self.importPlan(fact)
            let names = Set(plan.units.filter { !$0.duties.isEmpty }.map { Self.key($0.name) })
            for unit in fact.units {
                XCTAssertTrue(names.contains(Self.key(unit)), "\(fact.file): \(unit) not among \(plan.units.map(\.name))")
            }
            XCTAssertGreaterThanOrEqual(plan.units.count, fact.units.count, fact.file)
            if fact.units.isEmpty && fact.file.hasPrefix("ca-mau") { XCTAssertEqual(plan.units.count, 0, fact.file) }
        }
    }

    func testDocumentsAndDeadlines() throws {
        for fact in CorpusPlanFact.all {
            let plan = try Self.importPlan(fact)
            XCTAssertGreaterThanOrEqual(plan.documents.count, fact.minDocuments, fact.file)
            if fact.minDocuments == 0 { XCTAssertEqual(plan.documents.count, 0, fact.file) }
            for words in fact.deadlines {
                XCTAssertTrue(plan.deadlines.contains { $0.text.contains(words) }, "\(fact.file): \(words)")
            }
            // Every deadline comes from a sentence reading found one in.
            for d in plan.deadlines {
                XCTAssertTrue(fact.deadlines.contains { d.text.contains($0) }, "\(fact.file): not a deadline read: \(d.text)")
            }
            XCTAssertEqual(fact.noDeadline, fact.deadlines.isEmpty, "\(fact.file): deadlines read or said to be none")
            if fact.noDeadline { XCTAssertEqual(plan.deadlines, [], fact.file) }
        }
    }

    func testAbbreviationsDefinedByThePlan() throws {
        for fact in CorpusPlanFact.all where !fact.abbreviations.isEmpty {
            let plan = try Self.importPlan(fact)
            for (short, full) in fact.abbreviations {
                XCTAssertEqual(plan.abbreviations?.first { $0.short == short }?.full, full, "\(fact.file): \(short)")
            }
        }
    }
}
