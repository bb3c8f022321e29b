import DanVanKnowledge
import DanVanText
import Foundation
import XCTest

final class KnowledgeBaseTests: XCTestCase {
    var temp: URL!

    override func setUpWithError() throws {
        temp = FileManager.default.temporaryDirectory.appendingPathComponent("danvan-kb-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: temp, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws { try? FileManager.default.removeItem(at: temp) }

    func testShippedDataLoads() throws {
        let kb = try KnowledgeBase.load(dataDirectory: TestSupport.dataDirectory, userPlansDirectory: nil, cacheDirectory: nil)
        XCTAssertEqual(kb.summaries.map(\.id), ["ke-hoach-dan-van-duong-an-2025"])
        XCTAssertEqual(kb.defaultPlan?.signer?.name, "Đào Đức Vỹ")
        XCTAssertEqual(kb.documents(number: "33").compactMap(\.symbol), ["33/CT-TTg"])
        XCTAssertEqual(kb.namedDocuments().count, 2, "the two laws cited by name")
        XCTAssertEqual(kb.plans(namingUnit: "Phòng Văn hóa - Xã hội"), ["ke-hoach-dan-van-duong-an-2025"])
        XCTAssertEqual(kb.plans(namingUnit: "Phòng Kinh tế"), [])
    }

    func testUnitDirectoryResolvesAliasesInitialsAndTypos() throws {
        let kb = try KnowledgeBase.load(dataDirectory: TestSupport.dataDirectory, userPlansDirectory: nil, cacheDirectory: nil)
        XCTAssertEqual(kb.units.resolve("P.VHXH"), .known("Phòng Văn hóa - Xã hội"))
        XCTAssertEqual(kb.units.resolve("phong kinh tê"), .known("Phòng Kinh tế"))
        XCTAssertEqual(kb.units.resolve("TTSNC"), .known("Trung tâm sự nghiệp công xã"))
        guard case .unknown(let suggestions) = kb.units.resolve("phòng tài nguyên") else { return XCTFail("not a unit") }
        XCTAssertTrue(suggestions.contains("Phòng Kinh tế") || suggestions.contains("Phòng Văn hóa - Xã hội"))
        XCTAssertTrue(kb.units.isCollective("Các phòng, đơn vị sự nghiệp thuộc xã"))
    }

    func testGlossaryShortCodesNeedToBeTypedAsCodes() throws {
        let kb = try KnowledgeBase.load(dataDirectory: TestSupport.dataDirectory, userPlansDirectory: nil, cacheDirectory: nil)
        func terms(_ s: String) -> [String] {
            let tokens = Tokenizer.tokens(s)
            let chars = Array(s)
            return kb.glossary.mentions(in: tokens.map(\.text), typed: tokens.map { String(chars[$0.start..<$0.end]) }).map(\.entry.term)
        }
        XCTAssertEqual(terms("HĐND là gì"), ["HĐND"])
        XCTAssertEqual(terms("nhiệm vụ đã xong"), [], "đã is a word, not the code ĐA")
        XCTAssertEqual(terms("ĐA là gì"), ["ĐA"])
        XCTAssertEqual(terms("qd la gi"), ["QĐ"], "no Vietnamese word folds to qd")
    }

    func testTheLibraryIndexFollowsTheLibrary() throws {
        let library = temp.appendingPathComponent("plans")
        let cache = temp.appendingPathComponent("cache")
        let lib = PlanLibrary(directory: library)
        _ = try lib.save(TestSupport.importFixture(TestSupport.hanoi))
        var kb = try KnowledgeBase.load(dataDirectory: TestSupport.dataDirectory, userPlansDirectory: library, cacheDirectory: cache)
        XCTAssertEqual(kb.importedPlanIDs.count, 1)
        XCTAssertEqual(kb.defaultPlan?.number, "308/KH-UBND")
        XCTAssertEqual(kb.documents(number: "214").first?.symbol, "214/NQ-CP")
        XCTAssertTrue(try FileManager.default.contentsOfDirectory(atPath: cache.path).contains { $0.hasSuffix(".sqlite") })

        // A new import changes the library: the index is rebuilt and the new plan is the default.
        Thread.sleep(forTimeInterval: 0.01)
        _ = try lib.save(TestSupport.importFixture(TestSupport.hcm))
        kb = try KnowledgeBase.load(dataDirectory: TestSupport.dataDirectory, userPlansDirectory: library, cacheDirectory: cache)
        XCTAssertEqual(kb.importedPlanIDs.count, 2)
        XCTAssertEqual(kb.defaultPlan?.number, "174/KH-UBND")
        XCTAssertFalse(kb.plans(namingUnit: "Sở Y tế").isEmpty)

        // Removing one: gone from the index too.
        _ = try lib.remove("174/KH-UBND")
        kb = try KnowledgeBase.load(dataDirectory: TestSupport.dataDirectory, userPlansDirectory: library, cacheDirectory: cache)
        XCTAssertEqual(kb.defaultPlan?.number, "308/KH-UBND")
        XCTAssertTrue(kb.plans(namingUnit: "Sở Y tế").isEmpty)
    }

    func testWithoutACacheTheLibraryIsReadWhole() throws {
        let library = temp.appendingPathComponent("plans")
        _ = try PlanLibrary(directory: library).save(TestSupport.importFixture(TestSupport.hanoi))
        let kb = try KnowledgeBase.load(dataDirectory: TestSupport.dataDirectory, userPlansDirectory: library, cacheDirectory: nil)
        XCTAssertEqual(kb.defaultPlan?.number, "308/KH-UBND")
        XCTAssertEqual(kb.documents(number: "214").first?.symbol, "214/NQ-CP")
    }

    func testABrokenDataFileIsNamedWithItsLine() throws {
        let data = temp.appendingPathComponent("data")
        try FileManager.default.createDirectory(at: data, withIntermediateDirectories: true)
        try "units:\n  - name: [unclosed\n".write(to: data.appendingPathComponent("units.yaml"), atomically: true, encoding: .utf8)
        XCTAssertThrowsError(try KnowledgeBase.load(dataDirectory: data, userPlansDirectory: nil, fallbackDirectory: TestSupport.dataDirectory,
                                                    cacheDirectory: nil)) { error in
            guard let problem = error as? DataFileProblem else { return XCTFail("\(error)") }
            XCTAssertTrue(problem.path.hasSuffix("units.yaml"))
            XCTAssertNotNil(problem.line, "\(error)")
            XCTAssertTrue(problem.message.contains("units.yaml bị lỗi ở dòng"), problem.message)
        }
    }

    func testADataFolderWithOnlyPlanTextsBorrowsTheRest() throws {
        let data = temp.appendingPathComponent("data")
        try FileManager.default.createDirectory(at: data, withIntermediateDirectories: true)
        try TestSupport.fixture(TestSupport.hcm).write(to: data.appendingPathComponent("ke-hoach-174.txt"), atomically: true, encoding: .utf8)
        let kb = try KnowledgeBase.load(dataDirectory: data, userPlansDirectory: nil, fallbackDirectory: TestSupport.dataDirectory,
                                        cacheDirectory: nil)
        XCTAssertEqual(kb.summaries.map(\.number), ["174/KH-UBND"])
        XCTAssertEqual(kb.units.resolve("phòng vhxh"), .known("Phòng Văn hóa - Xã hội"), "units from the shipped Data/")
    }
}
