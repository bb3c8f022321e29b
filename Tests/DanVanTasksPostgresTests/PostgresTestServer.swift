@testable import DanVanTasks
@testable import DanVanTasksPostgres
import DanVanText
import Foundation
import PostgresNIO
import XCTest

/// The real server the PostgreSQL tests run against: `DANVAN_TEST_PG` (an administrator URL), set by
/// `make test` from `bench/pg-cluster.sh start`. Without it the tests skip with a printed notice.
enum PostgresTestServer {
    static let url = ProcessInfo.processInfo.environment["DANVAN_TEST_PG"].flatMap { $0.isEmpty ? nil : $0 }

    /// The schema is initialised once per test process.
    private static let initialised: Result<Void, Error> = {
        guard let url else { return .success(()) }
        return Result { _ = try PostgresAdmin(url: url).initialise(commune: "Xã Kiểm Thử") }
    }()

    /// The admin URL, or a skip (with a notice on standard error) when no server is configured.
    static func adminURL() throws -> String {
        guard let url else {
            FileHandle.standardError.write(Data("DANVAN_TEST_PG chưa đặt: bỏ qua kiểm thử PostgreSQL (make test khởi động máy chủ tạm).\n".utf8))
            throw XCTSkip("DANVAN_TEST_PG is unset: no PostgreSQL server for this run")
        }
        try initialised.get()
        return url
    }

    /// The URL for another role on the same server (trust authentication on the test cluster).
    static func url(as role: String) throws -> String {
        var settings = try PostgresSettings(url: adminURL(), environment: [:])
        settings.user = role
        return "postgresql://\(role)@\(settings.host):\(settings.port)/\(settings.database)?sslmode=disable"
    }

    /// A fresh commune with a unique name, and a prefix for its officials' logins.
    static func commune(_ label: String = "Xã") throws -> (name: String, prefix: String) {
        let tag = UUID().uuidString.prefix(8).lowercased()
        let admin = try PostgresAdmin(url: adminURL())
        let name = "\(label) \(tag)"
        try admin.initialise(commune: name)
        return (name, "t\(tag)_")
    }

    /// Registers an official and returns a store connected as them.
    static func official(_ login: String, commune: String, unit: String, rights: String = "unit") throws -> PostgresTaskStore {
        try PostgresAdmin(url: adminURL()).addOfficial(login: login, commune: commune, unit: unit, rights: rights, password: nil)
        return try PostgresTaskStore(url: url(as: login), environment: [:])
    }

    /// Runs raw SQL as a role (to try what a person with psql could do); returns the error, if any.
    static func rawSQL(_ sql: String, as role: String) throws -> (rows: Int, error: PSQLError?) {
        let session = try PostgresSession(settings: PostgresSettings(url: url(as: role), environment: [:]))
        defer { session.drop() }
        do {
            let result = try session.query(PostgresQuery(unsafeSQL: sql), operation: "raw")
            return (result.metadata.rows ?? result.rows.count, nil)
        } catch let error as PSQLError {
            return (0, error)
        }
    }
}
