@testable import DanVanTasksPostgres
import DanVanTasks
import Foundation
import XCTest

/// libpq's conventions for the store URL (no server needed).
final class PostgresSettingsTests: XCTestCase {
    func testURLPartsWin() throws {
        let s = try PostgresSettings(url: "postgresql://lan:b%C3%AD@db.xa.vn:6543/danvan?sslmode=require",
                                     environment: ["PGHOST": "other", "PGPORT": "1", "PGUSER": "x", "PGPASSWORD": "y"])
        XCTAssertEqual(s.host, "db.xa.vn")
        XCTAssertEqual(s.port, 6543)
        XCTAssertEqual(s.user, "lan")
        XCTAssertEqual(s.password, "bí")
        XCTAssertEqual(s.database, "danvan")
        XCTAssertEqual(s.sslMode, .require)
        XCTAssertFalse(s.displayURL.contains("bí"), "never the password in messages")
    }

    func testEnvironmentFillsTheRest() throws {
        let s = try PostgresSettings(url: "postgres://", environment: ["PGHOST": "srv", "PGPORT": "5433", "PGUSER": "mai",
                                                                         "PGDATABASE": "xa", "PGPASSWORD": "pw", "PGSSLMODE": "disable"])
        XCTAssertEqual([s.host, "\(s.port)", s.user, s.database, s.password ?? ""], ["srv", "5433", "mai", "xa", "pw"])
        XCTAssertEqual(s.sslMode, .disable)
        let d = try PostgresSettings(url: "postgresql:///danvan", environment: ["USER": "hung"])
        XCTAssertEqual(d.user, "hung")
        XCTAssertTrue(d.isSocket, "no host: the local socket, as libpq")
        XCTAssertEqual(d.sslMode, .prefer)
    }

    func testSocketDirectoryHost() throws {
        let a = try PostgresSettings(url: "postgresql://lan@%2Ftmp%2Fpg:5999/danvan", environment: [:])
        let b = try PostgresSettings(url: "postgresql://lan@/danvan?host=/tmp/pg&port=5999", environment: [:])
        for s in [a, b] {
            XCTAssertTrue(s.isSocket)
            XCTAssertEqual(s.socketPath, "/tmp/pg/.s.PGSQL.5999")
        }
    }

    func testBadURLsAreWorded() {
        for (url, words) in [("mysql://x@y/z", "postgresql://"), ("postgresql://x@y:0/z", "cổng"),
                             ("postgresql://x@y/z?sslmode=always", "sslmode"), ("postgresql://x@[::1/z", "ngoặc")] {
            XCTAssertThrowsError(try PostgresSettings(url: url, environment: [:]), url) {
                XCTAssertTrue(TaskErrorWording.message(for: $0).contains(words), TaskErrorWording.message(for: $0))
            }
        }
    }

    func testPgpassFileMatchesWithWildcardsAndNeedsMode0600() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("pgpass-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent(".pgpass")
        try "# comment\nother:5432:danvan:lan:wrong\ndb.xa.vn:*:danvan:lan:m\\:k\n*:*:*:*:any\n".write(to: file, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: file.path)
        let s = try PostgresSettings(url: "postgresql://lan@db.xa.vn/danvan", environment: ["HOME": dir.path])
        XCTAssertEqual(s.password, "m:k")
        let other = try PostgresSettings(url: "postgresql://mai@h/x", environment: ["PGPASSFILE": file.path])
        XCTAssertEqual(other.password, "any")
        try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: file.path)
        XCTAssertNil(try PostgresSettings(url: "postgresql://lan@db.xa.vn/danvan", environment: ["HOME": dir.path]).password)
    }

    func testRedaction() {
        XCTAssertEqual(PostgresSettings.redacted("postgresql://lan:secret@h/d"), "postgresql://lan:***@h/d")
        XCTAssertEqual(PostgresSettings.redacted("postgresql://lan@h/d"), "postgresql://lan@h/d")
    }

    func testOpenerChoosesTheBackendByURL() {
        XCTAssertTrue(TaskStoreOpener.isPostgresURL("postgresql://x@y/z"))
        XCTAssertTrue(TaskStoreOpener.isPostgresURL("POSTGRES://x@y/z"))
        XCTAssertFalse(TaskStoreOpener.isPostgresURL("/home/lan/.local/share/danvan/tasks.sqlite"))
        XCTAssertFalse(TaskStoreOpener.sqlite.isServer)
        XCTAssertTrue(PostgresTaskStore.opener.isServer)
    }

    func testMigrationStatementsSplitOutsideQuotesAndBodies() {
        let sql = "-- a; comment\nCREATE FUNCTION f() AS $$ SELECT 1; $$;\nINSERT INTO t VALUES ('a;b');\n"
        XCTAssertEqual(PostgresAdmin.statements(sql), ["CREATE FUNCTION f() AS $$ SELECT 1; $$", "INSERT INTO t VALUES ('a;b')"])
        XCTAssertGreaterThan(PostgresAdmin.statements(PostgresMigrations.v1).count, 30)
    }
}
