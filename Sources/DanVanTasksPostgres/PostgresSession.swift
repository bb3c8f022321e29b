import DanVanTasks
import DanVanText
import Foundation
import PostgresNIO

/// One connection to the server, used synchronously (danvan's commands and REPL are synchronous):
/// each request waits for its answer on NIO's shared event loop, whose threads start only when a
/// PostgreSQL store is opened. A dropped connection is forgotten and the next request reconnects.
///
///     let session = try PostgresSession(settings: settings)
///     let rows = try session.query("SELECT 1 AS one", operation: "ping").rows
final class PostgresSession: @unchecked Sendable {
    let settings: PostgresSettings
    private var connection: PostgresConnection?
    private let lock = NSRecursiveLock()
    /// Requests sent to the server so far (statements, BEGIN and COMMIT included): what a question's
    /// latency follows on loopback; tests count them.
    private(set) var requests = 0
    /// Whether the connection was handed over by another session (`handOver()`), not opened by this one.
    private var adopted = false

    /// The connection one closed session leaves for the next of the same settings in this process: a
    /// cold ask with a PostgreSQL store brings the shared plan library in step, then opens the task
    /// store, over one connection (a TCP connection, TLS handshake and authentication fewer).
    private static let spare = SpareConnection()

    /// Client logs stay silent: every failure reaches the person as a worded error instead.
    static let logger: Logger = {
        var logger = Logger(label: "danvan.postgres")
        logger.logLevel = .critical
        return logger
    }()

    /// Connects now, so a store that cannot be opened says so at once.
    /// - Throws: `PostgresStoreError.cannotConnect`.
    init(settings: PostgresSettings) throws {
        self.settings = settings
        _ = try connected()
    }

    deinit {
        if let connection { try? connection.close().wait() }
    }

    /// The live connection, connecting (again) when there is none; a connection handed over by a
    /// session of the same settings (`handOver()`) is taken first.
    func connected() throws -> PostgresConnection {
        lock.lock()
        defer { lock.unlock() }
        if let connection, !connection.isClosed { return connection }
        if connection == nil, requests == 0, let spare = Self.spare.take(for: settings) {
            connection = spare
            adopted = true
            return spare
        }
        connection = nil
        let configuration = try makeConfiguration()
        do {
            let c = try PostgresConnection.connect(on: MultiThreadedEventLoopGroup.singleton.next(),
                                                   configuration: configuration, id: 1, logger: Self.logger).wait()
            connection = c
            return c
        } catch {
            throw PostgresStoreError.cannotConnect(url: settings.displayURL, reason: Self.connectionReason(error, settings: settings))
        }
    }

    /// Runs one statement and collects its rows.
    ///
    /// - Throws: `.connectionLost` when the connection dropped (the next call reconnects), or the
    ///   client's `PSQLError` for a statement the server refused.
    func query(_ query: PostgresQuery, operation: String) throws -> PostgresQueryResult {
        lock.lock()
        defer { lock.unlock() }
        let c = try connected()
        requests += 1
        do {
            return try c.query(query, logger: Self.logger).wait()
        } catch let error as PSQLError where error.serverInfo == nil {
            connection = nil
            try? c.close().wait()
            if adopted && requests == 1 {
                // The handed-over connection died while parked (its first request here: nothing was
                // done): connect anew and ask again.
                adopted = false
                return try self.query(query, operation: operation)
            }
            throw PostgresStoreError.connectionLost(url: settings.displayURL)
        } catch let error as PSQLError {
            if Self.isFatal(error) {  // the server is shutting down: this connection is gone
                connection = nil
                throw PostgresStoreError.connectionLost(url: settings.displayURL)
            }
            throw error
        } catch {
            connection = nil
            throw PostgresStoreError.connectionLost(url: settings.displayURL)
        }
    }

    /// Runs `body` in one transaction: COMMIT when it returns, ROLLBACK when it throws.
    func transaction<T>(_ operation: String, _ body: () throws -> T) throws -> T {
        lock.lock()
        defer { lock.unlock() }
        _ = try query("BEGIN", operation: operation)
        do {
            let value = try body()
            _ = try query("COMMIT", operation: operation)
            return value
        } catch {
            _ = try? query("ROLLBACK", operation: operation)
            throw error
        }
    }

    /// Leaves the connection, open, to the next session of the same settings in this process (closing
    /// the one left before, if any); this session reconnects if used again.
    func handOver() {
        lock.lock()
        defer { lock.unlock() }
        if let connection, !connection.isClosed { Self.spare.put(connection, for: settings) }
        connection = nil
    }

    /// Forgets the connection (the next request reconnects); used by tests and after a failure.
    func drop() {
        lock.lock()
        defer { lock.unlock() }
        if let connection { try? connection.close().wait() }
        connection = nil
    }

    /// SQLSTATE class 57 (operator intervention: shutdown, admin_shutdown) ends the session.
    static func isFatal(_ error: PSQLError) -> Bool {
        guard let state = error.serverInfo?[.sqlState] else { return false }
        return state.hasPrefix("57P")
    }

    /// Why a connection failed, in words for the person (the client's text for the rare cases).
    static func connectionReason(_ error: Error, settings: PostgresSettings) -> String {
        let text = describe(error)
        let place = settings.isSocket ? settings.socketPath : "\(settings.host):\(settings.port)"
        if text.contains("Connection refused") || text.contains("No such file") { return Msg.pgNoServer(place) }
        if text.lowercased().contains("timed out") || text.contains("connectTimeout") { return Msg.pgTimeout(place) }
        if text.contains("CERTIFICATE_VERIFY_FAILED") { return Msg.pgUntrustedCertificate(place) }
        if text.contains("sslUnsupported") { return Msg.pgNoTLS(place, mode: settings.sslMode.rawValue) }
        if text.contains("password authentication failed") || text.contains("authMechanismRequiresPassword") {
            return Msg.pgBadPassword(settings.user)
        }
        return text
    }

    /// The server's sentence for a refused statement, else the client's reason.
    static func describe(_ error: Error) -> String {
        if let e = error as? PSQLError {
            if let message = e.serverInfo?[.message] { return message }
            if let underlying = e.underlying { return "\(underlying)" }
            return "\(e.code)"
        }
        return "\(error)"
    }

    /// libpq's settings as postgres-nio's configuration (TLS from `sslmode`).
    private func makeConfiguration() throws -> PostgresConnection.Configuration {
        var configuration: PostgresConnection.Configuration
        if settings.isSocket {
            configuration = .init(unixSocketPath: settings.socketPath, username: settings.user,
                                  password: settings.password, database: settings.database)
        } else {
            configuration = .init(host: settings.host, port: settings.port, username: settings.user,
                                  password: settings.password, database: settings.database, tls: try tls())
        }
        configuration.options.connectTimeout = .seconds(5)
        configuration.options.additionalStartupParameters = [
            ("TimeZone", "UTC"), ("DateStyle", "ISO, YMD"), ("application_name", "danvan"),
        ]
        return configuration
    }

    private func tls() throws -> PostgresConnection.Configuration.TLS {
        var tls = TLSConfiguration.makeClientConfiguration()
        switch settings.sslMode {
        case .disable: return .disable
        case .allow, .prefer, .require: tls.certificateVerification = .none
        case .verifyCA: tls.certificateVerification = .noHostnameVerification
        case .verifyFull: tls.certificateVerification = .fullVerification
        }
        if let root = settings.sslRootCert { tls.trustRoots = .file(root) }
        let context: NIOSSLContext
        do {
            context = try NIOSSLContext(configuration: tls)
        } catch {
            throw PostgresStoreError.cannotConnect(url: settings.displayURL, reason: "TLS: \(error)")
        }
        switch settings.sslMode {
        case .allow, .prefer: return .prefer(context)
        default: return .require(context)
        }
    }
}

/// The one connection a session handed over (`PostgresSession.handOver()`), with its settings.
private final class SpareConnection: @unchecked Sendable {
    private let lock = NSLock()
    private var parked: (settings: PostgresSettings, connection: PostgresConnection)?

    /// Keeps `connection` for `settings`; a connection kept before is closed (and waited for: the
    /// client requires a connection closed before it is released).
    func put(_ connection: PostgresConnection, for settings: PostgresSettings) {
        lock.lock()
        let previous = parked?.connection
        parked = (settings, connection)
        lock.unlock()
        if let previous, previous !== connection { try? previous.close().wait() }
    }

    /// The kept connection if it is for `settings` and still open.
    func take(for settings: PostgresSettings) -> PostgresConnection? {
        lock.lock()
        defer { lock.unlock() }
        guard let parked, parked.settings == settings, !parked.connection.isClosed else { return nil }
        self.parked = nil
        return parked.connection
    }
}
