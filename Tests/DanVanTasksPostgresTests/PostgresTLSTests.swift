import DanVanTasks
@testable import DanVanTasksPostgres
import Foundation
import XCTest

/// TLS through NIOSSL with libpq's sslmode, against the test cluster's self-signed certificate
/// (`DANVAN_TEST_PG_CA`, set by `bench/pg-cluster.sh` when openssl is there).
final class PostgresTLSTests: XCTestCase {
    func testSSLModesAgainstARealCertificate() throws {
        guard let ca = ProcessInfo.processInfo.environment["DANVAN_TEST_PG_CA"] else {
            throw XCTSkip("DANVAN_TEST_PG_CA is unset: the test server has no TLS")
        }
        let commune = try PostgresTestServer.commune()
        _ = try PostgresTestServer.official(commune.prefix + "lan", commune: commune.name, unit: "Phòng Kinh tế")
        let base = try PostgresTestServer.url(as: commune.prefix + "lan").replacingOccurrences(of: "?sslmode=disable", with: "")
        for query in ["sslmode=require", "sslmode=verify-ca&sslrootcert=\(ca)", "sslmode=verify-full&sslrootcert=\(ca)"] {
            let store = try PostgresTaskStore(url: base + "?" + query, environment: [:])
            XCTAssertEqual(try store.add(TaskDraft(title: "Qua TLS"), user: "x", at: Date()).title, "Qua TLS", query)
            let ssl = try store.run("SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()", "test").first?.bool("ssl")
            XCTAssertEqual(ssl, true, query)
        }
        XCTAssertThrowsError(try PostgresTaskStore(url: base + "?sslmode=verify-full", environment: [:])) {
            XCTAssertTrue(TaskErrorWording.message(for: $0).contains("chứng chỉ"), TaskErrorWording.message(for: $0))
        }
    }
}
