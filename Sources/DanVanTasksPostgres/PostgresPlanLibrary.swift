import DanVanKnowledge
import DanVanTasks
import DanVanText
import Foundation
import PostgresNIO

/// The plan library shared on the PostgreSQL server (table `danvan.plan`, migration `v4-shared-plans`).
///
/// The rule: an official's `danvan import` stores the plan for their commune, read by every official of
/// that commune; a plan for the whole city (read by every commune) is imported with `--city` by the
/// administrator — the role that ran `danvan admin init`, owner of the schema, whom row-level security
/// does not bind. An official asking for `--city` is refused; so is the administrator without it (the
/// administrator belongs to no commune). Row-level security enforces the same on the server: an official
/// reads the commune's plans and the city's, and writes only the commune's.
///
///     let library = try PostgresPlanLibrary(url: "postgresql://lan@db.xa.vn/danvan")
///     try library.save(plan, city: false).replaced   // [] the first time, [plan.id] when imported again
///     try library.catalogue()                        // ids and stamps, never the bodies
public final class PostgresPlanLibrary: @unchecked Sendable {
    public let settings: PostgresSettings
    let session: PostgresSession
    /// The connected role.
    public let role: String
    /// The connected official's commune (id and name); nil for the administrator.
    public let communeID: Int?
    public let commune: String?

    /// One visible plan as the catalogue lists it: the server's row id and the time it was last saved
    /// (microseconds since 1970) identify its current version.
    public struct Entry: Sendable, Equatable {
        public var rowID: Int64
        public var planID: String
        public var city: Bool
        public var updatedMicros: Int64

        /// What a local copy records to know it is current.
        public var versionKey: String { "\(rowID)-\(updatedMicros)" }
    }

    public convenience init(url: String, environment: [String: String] = ProcessInfo.processInfo.environment) throws {
        try self.init(settings: PostgresSettings(url: url, environment: environment))
    }

    /// Connects and checks that the schema has the shared library.
    ///
    /// - Throws: `PostgresStoreError` (`.cannotConnect`, `.notInitialised`, `.olderSchema`, `.notAnOfficial`
    ///   for a role that is neither an official nor the administrator).
    public init(settings: PostgresSettings) throws {
        self.settings = settings
        let session = try PostgresSession(settings: settings)
        self.session = session
        let url = settings.displayURL
        let state = try PostgresTaskStore.schemaState(session)
        guard state.hasSchema else { throw PostgresStoreError.notInitialised(url: url) }
        if !state.isOfficial {
            // Not an official: only the administrator (a superuser, or a member of the schema's owner) may go on.
            let owner = try PostgresRows(session.query("""
                SELECT r.rolsuper OR pg_has_role(session_user, n.nspowner, 'USAGE') AS owner
                FROM pg_roles r, pg_namespace n WHERE r.rolname = session_user AND n.nspname = 'danvan'
                """, operation: "plans")).first
            guard try owner?.bool("owner") == true else { throw PostgresStoreError.notAnOfficial(role: state.role, url: url) }
        }
        // The shared library's migration and who the role is, in one request.
        let me = try PostgresRows(session.query("""
            SELECT EXISTS (SELECT 1 FROM danvan.schema_migration WHERE version = 'v4-shared-plans') AS applied,
                   session_user::text AS role, danvan.my_commune() AS commune_id, danvan.my_commune_name() AS commune
            """, operation: "plans")).first
        guard try me?.bool("applied") == true else { throw PostgresStoreError.olderSchema(url: url) }
        role = try me?.string("role") ?? state.role
        communeID = try me?.optionalInt("commune_id")
        commune = try me?.optionalString("commune")
    }

    /// Whether the connected role is the administrator (no official of any commune).
    public var isAdministrator: Bool { communeID == nil }

    /// Runs a statement, mapping a refusal by a policy or grant to `.refused`.
    @discardableResult
    func run(_ query: PostgresQuery, _ operation: String) throws -> PostgresRows {
        do {
            return PostgresRows(try session.query(query, operation: operation))
        } catch let error as PSQLError {
            let state = error.serverInfo?[.sqlState] ?? "?"
            if state == "42501" { throw SharedPlanError.refused(role: role) }
            throw PostgresStoreError.server(operation: operation, state: state, detail: PostgresSession.describe(error))
        }
    }

    // MARK: Reading

    /// Every plan this role may read — its commune's and the city's — as ids and version stamps (one
    /// short row each; the bodies are fetched by `bodies(rowIDs:)` only for what changed). When the
    /// commune and the city both have a plan with one id, the commune's is listed.
    public func catalogue() throws -> [Entry] {
        try run("""
            SELECT DISTINCT ON (plan_id) id, plan_id, commune_id IS NULL AS city,
                   (extract(epoch FROM updated_at) * 1000000)::bigint AS updated
            FROM danvan.plan WHERE commune_id IS NULL OR commune_id = danvan.my_commune()
            ORDER BY plan_id, (commune_id IS NULL), id
            """, "plans").map {
            Entry(rowID: try $0.int64("id"), planID: try $0.string("plan_id"), city: try $0.bool("city"),
                  updatedMicros: try $0.int64("updated"))
        }
    }

    /// The saved plans (JSON of `Plan`, as the local library writes it) of these rows, by row id: one
    /// keyed query. Rows this role may not read are absent.
    public func bodies(rowIDs: [Int64]) throws -> [Int64: Data] {
        guard !rowIDs.isEmpty else { return [:] }
        var bodies: [Int64: Data] = [:]
        for row in try run("SELECT id, body FROM danvan.plan WHERE id = ANY(\(rowIDs))", "plans") {
            var buffer = try row["body"].decode(ByteBuffer.self)
            bodies[try row.int64("id")] = Data(buffer.readBytes(length: buffer.readableBytes) ?? [])
        }
        return bodies
    }

    // MARK: Saving and removing

    /// What `save` did.
    public struct Saved: Sendable, Equatable {
        /// The ids of the plans it replaced (the plan itself when imported again).
        public var replaced: [String]
        public var city: Bool
    }

    /// Stores a plan for the official's commune, or for the city (`city`, administrator only). A plan of
    /// the same scope with the same id, or the same number and issuer, is replaced in place: one row per
    /// plan, whose version stamp changes.
    ///
    /// - Throws: `SharedPlanError.cityNeedsAdministrator`, `.noCommune`, `.refused`; nothing is changed.
    @discardableResult
    public func save(_ plan: Plan, city: Bool) throws -> Saved {
        try checkScope(city: city)
        guard plan.id.range(of: "^[A-Za-z0-9][A-Za-z0-9._-]{0,199}$", options: .regularExpression) != nil else {
            throw SharedPlanError.badPlanID(plan.id)
        }
        let body = try PlanLibrary.encoded(plan)
        let scope = city ? 0 : (communeID ?? 0)
        let numberFolded = plan.number.map(Folding.fold)
        let issuerFolded = Folding.fold(plan.issuer)
        let numberKey = plan.number.flatMap { DocumentSymbol.Identity($0).number }
        return try session.transaction("plans") {
            // The rows this plan replaces, its own id first (locked: a concurrent import of it waits).
            let same = try run("""
                SELECT id, plan_id FROM danvan.plan
                WHERE coalesce(commune_id, 0) = \(scope)
                  AND (plan_id = \(plan.id) OR (number_folded = \(numberFolded) AND issuer_folded = \(issuerFolded)))
                ORDER BY plan_id = \(plan.id) DESC, id FOR UPDATE
                """, "plans").map { (id: try $0.int64("id"), planID: try $0.string("plan_id")) }
            for old in same.dropFirst() {
                try run("DELETE FROM danvan.plan WHERE id = \(old.id)", "plans")
            }
            if let kept = same.first {
                try run("""
                    UPDATE danvan.plan SET plan_id = \(plan.id), number = \(plan.number), number_key = \(numberKey),
                        number_folded = \(numberFolded), issuer_folded = \(issuerFolded), issuer = \(plan.issuer),
                        title = \(plan.title), body = \(body), imported_by = session_user, updated_at = clock_timestamp()
                    WHERE id = \(kept.id)
                    """, "plans")
            } else {
                let commune: Int? = city ? nil : communeID
                try run("""
                    INSERT INTO danvan.plan (commune_id, plan_id, number, number_key, number_folded, issuer_folded, issuer, title, body)
                    VALUES (\(commune), \(plan.id), \(plan.number), \(numberKey), \(numberFolded), \(issuerFolded), \(plan.issuer),
                            \(plan.title), \(body))
                    """, "plans")
            }
            return Saved(replaced: same.map { $0.planID }, city: city)
        }
    }

    /// Whether this role may import for the city (`city`) or for its commune: the administrator only the
    /// city's plans, an official only the commune's.
    ///
    /// - Throws: `SharedPlanError.cityNeedsAdministrator`, `.noCommune`.
    public func checkScope(city: Bool) throws {
        if city && !isAdministrator { throw SharedPlanError.cityNeedsAdministrator(role: role) }
        if !city && isAdministrator { throw SharedPlanError.noCommune(role: role) }
    }

    /// Removes a plan of the role's scope (the commune's for an official, the city's for the
    /// administrator) by id, or else by number ("308/KH-UBND", "308").
    ///
    /// - Returns: the removed plan's number and issuer.
    /// - Throws: `SharedPlanError.notFound`, `.ambiguous`, `.refused`.
    @discardableResult
    public func remove(_ reference: String) throws -> (planID: String, number: String?, issuer: String) {
        let key = reference.trimmingCharacters(in: .whitespaces)
        let scope = communeID ?? 0
        // The scope's plans by id and number only (a removal, not a question: a short list).
        let rows = try run("""
            SELECT id, plan_id, number, issuer FROM danvan.plan WHERE coalesce(commune_id, 0) = \(scope) ORDER BY id
            """, "plans remove").map {
            (id: try $0.int64("id"), planID: try $0.string("plan_id"), number: try $0.optionalString("number"),
             issuer: try $0.string("issuer"))
        }
        var matches = rows.filter { $0.planID.lowercased() == key.lowercased() }
        if matches.isEmpty { matches = rows.filter { PlanLibrary.numberMatches($0.number, reference: key) } }
        guard !matches.isEmpty else { throw SharedPlanError.notFound(reference: key) }
        guard matches.count == 1 else { throw SharedPlanError.ambiguous(reference: key, candidates: matches.map { $0.planID }) }
        let removed = try run("DELETE FROM danvan.plan WHERE id = \(matches[0].id)", "plans remove")
        guard removed.affected == 1 else { throw SharedPlanError.refused(role: role) }
        return (matches[0].planID, matches[0].number, matches[0].issuer)
    }

    /// Ends the library's use of its connection: left open for the next session of the same settings
    /// in this process (the task store a cold ask opens next), which takes it instead of connecting.
    public func close() { session.handOver() }
}
