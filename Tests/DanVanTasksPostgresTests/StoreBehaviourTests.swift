import DanVanTasks
@testable import DanVanTasksPostgres
import Foundation
import XCTest

/// The behavioural suite on the embedded SQLite store.
final class SQLiteStoreBehaviourTests: XCTestCase {
    var directory: URL!

    override func setUpWithError() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("danvan-behaviour-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let dir = directory!
        addTeardownBlock { try? FileManager.default.removeItem(at: dir) }
    }

    func store() throws -> any TaskStoring {
        try TaskStoreOpener.sqlite.open(directory.appendingPathComponent("tasks.sqlite").path, false)
    }

    func testChangesAndHistory() throws { try StoreBehaviour.changesAndHistory(store()) }
    func testUndo() throws { try StoreBehaviour.undo(store()) }
    func testListsAndOverdue() throws { try StoreBehaviour.listsAndOverdue(store()) }
    func testImportExportReport() throws { try StoreBehaviour.importExportReport(store(), directory: directory) }
    func testTextIsBoundNeverSpliced() throws { try StoreBehaviour.textIsBoundNeverSpliced(store()) }
    func testPagesSummaryAndProgress() throws { try StoreBehaviour.pagesSummaryAndProgress(store()) }
    func testImportRowsWithPlanLinks() throws { try StoreBehaviour.importRowsWithPlanLinks(store()) }
    func testRecurrenceAgendaAndCalendar() throws { try StoreBehaviour.recurrenceAgendaAndCalendar(store()) }
    func testResponder() throws { try StoreBehaviour.responder(store()) }
}

/// The same suite on a PostgreSQL server (`DANVAN_TEST_PG`), each test in a fresh commune, connected
/// as an official with the commune's rights.
final class PostgresStoreBehaviourTests: XCTestCase {
    var directory: URL!

    override func setUpWithError() throws {
        _ = try PostgresTestServer.adminURL()
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("danvan-behaviour-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let dir = directory!
        addTeardownBlock { try? FileManager.default.removeItem(at: dir) }
    }

    func store() throws -> any TaskStoring {
        let commune = try PostgresTestServer.commune()
        return try PostgresTestServer.official(commune.prefix + "vp", commune: commune.name, unit: "Văn phòng HĐND và UBND",
                                               rights: "commune")
    }

    func testChangesAndHistory() throws { try StoreBehaviour.changesAndHistory(store()) }
    func testUndo() throws { try StoreBehaviour.undo(store()) }
    func testListsAndOverdue() throws { try StoreBehaviour.listsAndOverdue(store()) }
    func testImportExportReport() throws { try StoreBehaviour.importExportReport(store(), directory: directory) }
    func testTextIsBoundNeverSpliced() throws { try StoreBehaviour.textIsBoundNeverSpliced(store()) }
    func testPagesSummaryAndProgress() throws { try StoreBehaviour.pagesSummaryAndProgress(store()) }
    func testImportRowsWithPlanLinks() throws { try StoreBehaviour.importRowsWithPlanLinks(store()) }
    func testRecurrenceAgendaAndCalendar() throws { try StoreBehaviour.recurrenceAgendaAndCalendar(store()) }
    func testResponder() throws { try StoreBehaviour.responder(store()) }
}
