import DanVanTasks
@testable import DanVanTasksPostgres
import DanVanText
import Foundation
import XCTest

/// Many communes in one database: the city's report counts each commune's tasks and the city's.
final class PostgresCityReportTests: XCTestCase {
    func testEachCommuneAndTheCity() throws {
        let now = StoreBehaviour.now
        let today = StoreBehaviour.today
        let a = try PostgresTestServer.commune("Xã")
        let b = try PostgresTestServer.commune("Phường")
        let lan = try PostgresTestServer.official(a.prefix + "lan", commune: a.name, unit: "Phòng Kinh tế")
        let hoa = try PostgresTestServer.official(b.prefix + "hoa", commune: b.name, unit: "Phòng Kinh tế")
        let late = try lan.add(TaskDraft(title: "Quá hạn", due: CalendarDate(iso: "2025-09-01")), user: "x", at: now)
        _ = try lan.add(TaskDraft(title: "Chưa đến hạn", due: CalendarDate(iso: "2025-12-01")), user: "x", at: now)
        let gone = try lan.add(TaskDraft(title: "Đã xóa"), user: "x", at: now)
        try lan.delete(id: gone.id, user: "x", at: now)
        try hoa.complete(id: try hoa.add(TaskDraft(title: "Xong"), user: "x", at: now).id, user: "x", at: now)
        XCTAssertEqual(late.id, 1)
        let counts = try PostgresAdmin(url: PostgresTestServer.adminURL()).cityCounts(today: today)
            .filter { [a.name, b.name].contains($0.commune) }
        XCTAssertEqual(counts, [.init(commune: b.name, total: 1, open: 0, overdue: 0, done: 1),
                                .init(commune: a.name, total: 2, open: 2, overdue: 1, done: 0)])
        let table = PostgresAdmin.cityReport(counts)
        XCTAssertTrue(table.contains("| \(a.name) | 2 | 2 | 1 | 0 |"), table)
        XCTAssertTrue(table.contains("| **Toàn thành phố** | 3 | 2 | 1 | 1 |"), table)
    }
}
