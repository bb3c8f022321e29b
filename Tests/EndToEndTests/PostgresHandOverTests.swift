import Foundation
import XCTest

/// `danvan` does not link the PostgreSQL client; `danvan-pg` does, and `danvan` hands the commands that need
/// a server over to it (`postgresql://` store from `--store`, `$DANVAN_STORE` or config.toml, `admin`,
/// `tasks migrate`). Runs the built binaries; the server part needs `DANVAN_TEST_PG` (set by `make test`).
final class PostgresHandOverTests: XCTestCase {
    /// The folder of the built executables (the test bundle's).
    static var buildFolder: URL {
        let exe = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
        return URL(fileURLWithPath: exe).deletingLastPathComponent()
    }

    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// A server nothing listens on: reaching it is refused at once.
    static let deadServer = "postgresql://nobody@127.0.0.1:1/danvan?sslmode=disable"

    private var scratch: URL!

    override func setUpWithError() throws {
        scratch = FileManager.default.temporaryDirectory.appendingPathComponent("danvan-handover-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: scratch)
    }

    private func built(_ name: String) throws -> URL {
        let url = Self.buildFolder.appendingPathComponent(name)
        guard FileManager.default.isExecutableFile(atPath: url.path) else { throw XCTSkip("\(name) is not built") }
        return url
    }

    /// Whether the file's bytes hold `text` (a mangled Swift symbol names its module).
    private func binary(_ url: URL, contains text: String) throws -> Bool {
        let data = try Data(contentsOf: url, options: .alwaysMapped)
        let needle = Array(text.utf8)
        return data.withUnsafeBytes { (raw: UnsafeRawBufferPointer) -> Bool in
            guard let base = raw.baseAddress, raw.count >= needle.count else { return false }
            var at = base
            let end = base + (raw.count - needle.count + 1)
            // memchr to each occurrence of the first byte, memcmp for the rest.
            while at < end, let hit = memchr(at, Int32(needle[0]), end - at) {
                if memcmp(hit, needle, needle.count) == 0 { return true }
                at = UnsafeRawPointer(hit) + 1
            }
            return false
        }
    }

    /// Runs `executable` with a private HOME and XDG folders, the repository's data, and `environment`.
    private func run(_ executable: URL, _ args: [String], environment extra: [String: String] = [:])
        throws -> (out: String, err: String, status: Int32) {
        let p = Process()
        p.executableURL = executable
        p.arguments = args
        var env = ProcessInfo.processInfo.environment.filter { !$0.key.hasPrefix("DANVAN_") && !$0.key.hasPrefix("XDG_") }
        env["HOME"] = scratch.path
        env["XDG_DATA_HOME"] = scratch.appendingPathComponent("data").path
        env["XDG_STATE_HOME"] = scratch.appendingPathComponent("state").path
        env["XDG_CACHE_HOME"] = scratch.appendingPathComponent("cache").path
        env["XDG_CONFIG_HOME"] = scratch.appendingPathComponent("config").path
        env["DANVAN_HOME"] = Self.repository.path
        env.merge(extra) { $1 }
        p.environment = env
        let out = Pipe(), err = Pipe()
        p.standardOutput = out
        p.standardError = err
        p.standardInput = FileHandle.nullDevice
        try p.run()
        // Standard error is drained on another thread: a long message must not block the child on a full pipe.
        let e = ErrorBytes()
        let group = DispatchGroup()
        group.enter()
        DispatchQueue.global().async {
            e.data = err.fileHandleForReading.readDataToEndOfFile()
            group.leave()
        }
        let o = out.fileHandleForReading.readDataToEndOfFile()
        group.wait()
        p.waitUntilExit()
        return (String(decoding: o, as: UTF8.self), String(decoding: e.data, as: UTF8.self), p.terminationStatus)
    }

    /// A copy of the built `danvan` alone in a folder of its own.
    private func lonelyDanvan() throws -> URL {
        let folder = scratch.appendingPathComponent("bin")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let copy = folder.appendingPathComponent("danvan")
        try FileManager.default.copyItem(at: try built("danvan"), to: copy)
        return copy
    }

    func testOnlyDanvanPGLinksThePostgresClient() throws {
        let danvan = try built("danvan"), pg = try built("danvan-pg")
        XCTAssertFalse(try binary(danvan, contains: "PostgresNIO"), "danvan must not link PostgresNIO")
        XCTAssertFalse(try binary(danvan, contains: "DanVanTasksPostgres"), "danvan must not link DanVanTasksPostgres")
        XCTAssertTrue(try binary(pg, contains: "PostgresNIO"), "danvan-pg links PostgresNIO")
        XCTAssertTrue(try binary(danvan, contains: "DanVanCLI"), "the probe finds a module that is linked")
    }

    func testWithoutDanvanPGEveryServerCommandSaysWhatIsMissing() throws {
        let danvan = try lonelyDanvan()
        let folder = danvan.deletingLastPathComponent().path
        let config = scratch.appendingPathComponent("elsewhere")
        try FileManager.default.createDirectory(at: config, withIntermediateDirectories: true)
        try "store = \"\(Self.deadServer)\"\n".write(to: config.appendingPathComponent("config.toml"), atomically: true, encoding: .utf8)
        let noPG = ["PATH": "/usr/bin:/bin"]
        let cases: [(args: [String], env: [String: String])] = [
            (["tasks", "list", "--store", Self.deadServer], noPG),
            (["ask", "--store", Self.deadServer, "hạn báo cáo"], noPG),
            (["tasks", "list"], noPG.merging(["DANVAN_STORE": Self.deadServer]) { $1 }),
            (["tasks", "list"], noPG.merging(["DANVAN_CONFIG": config.appendingPathComponent("config.toml").path]) { $1 }),
            (["admin", "official", "list", Self.deadServer], noPG),
            (["tasks", "migrate", "--to", Self.deadServer, "--commune", "Xã A"], noPG),
        ]
        for c in cases {
            let r = try run(danvan, c.args, environment: c.env)
            XCTAssertEqual(r.status, 2, "\(c.args): \(r.err)")
            XCTAssertEqual(r.out, "", "\(c.args)")
            XCTAssertTrue(r.err.contains("danvan-pg"), "\(c.args): \(r.err)")
            XCTAssertTrue(r.err.contains(folder), "names where it looked: \(r.err)")
            XCTAssertTrue(r.err.contains("make install") && r.err.contains("make build"), "\(c.args): \(r.err)")
            XCTAssertFalse(r.err.contains("nobody"), "never quotes the store's URL: \(r.err)")
        }
        // A SQLite store never needs danvan-pg.
        let local = try run(danvan, ["tasks", "list", "--store", scratch.appendingPathComponent("t.sqlite").path], environment: noPG)
        XCTAssertEqual(local.status, 0, local.err)
        // Nor does a migration whose --to is not a server: the usage mistake is said first.
        let wrong = try run(danvan, ["tasks", "migrate", "--to", "/tmp/x.sqlite", "--commune", "Xã A"], environment: noPG)
        XCTAssertEqual(wrong.status, 2)
        XCTAssertFalse(wrong.err.contains("danvan-pg"), wrong.err)
    }

    func testDanvanPGIsFoundOnThePathAndNeverHandsOverAgain() throws {
        let danvan = try lonelyDanvan()
        _ = try built("danvan-pg")
        // danvan-pg from PATH: the refused connection is worded by the PostgreSQL backend itself.
        let viaPath = try run(danvan, ["tasks", "list", "--store", Self.deadServer],
                              environment: ["PATH": Self.buildFolder.path + ":/usr/bin:/bin"])
        XCTAssertEqual(viaPath.status, 2, viaPath.err)
        XCTAssertTrue(viaPath.err.contains("Không kết nối được"), viaPath.err)
        // danvan-pg itself, with no danvan-pg anywhere else to go to: the backend answers, no hand-over message.
        let direct = try run(try built("danvan-pg"), ["tasks", "list", "--store", Self.deadServer], environment: ["PATH": "/usr/bin:/bin"])
        XCTAssertEqual(direct.status, 2, direct.err)
        XCTAssertTrue(direct.err.contains("Không kết nối được"), direct.err)
        XCTAssertFalse(direct.err.contains("make install"), direct.err)
    }

    func testDanvanReachesTheServerThroughDanvanPG() throws {
        guard let admin = ProcessInfo.processInfo.environment["DANVAN_TEST_PG"], !admin.isEmpty else {
            throw XCTSkip("DANVAN_TEST_PG is unset: no PostgreSQL server for this run")
        }
        let danvan = try built("danvan")
        _ = try built("danvan-pg")
        let tag = UUID().uuidString.prefix(8).lowercased()
        let commune = "Xã Chuyển \(tag)", login = "h\(tag)_lan"
        let initialised = try run(danvan, ["admin", "init", admin, "--commune", commune])
        XCTAssertEqual(initialised.status, 0, initialised.err)
        XCTAssertTrue(initialised.out.contains(commune), initialised.out)
        let added = try run(danvan, ["admin", "official", "add", admin, "--login", login, "--commune", commune,
                                     "--unit", "Văn phòng", "--rights", "commune"])
        XCTAssertEqual(added.status, 0, added.err)
        let listed = try run(danvan, ["admin", "official", "list", admin])
        XCTAssertEqual(listed.status, 0, listed.err)
        XCTAssertTrue(listed.out.contains("\(login) | \(commune) | Văn phòng | commune"), listed.out)

        var role = try XCTUnwrap(URLComponents(string: admin))
        role.user = login
        let store = try XCTUnwrap(role.string)
        // A task added through danvan (as the official) is read back from the server by the next run.
        let addedTask = try run(danvan, ["ask", "--store", store, "--today", "2025-08-25",
                                         "thêm nv: Rà soát hộ nghèo \(tag), giao p. kinh tế"])
        XCTAssertEqual(addedTask.status, 0, addedTask.err)
        let exported = try run(danvan, ["tasks", "export", "--format", "json"], environment: ["DANVAN_STORE": store])
        XCTAssertEqual(exported.status, 0, exported.err)
        XCTAssertTrue(exported.out.contains("Rà soát hộ nghèo \(tag)"), exported.out)
    }
}

/// The bytes read from a child's standard error on another thread.
private final class ErrorBytes: @unchecked Sendable {
    var data = Data()
}
