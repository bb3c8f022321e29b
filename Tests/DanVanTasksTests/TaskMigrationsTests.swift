@testable import DanVanTasks
import DanVanText
import GRDB
import XCTest

final class TaskMigrationsTests: XCTestCase {
    func testEmptyStoreGetsEveryMigration() throws {
        let store = try TestSupport.store(self)
        let applied = try store.pool.read { try TaskMigrations.migrator.appliedIdentifiers($0) }
        XCTAssertEqual(applied, Set(TaskMigrations.identifiers))
        let tables = try store.pool.read {
            try String.fetchAll($0, sql: "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
        }
        XCTAssertEqual(tables, ["change_group", "grdb_migrations", "journal_entry", "progress_note", "task"])
    }

    /// A store written by the first schema (v1: tasks only) keeps its rows and gains the journal.
    func testV1StoreIsMigrated() throws {
        let path = try TestSupport.temporaryDirectory(self).appendingPathComponent("old.sqlite").path
        do {
            let queue = try DatabaseQueue(path: path)
            try queue.write { db in
                try db.execute(sql: TaskMigrations.v1)
                try db.execute(sql: "CREATE TABLE grdb_migrations (identifier TEXT NOT NULL PRIMARY KEY)")
                try db.execute(sql: "INSERT INTO grdb_migrations VALUES ('v1-tasks')")
                try db.execute(sql: """
                    INSERT INTO task (title, unit, due, status, created_at, updated_at)
                    VALUES ('Họp tổ dân vận', 'Phòng Kinh tế', '2025-10-20', 'pending', '2025-09-01 08:00:00.000', '2025-09-01 08:00:00.000')
                    """)
            }
        }
        let store = try TaskStore(path: path)
        let task = try XCTUnwrap(store.task(id: 1))
        XCTAssertEqual(task.title, "Họp tổ dân vận")
        XCTAssertEqual(task.due, CalendarDate(iso: "2025-10-20"))
        XCTAssertEqual(task.source, "manual")
        try store.complete(id: 1, user: "lan")
        XCTAssertEqual(try store.history(taskID: 1).first?.action, .done)
        XCTAssertEqual(try store.undo(user: "lan").action, .done)
        XCTAssertEqual(try store.task(id: 1)?.status, .pending)
        XCTAssertEqual(try store.add(TaskDraft(title: "Mới"), user: "lan").id, 2)
    }

    func testStoreFromANewerDanvanIsRefused() throws {
        let path = try TestSupport.temporaryDirectory(self).appendingPathComponent("new.sqlite").path
        _ = try TaskStore(path: path)
        try DatabaseQueue(path: path).write { try $0.execute(sql: "INSERT INTO grdb_migrations VALUES ('v9-future')") }
        XCTAssertThrowsError(try TaskStore(path: path)) { XCTAssertEqual($0 as? TaskStoreError, .newerSchema(path: path)) }
    }
}
