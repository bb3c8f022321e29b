import DanVanIntents
import DanVanTasks
@testable import DanVanTasksPostgres
import DanVanText
import Foundation
import XCTest

/// How many requests reach the server per question: on loopback a request is cheap for the server but
/// costs a round trip through the client's event loop and the server's backend, so a question's latency
/// follows this count (issue 18: list and overdue, p99 ≤ 10 ms).
final class PostgresRequestTests: XCTestCase {
    let today = StoreBehaviour.today

    /// An official of a fresh commune with `count` tasks: every fourth done, deadlines spread around today.
    func storeWithTasks(_ count: Int) throws -> PostgresTaskStore {
        let commune = try PostgresTestServer.commune()
        let store = try PostgresTestServer.official(commune.prefix + "vp", commune: commune.name, unit: StoreBehaviour.kt,
                                                    rights: "commune")
        for i in 0..<count {
            let due = today.adding(days: i % 20 - 10)
            let task = try store.add(TaskDraft(title: "Việc \(i)", unit: i.isMultiple(of: 3) ? StoreBehaviour.vh : StoreBehaviour.kt,
                                               due: i % 7 == 6 ? nil : due), user: "lan", at: StoreBehaviour.now)
            if i.isMultiple(of: 4) { try store.complete(id: task.id, user: "lan", at: StoreBehaviour.now) }
        }
        return store
    }

    /// The requests `body` sends.
    func requests(_ store: PostgresTaskStore, _ body: () throws -> Void) rethrows -> Int {
        let before = store.session.requests
        try body()
        return store.session.requests - before
    }

    func testAPageWithItsCountsIsOneRequest() throws {
        let store = try storeWithTasks(30)
        for filter in [TaskFilter(), TaskFilter(status: .open, overdueOnly: true), TaskFilter(status: .open, dueWithinDays: 7),
                       TaskFilter(unit: StoreBehaviour.vh), TaskFilter(status: .done)] {
            var page: (tasks: [PlanTask], summary: TaskListSummary)?
            XCTAssertEqual(try requests(store) {
                page = try store.listPage(matching: filter, today: today, offset: 0, limit: 25, soonDays: 7)
            }, 1, "\(filter)")
            XCTAssertEqual(try requests(store) { _ = try store.summary(matching: filter, today: today, soonDays: 7) }, 1)
            XCTAssertEqual(page?.tasks, try store.tasks(matching: filter, today: today, offset: 0, limit: 25))
        }
        // The whole list: 30 tasks, a page of 25; the counts are of the whole list.
        let all = try store.listPage(matching: TaskFilter(), today: today, offset: 0, limit: 25, soonDays: 7)
        XCTAssertEqual(all.tasks.count, 25)
        XCTAssertEqual(all.summary.total, 30)
        XCTAssertEqual(all.summary.done, 8)
        // The day's agenda: three sections, one request.
        var agenda: TaskAgenda?
        XCTAssertEqual(try requests(store) { agenda = try store.agenda(today: today, unit: nil) }, 1)
        let overdue = try store.tasks(matching: TaskFilter(status: .open, overdueOnly: true), today: today, limit: nil)
        XCTAssertEqual(agenda?.overdue.total, overdue.count)
        XCTAssertEqual(agenda?.overdue.tasks.map(\.id), overdue.sorted { ($0.due!, $0.id) < ($1.due!, $1.id) }.prefix(5).map(\.id))
        XCTAssertEqual(agenda?.dueToday.total, try store.count(matching: TaskFilter(status: .open, dueWithinDays: 0), today: today))
        // A name fragment is matched in Swift: more requests, the same answer.
        let fragment = TaskFilter(unitContaining: "van hoa")
        XCTAssertEqual(try store.listPage(matching: fragment, today: today, offset: 0, limit: 25, soonDays: 7).summary,
                       try store.listPage(matching: TaskFilter(unit: StoreBehaviour.vh), today: today, offset: 0, limit: 25,
                                          soonDays: 7).summary)
    }

    /// "danh sách nhiệm vụ" and "nhiệm vụ quá hạn" as the assistant answers them: one request each,
    /// the same answer a store of separate counts gives.
    func testAListQuestionIsOneRequest() throws {
        let store = try storeWithTasks(12)
        let root = StoreBehaviour.root
        let parser = TaskCommandParser(vocabulary: StoreBehaviour.vocabulary,
                                       courtesy: try IntentCatalog.load(directory: root.appendingPathComponent("Intents")).courtesy,
                                       resolveUnit: StoreBehaviour.resolver,
                                       dates: try DateGrammar(contentsOf: root.appendingPathComponent("Intents/dates.yaml")))
        let responder = TaskResponder(store: store)
        for (question, shown) in [("danh sách nhiệm vụ", 12), ("nhiệm vụ quá hạn", 6)] {
            let parse = try XCTUnwrap(parser.parse(question, today: today), question)
            var response: TaskResponse?
            XCTAssertEqual(requests(store) { response = responder.respond(to: parse, today: today, user: "lan") }, 1, question)
            XCTAssertEqual(response?.succeeded, true, question)
            XCTAssertEqual(response?.tasks.count, shown, question)
        }
    }

    /// Opening a store: the schema, the membership, the versions and who the official is in two requests.
    func testOpeningIsTwoRequests() throws {
        let commune = try PostgresTestServer.commune()
        let store = try PostgresTestServer.official(commune.prefix + "kt", commune: commune.name, unit: StoreBehaviour.kt)
        XCTAssertEqual(store.session.requests, 2)
        XCTAssertEqual(store.unit, StoreBehaviour.kt)
        XCTAssertEqual(store.commune, commune.name)
        XCTAssertEqual(store.rights, "unit")
    }

    /// A cold ask reads the shared library, then opens the task store: one connection for both (the
    /// same server backend), taken once; a store of other settings connects on its own.
    func testTheLibraryHandsItsConnectionToTheStore() throws {
        let commune = try PostgresTestServer.commune()
        let login = commune.prefix + "lan"
        try PostgresAdmin(url: PostgresTestServer.adminURL()).addOfficial(login: login, commune: commune.name,
                                                                        unit: StoreBehaviour.kt, rights: "unit", password: nil)
        let url = try PostgresTestServer.url(as: login)
        func backend(_ session: PostgresSession) throws -> Int {
            try PostgresRows(session.query("SELECT pg_backend_pid() AS pid", operation: "test")).first!.int("pid")
        }
        let library = try PostgresPlanLibrary(url: url, environment: [:])
        let pid = try backend(library.session)
        library.close()
        let store = try PostgresTaskStore(url: url, environment: [:])
        XCTAssertEqual(try backend(store.session), pid)
        XCTAssertEqual(store.commune, commune.name)
        let other = try PostgresTaskStore(url: url, environment: [:])
        XCTAssertNotEqual(try backend(other.session), pid, "a handed-over connection serves one session")
        // Left by a session of another role, it is not taken.
        let admin = try PostgresPlanLibrary(url: PostgresTestServer.adminURL(), environment: [:])
        let adminPID = try backend(admin.session)
        admin.close()
        let again = try PostgresTaskStore(url: url, environment: [:])
        XCTAssertNotEqual(try backend(again.session), adminPID)
        XCTAssertEqual(again.role, login)
    }
}
