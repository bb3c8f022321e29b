import DanVanTasks
@testable import DanVanTasksPostgres
import DanVanText
import Foundation
import PostgresNIO
import XCTest

/// Where a list question's time goes on the PostgreSQL store, measured in this process (monotonic clock)
/// against the test server: one bare request (`SELECT 1`); the list as the store asked for it before
/// (`before`: the page sorted from all the commune's tasks, then a request per capped count) and
/// as it asks now (`listPage`: one request, the page read in index order), interleaved so both see the
/// same machine load. The commune's tasks are interleaved with 29 other communes' (as in a city's
/// table, one commune's rows on as many pages as it has tasks) and the table vacuumed, as autovacuum
/// leaves it. A measurement, not a check: it runs only with `DANVAN_PG_TIMING=N` (tasks per commune).
///
///     DANVAN_PG_TIMING=2000 swift test --disable-swift-testing --filter PostgresLatencyTests
final class PostgresLatencyTests: XCTestCase {
    func testWhereAListQuestionsTimeGoes() throws {
        guard let size = ProcessInfo.processInfo.environment["DANVAN_PG_TIMING"].flatMap(Int.init), size > 0 else {
            throw XCTSkip("DANVAN_PG_TIMING is unset: the latency measurement is not run")
        }
        let communes = try (0..<30).map { _ in try PostgresTestServer.commune("Xã đo") }
        let commune = communes[0]
        let names = communes.map { "'\($0.name)'" }.joined(separator: ", ")
        let admin = try PostgresSession(settings: PostgresSettings(url: PostgresTestServer.adminURL(), environment: [:]))
        defer { admin.drop() }
        let today = StoreBehaviour.today
        _ = try admin.query(PostgresQuery(unsafeSQL: """
            INSERT INTO danvan.task (commune_id, number, title, unit, due, status, created_at, completed_at, updated_at, source)
            SELECT c.id, g, 'Nhiệm vụ ' || g, (ARRAY['\(StoreBehaviour.kt)', '\(StoreBehaviour.vh)'])[1 + g % 2],
                   DATE '\(today.iso)' + (g % 120) - 60, CASE WHEN g % 4 = 0 THEN 'done' ELSE 'pending' END,
                   now(), CASE WHEN g % 4 = 0 THEN now() END, now(), 'bench'
            FROM generate_series(1, \(size)) g, danvan.commune c WHERE c.name IN (\(names))
            """), operation: "seed")
        _ = try admin.query("VACUUM ANALYZE danvan.task", operation: "seed")
        let store = try PostgresTestServer.official(commune.prefix + "kt", commune: commune.name, unit: StoreBehaviour.kt)

        var samples: [String: [UInt64]] = [:]
        func time(_ name: String, _ body: () throws -> Void) rethrows {
            let start = DispatchTime.now().uptimeNanoseconds
            try body()
            samples[name, default: []].append(DispatchTime.now().uptimeNanoseconds - start)
        }
        let filters = [("list", TaskFilter()), ("overdue", TaskFilter(status: .open, overdueOnly: true))]
        for round in 0..<220 {
            try time("bare request (SELECT 1)") { _ = try store.session.query("SELECT 1 AS one", operation: "ping") }
            for (name, filter) in filters {
                try time("\(name): before, a request per count") {
                    var (condition, binds) = store.whereClause(filter, today: today)
                    binds.append(25)
                    _ = try store.run(PostgresQuery(unsafeSQL: """
                        SELECT \(PostgresTaskStore.taskColumns) FROM danvan.task WHERE \(condition)
                        ORDER BY \(PostgresTaskStore.listOrder) LIMIT $\(binds.count)
                        """, binds: binds), "list").map { try $0.task() }
                    _ = try store.countedSummary(filter, today: today, soonDays: 7)
                }
                try time("\(name): listPage, one request") {
                    _ = try store.listPage(matching: filter, today: today, offset: 0, limit: 25, soonDays: 7)
                }
            }
            if round == 19 { samples = [:] }  // the first 20 rounds warm up
        }
        for (name, values) in samples.sorted(by: { $0.key < $1.key }) {
            let sorted = values.sorted()
            func ms(_ p: Double) -> String {
                String(format: "%.2f", Double(sorted[min(sorted.count - 1, Int(p * Double(sorted.count)))]) / 1e6)
            }
            print("pg timing (\(size) tasks, \(sorted.count) runs): \(name): p50 \(ms(0.5)) ms, p99 \(ms(0.99)) ms")
        }
    }
}
