import DanVanTasks
@testable import DanVanTasksPostgres
import DanVanText
import Foundation
import PostgresNIO
import XCTest

/// Many officials at once, each on their own connection and role; connections that drop.
final class PostgresConcurrencyTests: XCTestCase {
    let now = StoreBehaviour.now
    let today = StoreBehaviour.today

    /// 15 officials add and update tasks at the same time (15 × 40 here; 15 × 200 with
    /// `DANVAN_PG_FULL=1`): every acknowledged change is there, nothing deadlocks, the journal is complete.
    func testFifteenOfficialsAtOnce() throws {
        let commune = try PostgresTestServer.commune()
        let full = ProcessInfo.processInfo.environment["DANVAN_PG_FULL"] == "1"
        let officials = 15
        let perOfficial = full ? 200 : 40
        let stores = try (0..<officials).map { i in
            try PostgresTestServer.official("\(commune.prefix)o\(i)", commune: commune.name, unit: "Đơn vị \(i)")
        }
        let results = Results()
        let group = DispatchGroup()
        for store in stores {
            group.enter()
            let thread = Thread {
                defer { group.leave() }
                var mine: [(id: Int, done: Bool, title: String)] = []
                do {
                    for n in 0..<perOfficial {
                        let title = "Việc \(n) của \(store.role)"
                        let task = try store.add(TaskDraft(title: title), user: "x", at: self.now)
                        var done = false
                        if n % 2 == 0 {
                            _ = try store.complete(id: task.id, user: "x", at: self.now)
                            done = true
                        }
                        mine.append((task.id, done, title))
                    }
                } catch {
                    results.fail("\(store.role): \(TaskErrorWording.message(for: error))")
                }
                results.acknowledge(store.role, mine)
            }
            thread.start()
        }
        XCTAssertEqual(group.wait(timeout: .now() + 600), .success, "no deadlock")
        XCTAssertEqual(results.failures, [])
        let all = try stores[0].tasks(matching: TaskFilter(), today: today, limit: nil)
        XCTAssertEqual(all.count, officials * perOfficial)
        XCTAssertEqual(Set(all.map(\.id)).count, all.count, "numbers never repeat")
        let byID = Dictionary(uniqueKeysWithValues: all.map { ($0.id, $0) })
        for (role, changes) in results.acknowledged {
            XCTAssertEqual(changes.count, perOfficial, role)
            for change in changes {
                XCTAssertEqual(byID[change.id]?.title, change.title)
                XCTAssertEqual(byID[change.id]?.status, change.done ? .done : .pending)
            }
        }
        // The journal: one group per acknowledged change, each by its role.
        let history = try stores[0].recentHistory(limit: 100_000)
        let groups = Dictionary(grouping: history, by: \.groupID)
        XCTAssertEqual(groups.count, officials * (perOfficial + perOfficial / 2))
        for store in stores {
            XCTAssertEqual(Set(history.filter { $0.user == store.role }.map(\.groupID)).count, perOfficial + perOfficial / 2)
        }
    }

    /// The server ends the connection (a restart, an administrator): a read says so and the next one
    /// reconnects; a change reconnects by itself and is applied once.
    func testDroppedConnectionReconnects() throws {
        let commune = try PostgresTestServer.commune()
        let store = try PostgresTestServer.official(commune.prefix + "lan", commune: commune.name, unit: "Phòng Kinh tế")
        let a = try store.add(TaskDraft(title: "Trước khi mất kết nối"), user: "x", at: now)
        try terminate(store.role)
        // Either the client saw the close first and reconnects at once, or the read fails with the
        // worded message; the next question works in both cases.
        do {
            let read = try store.task(id: a.id)
            XCTAssertEqual(read?.title, "Trước khi mất kết nối")
        } catch {
            XCTAssertEqual(error as? PostgresStoreError, .connectionLost(url: store.location))
            XCTAssertTrue(TaskErrorWording.message(for: error).contains("kết nối lại"))
        }
        XCTAssertEqual(try store.task(id: a.id)?.title, "Trước khi mất kết nối")
        try terminate(store.role)
        let b = try store.add(TaskDraft(title: "Sau khi mất kết nối"), user: "x", at: now)
        XCTAssertEqual(try store.tasks(matching: TaskFilter(), today: today, limit: nil).map(\.id), [a.id, b.id])
        XCTAssertEqual(try store.recentHistory(limit: 10).count, 2, "one group each, nothing doubled")
    }

    /// A change retried under the same change id (its first commit's answer lost) is applied once.
    func testRetriedChangeIsAppliedOnce() throws {
        let commune = try PostgresTestServer.commune()
        let store = try PostgresTestServer.official(commune.prefix + "lan", commune: commune.name, unit: "Phòng Kinh tế")
        let a = try store.add(TaskDraft(title: "Việc"), user: "x", at: now)
        let id = UUID()
        var runs = 0
        let body: (UUID) throws -> PlanTask = { changeID in
            runs += 1
            let group = try store.beginGroup(changeID, action: .done, at: self.now)
            let change = PostgresChange(store: store, group: group, taskID: try store.storedTask(number: a.id, operation: "done")!.id,
                                        number: a.id, action: .done, at: self.now)
            try change.set(.completedAt, to: PostgresTaskStore.stamp(self.now))
            try change.set(.status, to: "done")
            return try store.task(id: a.id)!
        }
        let first = try store.changing("done", body, alreadyDone: { _ in nil }, changeID: id)
        let again = try store.changing("done", { _ in XCTFail("ran twice"); return first }, alreadyDone: { changeID in
            try store.applied(changeID) ? try store.task(id: a.id) : nil
        }, changeID: id, retrying: true)
        XCTAssertEqual(runs, 1)
        XCTAssertEqual(again.status, .done)
        XCTAssertEqual(try store.history(taskID: a.id).filter { $0.action == .done }.count, 2, "completed_at and status, once")
    }

    /// What the officials' threads report, under a lock.
    final class Results: @unchecked Sendable {
        private let lock = NSLock()
        private(set) var acknowledged: [String: [(id: Int, done: Bool, title: String)]] = [:]
        private(set) var failures: [String] = []

        func fail(_ message: String) {
            lock.lock(); defer { lock.unlock() }
            failures.append(message)
        }

        func acknowledge(_ role: String, _ changes: [(id: Int, done: Bool, title: String)]) {
            lock.lock(); defer { lock.unlock() }
            acknowledged[role] = changes
        }
    }

    /// A client that vanishes in the middle of a change (SIGKILL: its connection closes before COMMIT)
    /// leaves nothing of it: no half-set task, no journal row, no change group.
    func testAChangeCutOffBeforeCommitLeavesNothing() throws {
        let commune = try PostgresTestServer.commune()
        let store = try PostgresTestServer.official(commune.prefix + "lan", commune: commune.name, unit: "Phòng Kinh tế")
        let a = try store.add(TaskDraft(title: "Việc dở dang"), user: "x", at: now)
        let before = try store.recentHistory(limit: 100)
        _ = try store.session.query("BEGIN", operation: "test")
        let group = try store.beginGroup(UUID(), action: .done, at: now)
        let stored = try XCTUnwrap(try store.storedTask(number: a.id, operation: "done"))
        let change = PostgresChange(store: store, group: group, taskID: stored.id, number: a.id, action: .done, at: now)
        try change.set(.completedAt, to: PostgresTaskStore.stamp(now))
        store.session.drop()  // the client is gone before COMMIT
        let after = try store.task(id: a.id)
        XCTAssertEqual(after?.status, .pending)
        XCTAssertNil(after?.completedAt)
        XCTAssertEqual(try store.recentHistory(limit: 100), before)
    }

    /// Ends every backend of a role, as a server restart would.
    private func terminate(_ role: String) throws {
        let admin = try PostgresAdmin(url: PostgresTestServer.adminURL())
        try admin.run("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = \(role)", "test")
        Thread.sleep(forTimeInterval: 0.2)
    }
}
