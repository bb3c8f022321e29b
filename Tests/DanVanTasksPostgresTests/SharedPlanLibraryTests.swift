import DanVanAssistant
import DanVanIntents
import DanVanKnowledge
@testable import DanVanTasksPostgres
import DanVanText
import Foundation
import PostgresNIO
import XCTest

/// The plan library shared on the server: a plan one official imports is answered to the commune's other
/// officials, never to another commune's; the city's plans reach every commune; importing again replaces.
final class SharedPlanLibraryTests: XCTestCase {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let data = root.appendingPathComponent("Data")
    static let fixtures = root.appendingPathComponent("Tests/DanVanKnowledgeTests/Fixtures")
    static let catalog = IntentCatalog(sources: try! IntentCatalog.loadSources(directory: root.appendingPathComponent("Intents")))
    static let hanoi = "hanoi-308-kh-ubnd-2025-du-lieu-chuyen-doi-so"
    static let hcm = "hcm-174-kh-ubnd-2025-binh-dang-gioi"
    static let bacNinh = "bacninh-141-kh-ubnd-2025-nang-luc-xay-dung-phap-luat"

    var cache: URL!

    override func setUpWithError() throws {
        _ = try PostgresTestServer.adminURL()
        cache = FileManager.default.temporaryDirectory.appendingPathComponent("danvan-shared-\(UUID().uuidString)")
    }

    override func tearDown() {
        if let cache { try? FileManager.default.removeItem(at: cache) }
    }

    func plan(_ name: String) throws -> Plan {
        try PlanImporter(dataDirectory: Self.data).importFile(at: Self.fixtures.appendingPathComponent(name + ".txt"))
    }

    func library(as login: String) throws -> PostgresPlanLibrary {
        try PostgresPlanLibrary(url: PostgresTestServer.url(as: login), environment: [:])
    }

    func adminLibrary() throws -> PostgresPlanLibrary {
        try PostgresPlanLibrary(url: PostgresTestServer.adminURL(), environment: [:])
    }

    /// What an official's danvan does at start: the local copy brought in step, then the knowledge base on it.
    func knowledge(as login: String) throws -> (knowledge: KnowledgeBase, sync: SharedPlanMirror.Outcome) {
        let library = try library(as: login)
        defer { library.close() }
        let mirror = SharedPlanMirror(cacheDirectory: cache, settings: library.settings)
        let sync = try mirror.synchronize(with: library)
        return (try KnowledgeBase.load(dataDirectory: Self.data, userPlansDirectory: mirror.directory, cacheDirectory: cache), sync)
    }

    func ask(_ knowledge: KnowledgeBase, _ question: String) -> String {
        Assistant(knowledge: knowledge, catalog: Self.catalog, today: CalendarDate(iso: "2025-11-25")!).respond(to: question).text
    }

    /// Two communes: X with officials a and b, Y with official c.
    func officials() throws -> (a: String, b: String, c: String, x: String) {
        let x = try PostgresTestServer.commune("Xã X")
        let y = try PostgresTestServer.commune("Xã Y")
        _ = try PostgresTestServer.official(x.prefix + "a", commune: x.name, unit: "Phòng Kinh tế")
        _ = try PostgresTestServer.official(x.prefix + "b", commune: x.name, unit: "Phòng Văn hóa - Xã hội")
        _ = try PostgresTestServer.official(y.prefix + "c", commune: y.name, unit: "Phòng Kinh tế")
        return (x.prefix + "a", x.prefix + "b", y.prefix + "c", x.name)
    }

    func testAPlanImportedByOneOfficialIsAnsweredToTheCommuneOnly() throws {
        let (a, b, c, x) = try officials()
        let saved = try library(as: a).save(plan(Self.hanoi), city: false)
        XCTAssertEqual(saved.replaced, [])

        let (bKnows, bSync) = try knowledge(as: b)
        XCTAssertEqual(bSync.fetched, 1)
        XCTAssertTrue(bKnows.importedPlanIDs.contains(Self.hanoi))
        let answer = ask(bKnows, "hạn báo cáo của kế hoạch 308")
        XCTAssertTrue(answer.contains("15 hằng tháng"), answer)
        XCTAssertTrue(ask(bKnows, "hạn báo cáo").contains("15 hằng tháng"), "the plan saved last is the default plan")

        let (cKnows, cSync) = try knowledge(as: c)
        XCTAssertEqual(cSync.total, 0)
        XCTAssertFalse(cKnows.importedPlanIDs.contains(Self.hanoi))
        XCTAssertFalse(ask(cKnows, "hạn báo cáo của kế hoạch 308").contains("15 hằng tháng"))

        // The server itself hides and protects X's plans from c, whatever c's client does.
        XCTAssertEqual(try PostgresTestServer.rawSQL("SELECT plan_id FROM danvan.plan WHERE plan_id = '\(Self.hanoi)'", as: c).rows, 0)
        XCTAssertEqual(try PostgresTestServer.rawSQL("UPDATE danvan.plan SET title = 'x' WHERE plan_id = '\(Self.hanoi)'", as: c).rows, 0)
        XCTAssertEqual(try PostgresTestServer.rawSQL("DELETE FROM danvan.plan WHERE plan_id = '\(Self.hanoi)'", as: c).rows, 0)
        let xID = try XCTUnwrap(PostgresAdmin(url: PostgresTestServer.adminURL()).lookupCommune(x))
        let forged = try PostgresTestServer.rawSQL("""
            INSERT INTO danvan.plan (commune_id, plan_id, issuer_folded, issuer, title, body)
            VALUES (\(xID), 'gia-mao', 'x', 'x', 'x', '\\x7b7d'::bytea)
            """, as: c)
        XCTAssertEqual(forged.error?.serverInfo?[.sqlState], "42501", "c may not write into X's library")
        let cityForged = try PostgresTestServer.rawSQL("""
            INSERT INTO danvan.plan (commune_id, plan_id, issuer_folded, issuer, title, body) VALUES (NULL, 'gia-mao', 'x', 'x', 'x', '\\x7b7d'::bytea)
            """, as: a)
        XCTAssertEqual(cityForged.error?.serverInfo?[.sqlState], "42501", "an official may not write a city plan")
        XCTAssertEqual(try PostgresTestServer.rawSQL("SELECT plan_id FROM danvan.plan WHERE plan_id = '\(Self.hanoi)'", as: b).rows, 1)
    }

    func testACityPlanReachesEveryCommuneAndOnlyTheAdministratorImportsOne() throws {
        let (a, b, c, _) = try officials()
        XCTAssertThrowsError(try library(as: a).save(plan(Self.hcm), city: true)) { error in
            XCTAssertEqual(error as? SharedPlanError, .cityNeedsAdministrator(role: a))
        }
        let admin = try adminLibrary()
        XCTAssertThrowsError(try admin.save(plan(Self.hcm), city: false)) { error in
            XCTAssertEqual(error as? SharedPlanError, .noCommune(role: admin.role))
        }
        XCTAssertEqual(try admin.save(plan(Self.hcm), city: true), .init(replaced: [], city: true))
        addTeardownBlock { _ = try? PostgresPlanLibrary(url: PostgresTestServer.adminURL(), environment: [:]).remove(Self.hcm) }

        for official in [b, c] {
            let (knows, _) = try knowledge(as: official)
            let answer = ask(knows, "hạn báo cáo của kế hoạch bình đẳng giới")
            XCTAssertTrue(answer.contains("16/12/2025"), "\(official): \(answer)")
        }
        // An official cannot remove the city's plan; the administrator can, and it leaves every copy.
        XCTAssertThrowsError(try library(as: b).remove(Self.hcm)) { error in
            XCTAssertEqual(error as? SharedPlanError, .notFound(reference: Self.hcm))
        }
        XCTAssertEqual(try admin.remove("174").planID, Self.hcm)
        let (after, sync) = try knowledge(as: c)
        XCTAssertEqual(sync.removed, 1)
        XCTAssertFalse(after.importedPlanIDs.contains(Self.hcm))
    }

    func testImportingAgainReplacesTheRowAndTheCopyFetchesOnlyWhatChanged() throws {
        let (a, b, _, _) = try officials()
        let lib = try library(as: a)
        try lib.save(plan(Self.hanoi), city: false)
        try lib.save(plan(Self.bacNinh), city: false)
        XCTAssertEqual(try knowledge(as: b).sync.fetched, 2)
        XCTAssertEqual(try knowledge(as: b).sync.fetched, 0, "nothing changed: nothing downloaded")

        let before = try lib.catalogue().first { $0.planID == Self.hanoi }
        XCTAssertEqual(try lib.save(plan(Self.hanoi), city: false).replaced, [Self.hanoi])
        let catalogue = try lib.catalogue()
        XCTAssertEqual(catalogue.filter { $0.planID == Self.hanoi }.count, 1, "one row per plan")
        let after = catalogue.first { $0.planID == Self.hanoi }
        XCTAssertEqual(after?.rowID, before?.rowID)
        XCTAssertNotEqual(after?.versionKey, before?.versionKey)
        XCTAssertEqual(try knowledge(as: b).sync.fetched, 1, "only the re-imported plan is downloaded")

        // The same number and issuer under another id replaces it too, and the old copy goes.
        var renamed = try plan(Self.hanoi)
        renamed.id = "hanoi-308-ban-sua"
        renamed.title += " (bản sửa)"
        XCTAssertEqual(try lib.save(renamed, city: false).replaced, [Self.hanoi])
        XCTAssertEqual(try lib.catalogue().map(\.planID).sorted(), [Self.bacNinh, "hanoi-308-ban-sua"])
        let (knows, sync) = try knowledge(as: b)
        XCTAssertEqual(sync, .init(fetched: 1, removed: 1, total: 2))
        XCTAssertEqual(Set(knows.importedPlanIDs), [Self.bacNinh, "hanoi-308-ban-sua"])
        XCTAssertTrue(ask(knows, "hạn báo cáo của kế hoạch 308").contains("15 hằng tháng"))
    }

    func testAnOfficialRemovesACommunePlanByNumber() throws {
        let (a, b, _, _) = try officials()
        try library(as: a).save(plan(Self.bacNinh), city: false)
        XCTAssertThrowsError(try library(as: b).remove("999")) { error in
            XCTAssertEqual(error as? SharedPlanError, .notFound(reference: "999"))
        }
        XCTAssertEqual(try library(as: b).remove("141").planID, Self.bacNinh)
        XCTAssertEqual(try library(as: a).catalogue().filter { !$0.city }, [])
    }

    func testAStrangerIsRefusedAtOpening() throws {
        let admin = try PostgresAdmin(url: PostgresTestServer.adminURL())
        let stranger = "t\(UUID().uuidString.prefix(8).lowercased())_stranger"
        try admin.run(PostgresQueryLiteral.createRole(stranger), "test")
        XCTAssertThrowsError(try library(as: stranger)) {
            guard case .notAnOfficial(let role, _) = $0 as? PostgresStoreError else { return XCTFail("\($0)") }
            XCTAssertEqual(role, stranger)
        }
        XCTAssertTrue(try adminLibrary().isAdministrator)
        let (a, _, _, _) = try officials()
        XCTAssertFalse(try library(as: a).isAdministrator)
    }

    func testAPlanIDThatIsNoFileNameIsRefusedBeforeTheServer() throws {
        let (a, _, _, _) = try officials()
        var bad = try plan(Self.bacNinh)
        bad.id = "../../etc/x"
        XCTAssertThrowsError(try library(as: a).save(bad, city: false)) { error in
            XCTAssertEqual(error as? SharedPlanError, .badPlanID("../../etc/x"))
        }
        XCTAssertFalse(SharedPlanMirror.isFileName(".hidden"))
        XCTAssertTrue(SharedPlanMirror.isFileName("hanoi-308"))
    }
}
