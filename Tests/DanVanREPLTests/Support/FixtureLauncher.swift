import Foundation
import XCTest

/// Starts `danvan-repl-fixture` (built next to the test bundle) under a pseudo-terminal with a
/// private HOME and XDG state directory, no pager and no colour preference from the caller's shell.
final class FixtureLauncher {
    let home: URL
    let fixture: String

    init() throws {
        home = FileManager.default.temporaryDirectory.appendingPathComponent("danvan-repl-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
        fixture = try FixtureLauncher.locateFixture()
    }

    deinit { try? FileManager.default.removeItem(at: home) }

    var stateDirectory: URL { home.appendingPathComponent("state") }
    var historyFile: URL { stateDirectory.appendingPathComponent("danvan/history") }

    /// The base environment; `extra` overrides it (a nil value removes the variable).
    func environment(_ extra: [String: String?] = [:]) -> [String: String] {
        var env: [String: String] = [
            "HOME": home.path,
            "XDG_STATE_HOME": stateDirectory.path,
            "TERM": "xterm-256color",
            "LANG": "C.UTF-8",
            "PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin",
            "PAGER": "",
        ]
        for (key, value) in extra { env[key] = value }
        return env
    }

    /// A running fixture, its first prompt already on the screen.
    func start(arguments: [String] = [], environment extra: [String: String?] = [:],
               columns: Int = 80, rows: Int = 24) throws -> PseudoTerminalSession {
        let session = try PseudoTerminalSession(executable: fixture, arguments: arguments,
                                                environment: environment(extra), columns: columns, rows: rows)
        try session.expect("Bản thử của danvan.")
        try session.expectPrompt()
        return session
    }

    private static func locateFixture() throws -> String {
        let name = "danvan-repl-fixture"
        var directories = [
            Bundle.main.bundleURL, Bundle.main.bundleURL.deletingLastPathComponent(),
            URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent(),
        ]
        for bundle in Bundle.allBundles { directories.append(bundle.bundleURL.deletingLastPathComponent()) }
        for directory in directories {
            let candidate = directory.appendingPathComponent(name).path
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        throw FixtureMissing(searched: directories.map(\.path))
    }

    /// The fixture was not built next to the tests (`swift build` builds it with every product).
    struct FixtureMissing: Error, CustomStringConvertible {
        let searched: [String]
        var description: String { "danvan-repl-fixture not found in \(searched)" }
    }
}
