import DanVanKnowledge
import DanVanText
import Foundation
import XCTest

final class PlanLibraryTests: XCTestCase {
    private lazy var seed = try! TestSupport.importFixture(TestSupport.seed)
    private lazy var hanoi = try! TestSupport.importFixture(TestSupport.hanoi)
    private lazy var hcm = try! TestSupport.importFixture(TestSupport.hcm)

    func testDefaultDirectoryFollowsXDG() {
        XCTAssertEqual(PlanLibrary.defaultDirectory(environment: ["XDG_DATA_HOME": "/tmp/xdg", "HOME": "/home/a"]).path,
                       "/tmp/xdg/danvan/plans")
        XCTAssertEqual(PlanLibrary.defaultDirectory(environment: ["HOME": "/home/a"]).path, "/home/a/.local/share/danvan/plans")
        XCTAssertEqual(PlanLibrary.defaultDirectory(environment: ["XDG_DATA_HOME": "relative", "HOME": "/home/a"]).path,
                       "/home/a/.local/share/danvan/plans", "XDG paths must be absolute")
    }

    func testSaveListLoadInImportOrder() throws {
        let library = PlanLibrary(directory: TestSupport.temporaryDirectory().appendingPathComponent("nested/plans"))
        XCTAssertEqual(try library.loadAll(), [])
        try library.save(hanoi)
        Thread.sleep(forTimeInterval: 0.02)
        try library.save(seed)
        XCTAssertEqual(try library.loadAll().map(\.id), [hanoi.id, seed.id], "the last imported comes last")
        XCTAssertEqual(try library.plan(id: hanoi.id), hanoi)
        XCTAssertNil(try library.plan(id: "khong-co"))
        let json = try String(contentsOf: library.directory.appendingPathComponent(hanoi.id + ".json"), encoding: .utf8)
        XCTAssertTrue(json.contains("\"number\" : \"308/KH-UBND\""), "pretty JSON, slashes unescaped")
        XCTAssertLessThan(json.range(of: "\"date\"")!.lowerBound, json.range(of: "\"id\"")!.lowerBound, "sorted keys")
    }

    func testImportingTheSamePlanAgainReplacesIt() throws {
        let library = PlanLibrary(directory: TestSupport.temporaryDirectory())
        try library.save(hanoi)
        var edited = hanoi
        edited.title = "Bản sửa"
        XCTAssertEqual(try library.save(edited), [hanoi.id], "same id")
        var renamed = hanoi
        renamed.id = "ke-hoach-308-ban-moi"
        XCTAssertEqual(try library.save(renamed), [hanoi.id], "same number and issuer under another file name")
        XCTAssertEqual(try library.loadAll().map(\.id), ["ke-hoach-308-ban-moi"])
        var otherIssuer = hanoi
        otherIssuer.id = "308-cua-noi-khac"
        otherIssuer.issuer = "Ủy ban nhân dân tỉnh Khác"
        XCTAssertEqual(try library.save(otherIssuer), [], "numbers repeat across issuers")
        XCTAssertEqual(try library.loadAll().count, 2)
    }

    func testRemoveByIdOrNumber() throws {
        let library = PlanLibrary(directory: TestSupport.temporaryDirectory())
        try library.save(seed)
        try library.save(hanoi)
        try library.save(hcm)
        XCTAssertEqual(try library.remove("308/KH-UBND").id, hanoi.id)
        XCTAssertEqual(try library.remove("174").id, hcm.id)
        XCTAssertThrowsError(try library.remove("308")) { e in
            XCTAssertEqual(e as? LibraryError, .planNotFound(reference: "308"))
            XCTAssertTrue((e as? LibraryError)?.message.contains("308") == true)
        }
        XCTAssertEqual(try library.remove(seed.id).id, seed.id)
        XCTAssertEqual(try library.loadAll(), [])
    }

    func testAmbiguousNumber() throws {
        let library = PlanLibrary(directory: TestSupport.temporaryDirectory())
        try library.save(hanoi)
        var other = hanoi
        other.id = "khac"
        other.issuer = "Ủy ban nhân dân tỉnh Khác"
        try library.save(other)
        XCTAssertThrowsError(try library.remove("308/KH-UBND")) { e in
            XCTAssertEqual(e as? LibraryError, .ambiguousReference(reference: "308/KH-UBND", candidates: [hanoi.id, "khac"].sorted()))
        }
        XCTAssertEqual(try library.loadAll().count, 2, "nothing removed")
    }

    func testABrokenSavedFileIsNamedWithItsLine() throws {
        let library = PlanLibrary(directory: TestSupport.temporaryDirectory())
        try library.save(seed)
        let broken = library.directory.appendingPathComponent("hong.json")
        try "{\n  \"id\": \"hong\",\n  \"issuer\": ,\n}\n".write(to: broken, atomically: true, encoding: .utf8)
        XCTAssertThrowsError(try library.loadAll()) { e in
            guard case .brokenDataFile(let file, let line, _)? = e as? LibraryError else { return XCTFail("\(e)") }
            XCTAssertEqual(file, broken.path)
            XCTAssertEqual(line, 3)
            XCTAssertTrue((e as? LibraryError)?.message.contains("dòng 3") == true)
        }
        let (entries, errors) = library.entriesSkippingBroken()
        XCTAssertEqual(entries.map(\.plan.id), [seed.id])
        XCTAssertEqual(errors.count, 1)
        XCTAssertThrowsError(try library.save(hanoi), "a save that cannot check for duplicates does not write")
        XCTAssertFalse(FileManager.default.fileExists(atPath: library.directory.appendingPathComponent(hanoi.id + ".json").path))
    }

    func testCuratedPlansAndABrokenCuratedFile() throws {
        let curated = try PlanLibrary.curatedPlans(dataDirectory: TestSupport.dataDirectory)
        XCTAssertEqual(curated.map(\.id), ["ke-hoach-dan-van-duong-an-2025"])

        let data = TestSupport.temporaryDirectory()
        let plans = data.appendingPathComponent("plans")
        try FileManager.default.createDirectory(at: plans, withIntermediateDirectories: true)
        try "{ \"id\": \"x\", \"issuer\": \"A\", \"title\": \"B\", \"preamble\": \"\", \"sections\": [], \"documents\": [],\n \"units\": [], \"deadlines\": [], \"recipients\": [], \"topics\": [], \"date\": \"2025-02-31\" }"
            .write(to: plans.appendingPathComponent("sai-ngay.json"), atomically: true, encoding: .utf8)
        XCTAssertThrowsError(try PlanLibrary.curatedPlans(dataDirectory: data)) { e in
            guard case .brokenDataFile(let file, _, let detail)? = e as? LibraryError else { return XCTFail("\(e)") }
            XCTAssertTrue(file.hasSuffix("plans/sai-ngay.json"))
            XCTAssertEqual(detail, "date")
        }
    }

    func testVocabularyErrorsNameTheFile() throws {
        let data = TestSupport.temporaryDirectory()
        XCTAssertThrowsError(try ImportVocabulary.load(dataDirectory: data)) { e in
            guard let problem = e as? DataFileProblem else { return XCTFail("\(e)") }
            XCTAssertTrue(problem.path.hasSuffix("vocabulary/document-kinds.yaml"))
            XCTAssertNil(problem.reason)  // missing
        }
        let vocabulary = data.appendingPathComponent("vocabulary")
        try FileManager.default.createDirectory(at: vocabulary, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: TestSupport.dataDirectory.appendingPathComponent("vocabulary/document-kinds.yaml"),
                                         to: vocabulary.appendingPathComponent("document-kinds.yaml"))
        try "planHeading: [ke hoach\nmottoLines: x\n".write(to: vocabulary.appendingPathComponent("plan-import.yaml"), atomically: true, encoding: .utf8)
        XCTAssertThrowsError(try ImportVocabulary.load(dataDirectory: data)) { e in
            guard let problem = e as? DataFileProblem else { return XCTFail("\(e)") }
            XCTAssertTrue(problem.path.hasSuffix("vocabulary/plan-import.yaml"))
            XCTAssertNotNil(problem.line)
        }
    }
}
