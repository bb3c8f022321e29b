import DanVanKnowledge
import XCTest

/// `Data/plans/ke-hoach-dan-van-duong-an-2025.json` says what the seed's text says, field by field,
/// and only adds what the text does not say (notes, topics).
final class CuratedSeedPlanTests: XCTestCase {
    func testCuratedSeedEqualsTheImportedTextFieldByField() throws {
        let curated = try XCTUnwrap(try PlanLibrary.curatedPlans(dataDirectory: TestSupport.dataDirectory)
            .first { $0.id == "ke-hoach-dan-van-duong-an-2025" })
        let imported = try TestSupport.importFixture(TestSupport.seed)

        XCTAssertEqual(curated.number, imported.number)
        XCTAssertEqual(curated.date, imported.date)
        XCTAssertEqual(curated.place, imported.place)
        XCTAssertEqual(curated.issuer, imported.issuer)
        XCTAssertEqual(curated.title, imported.title)
        XCTAssertEqual(curated.preamble, imported.preamble)
        XCTAssertEqual(curated.sections, imported.sections)
        XCTAssertEqual(curated.units, imported.units)
        XCTAssertEqual(curated.deadlines, imported.deadlines)
        XCTAssertEqual(curated.recipients, imported.recipients)
        XCTAssertEqual(curated.signer, imported.signer)
        XCTAssertEqual(curated.reportsTo, imported.reportsTo)
        XCTAssertEqual(curated.allUnitsSection, imported.allUnitsSection)
        XCTAssertEqual(curated.documents.count, imported.documents.count)
        for (c, i) in zip(curated.documents, imported.documents) {
            var withoutNote = c
            withoutNote.note = nil
            XCTAssertEqual(withoutNote, i)
        }
        XCTAssertTrue(Set(imported.topics).isSubset(of: Set(curated.topics)))
    }

    func testCuratedAdditionsAreMarkedAsNotFromTheText() throws {
        let curated = try XCTUnwrap(try PlanLibrary.curatedPlans(dataDirectory: TestSupport.dataDirectory).first)
        let notes = curated.documents.compactMap(\.note)
        XCTAssertEqual(notes, ["Số hiệu 10/2022/QH15 (ngoài văn bản kế hoạch)", "Số hiệu 97/2025/QH15 (ngoài văn bản kế hoạch)"])
    }
}
