@testable import DanVanTasks
import DanVanText
import GRDB
import XCTest

final class TaskStoreTests: XCTestCase {
    let today = TestSupport.today

    func testAddNumbersTasksAndKeepsTextAsTyped() throws {
        let store = try TestSupport.store(self)
        let first = try store.add(TaskDraft(title: "  Họp tổ dân vận ", unit: "Phòng Kinh tế", due: CalendarDate(iso: "2025-10-20")), user: "lan")
        let second = try store.add(TaskDraft(title: "Rà soát hương ước".decomposedStringWithCanonicalMapping), user: "lan")
        XCTAssertEqual(first.id, 1)
        XCTAssertEqual(first.number, "#1")
        XCTAssertEqual(second.id, 2)
        XCTAssertEqual(first.title, "Họp tổ dân vận")
        XCTAssertEqual(second.title, "Rà soát hương ước", "stored in NFC")
        XCTAssertEqual(try store.task(id: 1), first)
        XCTAssertEqual(first.source, "manual")
        XCTAssertNil(try store.task(id: 99))
    }

    func testSQLInTitleIsStoredLiterallyAndHarmlessly() throws {
        let store = try TestSupport.store(self)
        let title = "x'); DROP TABLE task; --"
        let task = try store.add(TaskDraft(title: title, unit: "'; DELETE FROM task; --"), user: "Robert'); DROP TABLE task;--")
        XCTAssertEqual(try store.task(id: task.id)?.title, title)
        XCTAssertEqual(try store.tasks(matching: TaskFilter(), today: today).count, 1)
        XCTAssertEqual(try store.history(taskID: task.id).first?.user, "Robert'); DROP TABLE task;--")
        XCTAssertEqual(try store.integrityCheck(), ["ok"])
    }

    func testEmptyTitleAndNoteAreRefused() throws {
        let store = try TestSupport.store(self)
        XCTAssertThrowsError(try store.add(TaskDraft(title: "   "), user: "lan")) { XCTAssertEqual($0 as? TaskStoreError, .emptyTitle) }
        let task = try store.add(TaskDraft(title: "Họp"), user: "lan")
        XCTAssertThrowsError(try store.addNote(taskID: task.id, text: " ", user: "lan")) { XCTAssertEqual($0 as? TaskStoreError, .emptyNote) }
        XCTAssertEqual(try store.recentHistory().count, 1, "refusals write nothing")
    }

    func testSchemaConstraintsRejectBadRows() throws {
        let store = try TestSupport.store(self)
        let statements = [
            "INSERT INTO task (title, status, created_at, updated_at) VALUES ('x', 'finished', '2025-01-01', '2025-01-01')",
            "INSERT INTO task (title, due, created_at, updated_at) VALUES ('x', '2025-02-31', '2025-01-01', '2025-01-01')",
            "INSERT INTO task (title, due, created_at, updated_at) VALUES ('x', '20/10/2025', '2025-01-01', '2025-01-01')",
            "INSERT INTO task (title, created_at, updated_at) VALUES ('  ', '2025-01-01', '2025-01-01')",
            "INSERT INTO task (title, status, created_at, updated_at) VALUES ('x', 'done', '2025-01-01', '2025-01-01')",
            "INSERT INTO progress_note (task_id, at, user, text) VALUES (42, '2025-01-01', 'lan', 'x')",
        ]
        for sql in statements {
            XCTAssertThrowsError(try store.pool.write { try $0.execute(sql: sql) }, sql)
        }
        XCTAssertNoThrow(try store.pool.write {
            try $0.execute(sql: "INSERT INTO task (title, due, created_at, updated_at) VALUES ('x', '2024-02-29', '2025-01-01', '2025-01-01')")
        })
    }

    func testChangesAndTheirErrors() throws {
        let store = try TestSupport.store(self)
        let task = try store.add(TaskDraft(title: "Họp", unit: "Phòng Kinh tế", due: CalendarDate(iso: "2025-10-20")), user: "lan")
        let done = try store.complete(id: task.id, user: "lan")
        XCTAssertEqual(done.status, .done)
        XCTAssertNotNil(done.completedAt)
        XCTAssertThrowsError(try store.complete(id: task.id, user: "lan")) { XCTAssertEqual($0 as? TaskStoreError, .alreadyDone(id: 1)) }
        XCTAssertEqual(try store.reopen(id: task.id, user: "lan").status, .pending)
        XCTAssertEqual(try store.reschedule(id: task.id, to: CalendarDate(iso: "2025-11-01"), user: "lan").due, CalendarDate(iso: "2025-11-01"))
        XCTAssertEqual(try store.reassign(id: task.id, to: "Phòng Văn hóa - Xã hội", user: "lan").unit, "Phòng Văn hóa - Xã hội")
        XCTAssertEqual(try store.addNote(taskID: task.id, text: "đã họp", user: "minh").text, "đã họp")
        XCTAssertEqual(try store.notes(taskID: task.id).map(\.user), ["minh"])
        XCTAssertEqual(try store.delete(id: task.id, user: "lan").status, .deleted)
        XCTAssertThrowsError(try store.complete(id: task.id, user: "lan")) { XCTAssertEqual($0 as? TaskStoreError, .taskDeleted(id: 1)) }
        XCTAssertEqual(try store.tasks(matching: TaskFilter(), today: today), [])
        XCTAssertEqual(try store.restore(id: task.id, user: "lan").status, .pending)
        XCTAssertThrowsError(try store.restore(id: task.id, user: "lan")) { XCTAssertEqual($0 as? TaskStoreError, .notDeleted(id: 1)) }
        XCTAssertThrowsError(try store.complete(id: 7, user: "lan")) { XCTAssertEqual($0 as? TaskStoreError, .taskNotFound(id: 7)) }
    }

    func testRestoreBringsBackTheStatusBeforeTheDelete() throws {
        let store = try TestSupport.store(self)
        let task = try store.add(TaskDraft(title: "Họp"), user: "lan")
        try store.complete(id: task.id, user: "lan")
        try store.delete(id: task.id, user: "lan")
        XCTAssertEqual(try store.restore(id: task.id, user: "lan").status, .done)
    }

    func testFilters() throws {
        let store = try TestSupport.store(self)
        func add(_ title: String, _ unit: String?, _ due: String?) throws -> PlanTask {
            try store.add(TaskDraft(title: title, unit: unit, due: due.flatMap { CalendarDate(iso: $0) }), user: "lan")
        }
        let overdue = try add("quá hạn", "Phòng Kinh tế", "2025-09-01")
        let todayTask = try add("hôm nay", "Phòng Kinh tế", "2025-09-10")
        let soon = try add("tuần này", "Phòng Văn hóa - Xã hội", "2025-09-17")
        let later = try add("tháng sau", "Phòng Văn hóa - Xã hội", "2025-10-20")
        let none = try add("không hạn", nil, nil)
        let done = try add("đã xong", "Phòng Kinh tế", "2025-09-05")
        try store.complete(id: done.id, user: "lan")
        let ids = { (f: TaskFilter) in try store.tasks(matching: f, today: self.today).map(\.id) }
        XCTAssertEqual(try ids(TaskFilter()), [overdue.id, todayTask.id, soon.id, later.id, none.id, done.id])
        XCTAssertEqual(try ids(TaskFilter(status: .open)), [overdue.id, todayTask.id, soon.id, later.id, none.id])
        XCTAssertEqual(try ids(TaskFilter(status: .done)), [done.id])
        XCTAssertEqual(try ids(TaskFilter(overdueOnly: true)), [overdue.id])
        XCTAssertEqual(try ids(TaskFilter(dueWithinDays: 7)), [todayTask.id, soon.id])
        XCTAssertEqual(try ids(TaskFilter(unit: "Phòng Kinh tế")), [overdue.id, todayTask.id, done.id])
        XCTAssertEqual(try ids(TaskFilter(unitContaining: "van hoa")), [soon.id, later.id])
        XCTAssertTrue(TaskStore.unit("Phòng Văn hóa - Xã hội", contains: "VĂN HOÁ"))
        XCTAssertEqual(try store.tasks(titleContaining: "QUA HAN").map(\.id), [overdue.id])
        let counts = try store.statusCounts()
        XCTAssertEqual(counts.first { $0.unit == "Phòng Kinh tế" && $0.status == .pending }?.count, 2)
        XCTAssertEqual(counts.first { $0.unit == "Phòng Kinh tế" && $0.status == .done }?.count, 1)
        try store.addNote(taskID: overdue.id, text: "một", user: "lan")
        try store.addNote(taskID: overdue.id, text: "hai", user: "lan")
        let report = try store.reportSnapshot().first { $0.task.id == overdue.id }!
        XCTAssertEqual(report.notes.map(\.text), ["một", "hai"])
    }

    func testHistoryJournalsEveryChangeWithItsAuthor() throws {
        let store = try TestSupport.store(self)
        let task = try store.add(TaskDraft(title: "Họp", due: CalendarDate(iso: "2025-10-20")), user: "lan")
        try store.reschedule(id: task.id, to: CalendarDate(iso: "2025-10-30"), user: "minh")
        try store.complete(id: task.id, user: "hoa")
        let events = try store.history(taskID: task.id)
        XCTAssertEqual(events.map(\.action), [.add, .reschedule, .done, .done])
        XCTAssertEqual(events.map(\.user), ["lan", "minh", "hoa", "hoa"])
        XCTAssertEqual(events[1].field, .due)
        XCTAssertEqual(events[1].oldValue, "2025-10-20")
        XCTAssertEqual(events[1].newValue, "2025-10-30")
        XCTAssertEqual(events[2].field, .completedAt)
        XCTAssertEqual(events[3].field, .status)
        XCTAssertEqual(events[3].oldValue, "pending")
        XCTAssertEqual(events[3].newValue, "done")
        XCTAssertThrowsError(try store.history(taskID: 5)) { XCTAssertEqual($0 as? TaskStoreError, .taskNotFound(id: 5)) }
    }

    func testFileIsPrivateAndInWALMode() throws {
        let store = try TestSupport.store(self)
        try store.add(TaskDraft(title: "Họp"), user: "lan")
        let attributes = try FileManager.default.attributesOfItem(atPath: store.path)
        XCTAssertEqual((attributes[.posixPermissions] as? NSNumber)?.intValue, 0o600)
        let wal = try FileManager.default.attributesOfItem(atPath: store.path + "-wal")
        XCTAssertEqual((wal[.posixPermissions] as? NSNumber)?.intValue, 0o600, "SQLite gives the WAL the file's mode")
        XCTAssertEqual(try store.pool.read { try String.fetchOne($0, sql: "PRAGMA journal_mode") }, "wal")
        XCTAssertEqual(try store.pool.read { try Bool.fetchOne($0, sql: "PRAGMA foreign_keys") }, true)
    }

    func testDefaultPath() throws {
        let dir = try TestSupport.temporaryDirectory(self)
        XCTAssertEqual(TaskStore.defaultPath(environment: ["DANVAN_STORE": "/x/y.sqlite", "HOME": dir.path]), "/x/y.sqlite")
        let xdg = dir.appendingPathComponent("xdg").path
        XCTAssertEqual(TaskStore.defaultPath(environment: ["XDG_DATA_HOME": xdg, "HOME": "/nonexistent"]),
                       xdg + "/danvan/tasks.sqlite")
        XCTAssertTrue(FileManager.default.fileExists(atPath: xdg + "/danvan"))
        XCTAssertEqual(TaskStore.defaultPath(environment: ["HOME": dir.path, "XDG_DATA_HOME": "relative"]),
                       dir.path + "/.local/share/danvan/tasks.sqlite")
        XCTAssertTrue(FileManager.default.fileExists(atPath: dir.path + "/.local/share/danvan"))
    }

    func testMissingDirectoryIsCreated() throws {
        let path = try TestSupport.temporaryDirectory(self).appendingPathComponent("a/b/tasks.sqlite").path
        XCTAssertEqual(try TaskStore(path: path).add(TaskDraft(title: "x"), user: "lan").id, 1)
    }

    func testUnopenableStoreIsATypedError() throws {
        let file = try TestSupport.write("x", named: "plain-file", in: TestSupport.temporaryDirectory(self))
        let path = file.path + "/x/tasks.sqlite"
        XCTAssertThrowsError(try TaskStore(path: path)) { error in
            guard case .cannotOpen(let failed, _)? = error as? TaskStoreError else { return XCTFail("\(error)") }
            XCTAssertEqual(failed, path)
            XCTAssertTrue(TaskErrorWording.message(for: error).contains("Không mở được kho nhiệm vụ"))
        }
    }
}
