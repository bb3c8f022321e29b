import DanVanTasks
@testable import DanVanTasksPostgres
import DanVanText
import Foundation
import XCTest

/// `danvan tasks migrate`: a SQLite store moves into a commune, checked by counts, once.
final class PostgresMigrateTests: XCTestCase {
    let now = StoreBehaviour.now
    let today = StoreBehaviour.today

    func testMovesTasksAndJournalOnceWithTheirNumbers() throws {
        let admin = try PostgresAdmin(url: PostgresTestServer.adminURL())
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("danvan-migrate-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let sqlite = try TaskStore(path: dir.appendingPathComponent("tasks.sqlite").path)
        let a = try sqlite.add(TaskDraft(title: "Họp dân", unit: StoreBehaviour.kt, due: CalendarDate(iso: "2025-09-01")), user: "lan", at: now)
        let b = try sqlite.add(TaskDraft(title: "Hội nghị", unit: StoreBehaviour.vh), user: "mai", at: now)
        try sqlite.complete(id: a.id, user: "lan", at: now)
        try sqlite.addNote(taskID: b.id, text: "đã mời đại biểu", user: "mai", at: now)
        try sqlite.delete(id: b.id, user: "mai", at: now)
        try sqlite.undo(user: "mai", at: now)
        let dump = try sqlite.dump()

        let commune = try PostgresTestServer.commune()
        let counts = try admin.migrate(dump, commune: commune.name)
        XCTAssertEqual(counts, .init(tasks: 2, notes: 1, groups: dump.groups.count, entries: dump.entries.count))
        XCTAssertThrowsError(try admin.migrate(dump, commune: commune.name)) {
            XCTAssertEqual($0 as? PostgresAdminError, .alreadyMigrated(commune: commune.name))
            XCTAssertTrue(TaskErrorWording.message(for: $0).contains("không chuyển lần hai"))
        }
        XCTAssertThrowsError(try admin.migrate(dump, commune: "Xã Không Có \(UUID())"))

        let store = try PostgresTestServer.official(commune.prefix + "vp", commune: commune.name, unit: StoreBehaviour.vh, rights: "commune")
        XCTAssertEqual(try store.tasks(matching: TaskFilter(), today: today, limit: nil).map(\.id),
                       try sqlite.tasks(matching: TaskFilter(), today: today).map(\.id))
        XCTAssertEqual(try store.task(id: a.id)?.status, .done)
        XCTAssertEqual(try store.notes(taskID: b.id).map(\.text), ["đã mời đại biểu"])
        XCTAssertEqual(try store.history(taskID: b.id).map(\.user), try sqlite.history(taskID: b.id).map(\.user))
        XCTAssertEqual(try store.history(taskID: b.id).map(\.action), try sqlite.history(taskID: b.id).map(\.action))
        // New tasks continue after the moved numbers.
        XCTAssertEqual(try store.add(TaskDraft(title: "Việc mới"), user: "x", at: now).id, b.id + 1)
    }
}
