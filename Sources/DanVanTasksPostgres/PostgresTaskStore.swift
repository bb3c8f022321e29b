import DanVanTasks
import DanVanText
import Foundation
import PostgresNIO

/// The shared task store of a commune office on a PostgreSQL server: the same `TaskStoring` as the
/// SQLite file, for every official of the commune at once.
///
///     let store = try PostgresTaskStore(url: "postgresql://lan@db.xa.vn/danvan")
///     try store.add(TaskDraft(title: "Họp tổ dân vận"), user: "ignored", at: Date()).number   // "#1"
///
/// Who did what is the database's word: the journal records the connected role (`session_user`),
/// whatever `user` says. Rights are row-level security policies in the schema (`PostgresMigrations`);
/// this type checks them first only to word a refusal ("không được đổi hạn nhiệm vụ #3 của …").
/// Every change carries a change id: retried after a lost connection, it is applied once.
public final class PostgresTaskStore: TaskStoring, @unchecked Sendable {
    public let settings: PostgresSettings
    let session: PostgresSession
    /// The connected role, its commune (id and name), unit and rights (`unit` or `commune`).
    public let role: String
    public let communeID: Int
    public let commune: String
    public let unit: String
    public let rights: String

    public var location: String { settings.displayURL }

    /// The opener the executable uses for a `postgresql://` store.
    public static let opener = TaskStoreOpener(isServer: true) { url, _ in try PostgresTaskStore(url: url) }

    /// Connects, checks the schema and who the role is.
    ///
    /// - Throws: `PostgresStoreError` (`.badURL`, `.cannotConnect`, `.notInitialised`, `.newerSchema`,
    ///   `.notAnOfficial`).
    public convenience init(url: String, environment: [String: String] = ProcessInfo.processInfo.environment) throws {
        try self.init(settings: PostgresSettings(url: url, environment: environment))
    }

    public init(settings: PostgresSettings) throws {
        self.settings = settings
        let session = try PostgresSession(settings: settings)
        self.session = session
        let url = settings.displayURL
        let state = try Self.schemaState(session)
        guard state.hasSchema else { throw PostgresStoreError.notInitialised(url: url) }
        guard state.isOfficial else { throw PostgresStoreError.notAnOfficial(role: state.role, url: url) }
        // Who the official is and the schema's versions in one request (opening is on every cold ask).
        let me = try PostgresRows(session.query("""
            SELECT session_user::text AS role, danvan.my_commune() AS commune_id, danvan.my_commune_name() AS commune,
                   danvan.my_unit() AS unit, danvan.my_rights() AS rights,
                   ARRAY(SELECT version::text FROM danvan.schema_migration) AS versions
            """, operation: "open")).first
        let applied = try me?["versions"].decode([String].self) ?? []
        let known = Set(PostgresMigrations.all.map(\.0))
        if applied.contains(where: { !known.contains($0) }) { throw PostgresStoreError.newerSchema(url: url) }
        if known.contains(where: { !applied.contains($0) }) { throw PostgresStoreError.olderSchema(url: url) }
        guard let me, let communeID = try me.optionalInt("commune_id") else {
            throw PostgresStoreError.notAnOfficial(role: state.role, url: url)
        }
        role = try me.string("role")
        self.communeID = communeID
        commune = try me.optionalString("commune") ?? ""
        unit = try me.optionalString("unit") ?? ""
        rights = try me.optionalString("rights") ?? "unit"
    }

    /// Whether the database has the schema, and whether the connected role is an official.
    static func schemaState(_ session: PostgresSession) throws -> (hasSchema: Bool, isOfficial: Bool, role: String) {
        // One request: membership is asked through the role's oid, so a server without the group role
        // answers false instead of an error.
        guard let row = try PostgresRows(session.query("""
            SELECT session_user::text AS role,
                   EXISTS (SELECT 1 FROM pg_namespace WHERE nspname = 'danvan') AND
                   EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'danvan_official') AS has_schema,
                   EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'danvan_official'
                           AND pg_has_role(session_user, oid, 'USAGE')) AS member
            """, operation: "open")).first else { return (false, false, session.settings.user) }
        let hasSchema = try row.bool("has_schema")
        return (hasSchema, try hasSchema && row.bool("member"), try row.string("role"))
    }

    // MARK: Running requests

    /// Runs a statement, mapping server refusals to store errors.
    @discardableResult
    func run(_ query: PostgresQuery, _ operation: String) throws -> PostgresRows {
        do {
            return PostgresRows(try session.query(query, operation: operation))
        } catch let error as PSQLError {
            throw map(error, operation: operation)
        }
    }

    /// A refusal by a policy or a grant (42501), else the server's own words.
    func map(_ error: PSQLError, operation: String) -> Error {
        let state = error.serverInfo?[.sqlState] ?? "?"
        if state == "42501" {
            return PostgresStoreError.refused(role: role, myUnit: unit, action: operation, number: nil, unit: nil)
        }
        return PostgresStoreError.server(operation: operation, state: state, detail: PostgresSession.describe(error))
    }

    /// Runs `body` as one transaction under a change id; after a lost connection it reconnects and
    /// runs again once, unless the first run committed (its change id is then in the journal).
    /// `retrying` starts at the retry (tests of the idempotence).
    func changing<T>(_ operation: String, _ body: (UUID) throws -> T, alreadyDone: (UUID) throws -> T?,
                     changeID: UUID = UUID(), retrying: Bool = false) throws -> T {
        if !retrying {
            do {
                return try session.transaction(operation) { try body(changeID) }
            } catch PostgresStoreError.connectionLost {
                // fall through: reconnect and retry once under the same change id
            }
        }
        return try session.transaction(operation) {
            if let done = try alreadyDone(changeID) { return done }
            return try body(changeID)
        }
    }

    /// Whether a change id is already journaled.
    func applied(_ changeID: UUID) throws -> Bool {
        try !run("SELECT 1 AS one FROM danvan.change_group WHERE change_id = \(changeID)", "check").isEmpty
    }

    /// Opens a change group of this role and returns its id.
    func beginGroup(_ changeID: UUID, action: ChangeAction, at: Date, detail: String? = nil, undoes: Int64? = nil) throws -> Int64 {
        try run("""
            INSERT INTO danvan.change_group (change_id, action, at, detail, undoes_id)
            VALUES (\(changeID), \(action.rawValue), \(at), \(detail), \(undoes)) RETURNING id
            """, action.rawValue).first!.int64("id")
    }

    // MARK: Reading tasks

    static let taskColumns = """
        id, number, title, unit, co_units, due::text AS due, product, note, status, created_at, completed_at,
        updated_at, source, recurrence
        """

    /// `taskColumns` of the table aliased `alias` (in a join).
    static func taskColumns(of alias: String) -> String {
        taskColumns.split(separator: ",").map { alias + "." + $0.trimmingCharacters(in: .whitespacesAndNewlines) }
            .joined(separator: ", ")
    }

    /// The stored row of a task by number (internal id, task, and whether this role may change it).
    func storedTask(number: Int, operation: String) throws -> (id: Int64, task: PlanTask, mayChange: Bool)? {
        guard let row = try run("""
            SELECT \(unescaped: Self.taskColumns), danvan.may_change(commune_id, unit) AS may
            FROM danvan.task WHERE commune_id = \(communeID) AND number = \(number)
            """, operation).first else { return nil }
        return (try row.int64("id"), try row.task(), try row.bool("may"))
    }

    public func task(id: Int) throws -> PlanTask? {
        try storedTask(number: id, operation: "task")?.task
    }

    // MARK: Cleaning text as the SQLite store does

    static func clean(_ text: String) -> String {
        Folding.nfc(text).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    static func optional(_ text: String?) -> String? {
        text.map(clean).flatMap { $0.isEmpty ? nil : $0 }
    }

    /// A timestamp as the journal stores it (castable back to timestamptz).
    static func stamp(_ date: Date) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        return formatter.string(from: date)
    }
}
