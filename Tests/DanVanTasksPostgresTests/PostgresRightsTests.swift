import DanVanTasks
@testable import DanVanTasksPostgres
import DanVanText
import Foundation
import PostgresNIO
import XCTest

/// One test per rule of the shared store's rights, enforced by PostgreSQL (policies and grants):
/// through the store, and with raw SQL as the official's own role (what psql would let them type).
final class PostgresRightsTests: XCTestCase {
    let now = StoreBehaviour.now
    let today = StoreBehaviour.today
    let kt = StoreBehaviour.kt
    let vh = StoreBehaviour.vh

    /// A commune with a unit official of Kinh tế (lan), one of VH-XH (mai) and the coordinating unit
    /// with commune rights (vp).
    func office() throws -> (commune: String, prefix: String, lan: PostgresTaskStore, mai: PostgresTaskStore, vp: PostgresTaskStore) {
        let c = try PostgresTestServer.commune()
        return (c.name, c.prefix,
                try PostgresTestServer.official(c.prefix + "lan", commune: c.name, unit: kt),
                try PostgresTestServer.official(c.prefix + "mai", commune: c.name, unit: vh),
                try PostgresTestServer.official(c.prefix + "vp", commune: c.name, unit: vh, rights: "commune"))
    }

    /// Everybody in a commune reads all of its tasks, whatever the unit.
    func testEveryOfficialReadsTheWholeCommune() throws {
        let o = try office()
        let a = try o.lan.add(TaskDraft(title: "Việc kinh tế", unit: kt), user: "x", at: now)
        let b = try o.mai.add(TaskDraft(title: "Việc văn hóa", unit: vh), user: "x", at: now)
        for store in [o.lan, o.mai, o.vp] {
            XCTAssertEqual(try store.tasks(matching: TaskFilter(), today: today, limit: nil).map(\.id).sorted(), [a.id, b.id])
            XCTAssertEqual(try store.history(taskID: b.id).first?.action, .add)
        }
    }

    /// An official changes only their own unit's tasks: another unit's is refused, worded, unchanged.
    func testUnitOfficialCannotChangeAnotherUnitsTask() throws {
        let o = try office()
        let theirs = try o.mai.add(TaskDraft(title: "Hội nghị văn hóa", unit: vh), user: "x", at: now)
        let before = try o.lan.history(taskID: theirs.id).count
        let attempts: [() throws -> Void] = [
            { _ = try o.lan.complete(id: theirs.id, user: "x", at: self.now) },
            { _ = try o.lan.reschedule(id: theirs.id, to: CalendarDate(iso: "2025-12-01"), user: "x", at: self.now) },
            { _ = try o.lan.addNote(taskID: theirs.id, text: "chen ngang", user: "x", at: self.now) },
            { _ = try o.lan.delete(id: theirs.id, user: "x", at: self.now) },
            { _ = try o.lan.add(TaskDraft(title: "Giao cho văn hóa", unit: self.vh), user: "x", at: self.now) },
        ]
        for attempt in attempts {
            XCTAssertThrowsError(try attempt()) { error in
                guard case .refused = error as? PostgresStoreError else { return XCTFail("\(error)") }
                let text = TaskErrorWording.message(for: error)
                XCTAssertTrue(text.contains("Không được phép"), text)
                XCTAssertTrue(text.contains(o.prefix + "lan"), text)
            }
        }
        XCTAssertEqual(try o.lan.task(id: theirs.id), theirs)
        XCTAssertEqual(try o.lan.history(taskID: theirs.id).count, before)
        // The policy itself, without the store's wording: the UPDATE touches no row.
        let raw = try PostgresTestServer.rawSQL("UPDATE danvan.task SET title = 'đổi trộm' WHERE unit = '\(vh)'", as: o.prefix + "lan")
        XCTAssertNil(raw.error)
        XCTAssertEqual(raw.rows, 0)
        XCTAssertEqual(try o.vp.task(id: theirs.id)?.title, "Hội nghị văn hóa")
        // Notes and journal rows of another unit's task: the note and journal policies refuse them too.
        try o.mai.addNote(taskID: theirs.id, text: "đã mời đại biểu", user: "x", at: now)
        let lan = o.prefix + "lan"
        let noteIn = try PostgresTestServer.rawSQL("""
            INSERT INTO danvan.progress_note (task_id, at, text) SELECT id, now(), 'chen' FROM danvan.task WHERE unit = '\(vh)'
            """, as: lan)
        XCTAssertEqual(noteIn.error?.serverInfo?[.sqlState], "42501")
        XCTAssertEqual(try PostgresTestServer.rawSQL("DELETE FROM danvan.progress_note", as: lan).rows, 0)
        XCTAssertEqual(try o.vp.notes(taskID: theirs.id).map(\.text), ["đã mời đại biểu"])
        let journalIn = try PostgresTestServer.rawSQL("""
            WITH g AS (INSERT INTO danvan.change_group (change_id, action, at) VALUES (gen_random_uuid(), 'note', now()) RETURNING id)
            INSERT INTO danvan.journal_entry (group_id, task_id, kind, field, new_value)
            SELECT g.id, t.id, 'set', 'title', 'x' FROM g, danvan.task t WHERE t.unit = '\(vh)'
            """, as: lan)
        XCTAssertEqual(journalIn.error?.serverInfo?[.sqlState], "42501")
        // The own unit's task is fine, and a task with no unit named is the official's unit's.
        let mine = try o.lan.add(TaskDraft(title: "Việc của tôi"), user: "x", at: now)
        XCTAssertEqual(mine.unit, kt)
        XCTAssertEqual(try o.lan.complete(id: mine.id, user: "x", at: now).status, .done)
    }

    /// Commune rights (coordinating unit, leaders) change every task of the commune.
    func testCommuneRightsChangeEveryUnitsTask() throws {
        let o = try office()
        let a = try o.lan.add(TaskDraft(title: "Việc kinh tế", unit: kt), user: "x", at: now)
        XCTAssertEqual(try o.vp.complete(id: a.id, user: "x", at: now).status, .done)
        XCTAssertEqual(try o.vp.reassign(id: a.id, to: vh, user: "x", at: now).unit, vh)
        XCTAssertEqual(try o.vp.add(TaskDraft(title: "Giao kinh tế", unit: kt), user: "x", at: now).unit, kt)
    }

    /// Nobody reads or changes another commune's rows, even with SQL typed in a title or by hand.
    func testNoCrossCommuneReadOrChange() throws {
        let o = try office()
        let secret = try o.lan.add(TaskDraft(title: "Việc nội bộ", unit: kt), user: "x", at: now)
        let other = try PostgresTestServer.commune("Phường")
        let hoa = try PostgresTestServer.official(other.prefix + "hoa", commune: other.name, unit: kt, rights: "commune")
        XCTAssertEqual(try hoa.tasks(matching: TaskFilter(), today: today, limit: nil), [])
        XCTAssertNil(try hoa.task(id: secret.id))
        XCTAssertThrowsError(try hoa.complete(id: secret.id, user: "x", at: now)) {
            XCTAssertEqual($0 as? TaskStoreError, .taskNotFound(id: secret.id))
        }
        // SQL typed in a title is stored as text and runs nowhere.
        let typed = "'); UPDATE danvan.task SET title = 'hacked'; SELECT ('"
        let added = try hoa.add(TaskDraft(title: typed, unit: kt), user: "x", at: now)
        XCTAssertEqual(added.title, typed)
        XCTAssertEqual(try o.lan.task(id: secret.id)?.title, "Việc nội bộ")
        // By hand, as the role: reads see nothing of the other commune, writes touch nothing or fail.
        let role = other.prefix + "hoa"
        let read = try PostgresTestServer.rawSQL("SELECT * FROM danvan.task WHERE title = 'Việc nội bộ'", as: role)
        XCTAssertEqual(read.rows, 0)
        XCTAssertEqual(try PostgresTestServer.rawSQL("UPDATE danvan.task SET title = 'hacked'", as: role).rows, 1, "only its own task")
        XCTAssertEqual(try o.lan.task(id: secret.id)?.title, "Việc nội bộ")
        let communeID = o.lan.communeID
        let insert = try PostgresTestServer.rawSQL("""
            INSERT INTO danvan.task (commune_id, number, title, created_at, updated_at) VALUES (\(communeID), 999, 'cài vào', now(), now())
            """, as: role)
        XCTAssertEqual(insert.error?.serverInfo?[.sqlState], "42501")
        for sql in ["SELECT * FROM danvan.official", "UPDATE danvan.commune SET name = 'x'", "DELETE FROM danvan.task",
                    "DELETE FROM danvan.journal_entry", "UPDATE danvan.task SET commune_id = \(communeID)"] {
            XCTAssertEqual(try PostgresTestServer.rawSQL(sql, as: role).error?.serverInfo?[.sqlState], "42501", sql)
        }
        XCTAssertEqual(try o.lan.tasks(matching: TaskFilter(), today: today, limit: nil).map(\.id), [secret.id])
    }

    /// The journal records the connected role, whatever `--user` says; nobody writes another's name.
    func testJournalRecordsTheRoleNotTheFlag() throws {
        let o = try office()
        let a = try o.lan.add(TaskDraft(title: "Việc", unit: kt), user: "giả-danh", at: now)
        try o.vp.complete(id: a.id, user: "lan", at: now)
        XCTAssertEqual(try o.mai.history(taskID: a.id).map(\.user), [o.prefix + "lan", o.prefix + "vp", o.prefix + "vp"])
        XCTAssertEqual(try o.lan.notes(taskID: a.id), [])
        let forged = try PostgresTestServer.rawSQL("""
            INSERT INTO danvan.change_group (change_id, action, at, user_name) VALUES (gen_random_uuid(), 'add', now(), '\(o.prefix)vp')
            """, as: o.prefix + "lan")
        XCTAssertEqual(forged.error?.serverInfo?[.sqlState], "42501")
    }

    /// `hoàn tác` undoes only the user's own latest change, never a colleague's later one.
    func testUndoTakesBackOnlyTheUsersOwnChange() throws {
        let o = try office()
        let a = try o.lan.add(TaskDraft(title: "Việc A", unit: kt), user: "x", at: now)
        let b = try o.vp.add(TaskDraft(title: "Việc B", unit: vh), user: "x", at: now)
        try o.vp.complete(id: a.id, user: "x", at: now)
        let undone = try o.lan.undo(user: "x", at: now)
        XCTAssertEqual(undone.action, .add)
        XCTAssertEqual(undone.tasks.map(\.id), [a.id])
        XCTAssertEqual(try o.vp.task(id: b.id)?.status, .pending, "vp's add stays")
        XCTAssertThrowsError(try o.mai.undo(user: "x", at: now)) {
            XCTAssertEqual($0 as? PostgresStoreError, .nothingOfMineToUndo)
            XCTAssertTrue(TaskErrorWording.message(for: $0).contains("chính bạn"))
        }
        XCTAssertEqual(try o.vp.undo(user: "x", at: now).action, .done)
        XCTAssertEqual(try o.vp.undo(user: "x", at: now).action, .add)
    }

    /// A role that is no official, and a database without the schema, are told so at opening.
    func testStrangersAndEmptyDatabasesAreRefusedAtOpening() throws {
        let admin = try PostgresAdmin(url: PostgresTestServer.adminURL())
        let stranger = "t\(UUID().uuidString.prefix(8).lowercased())_stranger"
        try admin.run(PostgresQueryLiteral.createRole(stranger), "test")
        XCTAssertThrowsError(try PostgresTaskStore(url: PostgresTestServer.url(as: stranger), environment: [:])) {
            guard case .notAnOfficial(let role, _) = $0 as? PostgresStoreError else { return XCTFail("\($0)") }
            XCTAssertEqual(role, stranger)
            XCTAssertTrue(TaskErrorWording.message(for: $0).contains("admin official add"))
        }
        var settings = try PostgresSettings(url: PostgresTestServer.adminURL(), environment: [:])
        settings.database = "postgres"
        XCTAssertThrowsError(try PostgresTaskStore(settings: settings)) {
            guard case .notInitialised = $0 as? PostgresStoreError else { return XCTFail("\($0)") }
            XCTAssertTrue(TaskErrorWording.message(for: $0).contains("admin init"))
        }
        XCTAssertThrowsError(try PostgresTaskStore(url: "postgresql://nobody@127.0.0.1:1/danvan?sslmode=disable", environment: [:])) {
            guard case .cannotConnect = $0 as? PostgresStoreError else { return XCTFail("\($0)") }
            XCTAssertTrue(TaskErrorWording.message(for: $0).hasPrefix("Không kết nối được"))
        }
    }
}

/// DDL text for tests (names are generated, never typed by a person).
enum PostgresQueryLiteral {
    static func createRole(_ name: String) -> PostgresQuery { PostgresQuery(unsafeSQL: "CREATE ROLE \(name) LOGIN") }
}
