import DanVanTasks
import DanVanText
import Foundation
import PostgresNIO

/// `danvan admin`: what an administrator (a role that may create roles, owner of the schema) does on
/// the shared store — create or migrate the schema and a commune, register officials, list them.
///
///     let admin = try PostgresAdmin(url: "postgresql://postgres@/danvan")
///     try admin.initialise(commune: "Xã Đường An")           // idempotent
///     try admin.addOfficial(login: "lan", commune: "Xã Đường An", unit: "Phòng Kinh tế", rights: "unit", password: nil)
public final class PostgresAdmin: @unchecked Sendable {
    public let settings: PostgresSettings
    let session: PostgresSession

    public convenience init(url: String, environment: [String: String] = ProcessInfo.processInfo.environment) throws {
        try self.init(settings: PostgresSettings(url: url, environment: environment))
    }

    public init(settings: PostgresSettings) throws {
        self.settings = settings
        session = try PostgresSession(settings: settings)
    }

    /// Runs a statement; a server refusal becomes `.server` with its words.
    @discardableResult
    func run(_ query: PostgresQuery, _ operation: String) throws -> PostgresRows {
        do {
            return PostgresRows(try session.query(query, operation: operation))
        } catch let error as PSQLError {
            throw PostgresStoreError.server(operation: operation, state: error.serverInfo?[.sqlState] ?? "?",
                                            detail: PostgresSession.describe(error))
        }
    }

    /// Creates the group role and the schema (every missing migration, each in its transaction) and
    /// the commune. Running it again changes nothing.
    ///
    /// - Returns: The migrations applied now (empty when the schema was current).
    @discardableResult
    public func initialise(commune: String) throws -> [String] {
        let commune = Folding.nfc(commune).trimmingCharacters(in: .whitespacesAndNewlines)
        guard !commune.isEmpty else { throw PostgresAdminError.emptyCommune }
        try run("SELECT pg_advisory_lock(hashtext('danvan-admin-init'))", "init")
        defer { _ = try? run("SELECT pg_advisory_unlock(hashtext('danvan-admin-init'))", "init") }
        if try run("SELECT 1 AS one FROM pg_roles WHERE rolname = 'danvan_official'", "init").isEmpty {
            try run("CREATE ROLE danvan_official NOLOGIN", "init")
        }
        try run("CREATE SCHEMA IF NOT EXISTS danvan", "init")
        try run("""
            CREATE TABLE IF NOT EXISTS danvan.schema_migration (
                version text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())
            """, "init")
        try run("GRANT USAGE ON SCHEMA danvan TO danvan_official", "init")
        try run("GRANT SELECT ON danvan.schema_migration TO danvan_official", "init")
        let applied = Set(try run("SELECT version FROM danvan.schema_migration", "init").map { try $0.string("version") })
        let known = Set(PostgresMigrations.all.map(\.0))
        if applied.contains(where: { !known.contains($0) }) { throw PostgresStoreError.newerSchema(url: settings.displayURL) }
        var now: [String] = []
        for (version, sql) in PostgresMigrations.all where !applied.contains(version) {
            try session.transaction("init") {
                for statement in Self.statements(sql) { try run(PostgresQuery(unsafeSQL: statement), "init \(version)") }
                try run("INSERT INTO danvan.schema_migration (version) VALUES (\(version))", "init")
            }
            now.append(version)
        }
        try run("INSERT INTO danvan.commune (name) VALUES (\(commune)) ON CONFLICT (name) DO NOTHING", "init")
        return now
    }

    /// Registers (or updates) an official: the login role (with its password, when given), its
    /// membership of `danvan_official`, its commune, unit and rights.
    public func addOfficial(login: String, commune: String, unit: String, rights: String, password: String?) throws {
        guard login.range(of: "^[a-z_][a-z0-9_]{0,62}$", options: .regularExpression) != nil else {
            throw PostgresAdminError.badLogin(login)
        }
        guard ["unit", "commune"].contains(rights) else { throw PostgresAdminError.badRights(rights) }
        let unit = Folding.nfc(unit).trimmingCharacters(in: .whitespacesAndNewlines)
        guard !unit.isEmpty else { throw PostgresAdminError.emptyUnit }
        let commune = Folding.nfc(commune).trimmingCharacters(in: .whitespacesAndNewlines)
        guard let communeID = try lookupCommune(commune) else { throw PostgresAdminError.communeMissing(commune) }
        let exists = try !run("SELECT 1 AS one FROM pg_roles WHERE rolname = \(login)", "official").isEmpty
        let verb = exists ? "ALTER ROLE %I LOGIN" : "CREATE ROLE %I LOGIN"
        // DDL takes no parameters: the server quotes the name (%I) and the password (%L) itself.
        let ddl: String
        if let password, !password.isEmpty {
            ddl = try run("SELECT format(\(verb + " PASSWORD %L"), \(login), \(password)) AS sql", "official").first!.string("sql")
        } else {
            ddl = try run("SELECT format(\(verb), \(login)) AS sql", "official").first!.string("sql")
        }
        try run(PostgresQuery(unsafeSQL: ddl), "official")
        let grant = try run("SELECT format('GRANT danvan_official TO %I', \(login)) AS sql", "official").first!.string("sql")
        try run(PostgresQuery(unsafeSQL: grant), "official")
        try run("""
            INSERT INTO danvan.official (login, commune_id, unit, rights) VALUES (\(login), \(communeID), \(unit), \(rights))
            ON CONFLICT (login) DO UPDATE SET commune_id = EXCLUDED.commune_id, unit = EXCLUDED.unit, rights = EXCLUDED.rights
            """, "official")
    }

    /// The officials: login, commune, unit, rights; by commune, unit and login.
    public func officials() throws -> [(login: String, commune: String, unit: String, rights: String)] {
        try run("""
            SELECT o.login::text AS login, c.name, o.unit, o.rights FROM danvan.official o
            JOIN danvan.commune c ON c.id = o.commune_id ORDER BY c.name, o.unit, o.login
            """, "official list").map {
            (try $0.string("login"), try $0.string("name"), try $0.string("unit"), try $0.string("rights"))
        }
    }

    /// A commune's id by name.
    func lookupCommune(_ name: String) throws -> Int? {
        try run("SELECT id FROM danvan.commune WHERE name = \(name)", "commune").first?.int("id")
    }

    /// The statements of a migration: `--` comments dropped, split at `;` outside quotes and `$$` bodies.
    static func statements(_ sql: String) -> [String] {
        var statements: [String] = []
        var current = ""
        var inQuote = false
        var inDollar = false
        let lines = sql.split(separator: "\n", omittingEmptySubsequences: false).map { line -> String in
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            return trimmed.hasPrefix("--") ? "" : String(line)
        }
        let text = Array(lines.joined(separator: "\n"))
        var i = 0
        while i < text.count {
            let c = text[i]
            if !inQuote, c == "$", i + 1 < text.count, text[i + 1] == "$" {
                inDollar.toggle()
                current += "$$"
                i += 2
                continue
            }
            if !inDollar, c == "'" { inQuote.toggle() }
            if !inQuote, !inDollar, c == ";" {
                let s = current.trimmingCharacters(in: .whitespacesAndNewlines)
                if !s.isEmpty { statements.append(s) }
                current = ""
            } else {
                current.append(c)
            }
            i += 1
        }
        let s = current.trimmingCharacters(in: .whitespacesAndNewlines)
        if !s.isEmpty { statements.append(s) }
        return statements
    }
}

/// Bad input to `danvan admin`.
public enum PostgresAdminError: WordedTaskError, Equatable {
    case emptyCommune
    case emptyUnit
    case badLogin(String)
    case badRights(String)
    case communeMissing(String)
    case alreadyMigrated(commune: String)
    case countMismatch(what: String, expected: Int, found: Int)

    public var wording: String {
        switch self {
        case .emptyCommune: return Msg.pgEmptyCommune
        case .emptyUnit: return Msg.pgEmptyUnit
        case .badLogin(let login): return Msg.pgBadLogin(login)
        case .badRights(let rights): return Msg.pgBadRights(rights)
        case .communeMissing(let commune): return Msg.pgCommuneMissing(commune)
        case .alreadyMigrated(let commune): return Msg.pgMigrateAlreadyDone(commune)
        case .countMismatch(let what, let expected, let found): return Msg.pgMigrateCountMismatch(what, expected: expected, found: found)
        }
    }
}
