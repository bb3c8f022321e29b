import DanVanText
import Foundation

/// Where and how to connect, read as libpq reads it: the URL first, then `PGHOST`, `PGPORT`, `PGUSER`,
/// `PGDATABASE`, `PGPASSWORD`, `PGSSLMODE`, then `~/.pgpass` (or `PGPASSFILE`) for the password.
///
///     let s = try PostgresSettings(url: "postgresql://lan@db.xa.vn/danvan?sslmode=require", environment: [:])
///     s.host   // "db.xa.vn"
///     s.sslMode   // .require
///
/// A host that starts with `/` (in the URL percent-encoded, `%2Frun%2Fpostgresql`, or `?host=/run/…`)
/// is the directory of the server's Unix socket, as with libpq.
public struct PostgresSettings: Equatable, Sendable {
    /// libpq's `sslmode`, of which danvan keeps the meaningful ones.
    public enum SSLMode: String, Sendable {
        case disable, allow, prefer, require
        case verifyCA = "verify-ca"
        case verifyFull = "verify-full"
    }

    public var host: String
    public var port: Int
    public var user: String
    public var password: String?
    public var database: String
    public var sslMode: SSLMode
    /// `sslrootcert`: a PEM file of trusted authorities (verify-ca / verify-full).
    public var sslRootCert: String?

    /// Whether `host` is a socket directory.
    public var isSocket: Bool { host.hasPrefix("/") }

    /// The socket file for a socket directory: `<dir>/.s.PGSQL.<port>`.
    public var socketPath: String { (host as NSString).appendingPathComponent(".s.PGSQL.\(port)") }

    /// The URL to show people: never the password.
    public var displayURL: String {
        let shownHost = isSocket ? "" : (host.contains(":") ? "[\(host)]" : host)
        let query = isSocket ? "?host=\(host)" : ""
        return "postgresql://\(user)@\(shownHost):\(port)/\(database)\(query)"
    }

    /// Reads a `postgresql://` or `postgres://` URL.
    ///
    /// - Parameter environment: the process environment (libpq's `PG…` variables, `HOME`, `USER`).
    /// - Throws: `PostgresStoreError.badURL` naming what is wrong.
    public init(url text: String, environment: [String: String]) throws {
        guard let schemeEnd = text.range(of: "://"),
              ["postgresql", "postgres"].contains(text[..<schemeEnd.lowerBound].lowercased()) else {
            throw PostgresStoreError.badURL(url: Self.redacted(text), reason: Msg.pgURLScheme)
        }
        var rest = String(text[schemeEnd.upperBound...])
        var query: [String: String] = [:]
        if let q = rest.firstIndex(of: "?") {
            for pair in rest[rest.index(after: q)...].split(separator: "&") {
                let parts = pair.split(separator: "=", maxSplits: 1).map(String.init)
                guard parts.count == 2, let key = parts[0].removingPercentEncoding,
                      let value = parts[1].removingPercentEncoding else {
                    throw PostgresStoreError.badURL(url: Self.redacted(text), reason: Msg.pgURLParameter(String(pair)))
                }
                query[key] = value
            }
            rest = String(rest[..<q])
        }
        var path = ""
        if let slash = rest.firstIndex(of: "/") {
            path = String(rest[rest.index(after: slash)...])
            rest = String(rest[..<slash])
        }
        var userInfo: String?
        if let at = rest.lastIndex(of: "@") {
            userInfo = String(rest[..<at])
            rest = String(rest[rest.index(after: at)...])
        }
        var urlUser: String?
        var urlPassword: String?
        if let userInfo {
            let parts = userInfo.split(separator: ":", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
            urlUser = parts[0].removingPercentEncoding.flatMap { $0.isEmpty ? nil : $0 }
            if parts.count == 2 { urlPassword = parts[1].removingPercentEncoding }
        }
        var urlHost: String?
        var urlPort: String?
        if rest.hasPrefix("[") {
            guard let close = rest.firstIndex(of: "]") else {
                throw PostgresStoreError.badURL(url: Self.redacted(text), reason: Msg.pgURLHost)
            }
            urlHost = String(rest[rest.index(after: rest.startIndex)..<close])
            let after = rest[rest.index(after: close)...]
            if after.hasPrefix(":") { urlPort = String(after.dropFirst()) }
        } else if !rest.isEmpty {
            let parts = rest.split(separator: ":", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
            urlHost = parts[0].removingPercentEncoding.flatMap { $0.isEmpty ? nil : $0 }
            if parts.count == 2 { urlPort = parts[1] }
        }
        func pick(_ values: String?...) -> String? { values.compactMap { $0 }.first { !$0.isEmpty } }
        host = pick(query["host"], urlHost, environment["PGHOST"]) ?? "/var/run/postgresql"
        let portText = pick(query["port"], urlPort, environment["PGPORT"]) ?? "5432"
        guard let port = Int(portText), (1...65535).contains(port) else {
            throw PostgresStoreError.badURL(url: Self.redacted(text), reason: Msg.pgURLPort(portText))
        }
        self.port = port
        user = pick(query["user"], urlUser, environment["PGUSER"], environment["USER"]) ?? "postgres"
        database = pick(query["dbname"], path.removingPercentEncoding, environment["PGDATABASE"]) ?? user
        let modeText = pick(query["sslmode"], environment["PGSSLMODE"]) ?? "prefer"
        guard let mode = SSLMode(rawValue: modeText) else {
            throw PostgresStoreError.badURL(url: Self.redacted(text), reason: Msg.pgURLSSLMode(modeText))
        }
        sslMode = mode
        sslRootCert = pick(query["sslrootcert"], environment["PGSSLROOTCERT"])
        password = pick(query["password"], urlPassword, environment["PGPASSWORD"])
        if password == nil {
            let passFile = pick(environment["PGPASSFILE"])
                ?? environment["HOME"].map { ($0 as NSString).appendingPathComponent(".pgpass") }
            if let passFile {
                password = Self.passwordFromFile(passFile, host: host.hasPrefix("/") ? "localhost" : host,
                                                 port: port, database: database, user: user)
            }
        }
    }

    /// The password a `.pgpass` file gives for this connection (first matching line; `*` matches
    /// anything; `\:` and `\\` are escapes). libpq ignores a file readable by group or others: so does this.
    ///
    ///     // ~/.pgpass:  db.xa.vn:5432:danvan:lan:bí-mật
    static func passwordFromFile(_ path: String, host: String, port: Int, database: String, user: String) -> String? {
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: path),
              let mode = attributes[.posixPermissions] as? Int, mode & 0o077 == 0,
              let text = try? String(contentsOfFile: path, encoding: .utf8) else { return nil }
        for line in text.split(whereSeparator: \.isNewline) where !line.hasPrefix("#") {
            var fields: [String] = []
            var current = ""
            var escaped = false
            for ch in line {
                if escaped { current.append(ch); escaped = false }
                else if ch == "\\" { escaped = true }
                else if ch == ":" && fields.count < 4 { fields.append(current); current = "" }
                else { current.append(ch) }
            }
            fields.append(current)
            guard fields.count == 5 else { continue }
            let wanted = [host, String(port), database, user]
            if zip(fields.prefix(4), wanted).allSatisfy({ $0 == "*" || $0 == $1 }) { return fields[4] }
        }
        return nil
    }

    /// The URL with any password replaced by `***`, for messages.
    static func redacted(_ url: String) -> String {
        guard let schemeEnd = url.range(of: "://") else { return url }
        let after = url[schemeEnd.upperBound...]
        let authorityEnd = after.firstIndex(where: { $0 == "/" || $0 == "?" }) ?? after.endIndex
        let authority = after[..<authorityEnd]
        guard let at = authority.lastIndex(of: "@"), let colon = authority[..<at].firstIndex(of: ":") else { return url }
        return String(url[..<colon]) + ":***" + String(url[at...])
    }
}
