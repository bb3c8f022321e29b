import Foundation

/// Finds danvan's folders: the shipped `Data/` and `Intents/`, and the user's data and state dirs.
///
///     DataLocator(environment: ProcessInfo.processInfo.environment).dataDirectory
///     // "/home/an/danvan/Data" when run from a checkout's .build/release/danvan
public struct DataLocator: Sendable {
    public var environment: [String: String]
    /// `--data DIR`, when given.
    public var dataOverride: String?

    public init(environment: [String: String], dataOverride: String? = nil) {
        self.environment = environment
        self.dataOverride = dataOverride
    }

    /// The folder holding `Data/` and `Intents/`: beside the executable or one of its parents (a
    /// checkout's `.build/…/danvan`), `$DANVAN_HOME`, or an installed `share/danvan`.
    public var installRoot: URL? {
        var candidates: [URL] = []
        if let home = environment["DANVAN_HOME"] { candidates.append(URL(fileURLWithPath: home)) }
        let exe = URL(fileURLWithPath: CommandLine.arguments.first ?? ".").resolvingSymlinksInPath()
        let exeReal = Self.executableURL ?? exe
        var dir = exeReal.deletingLastPathComponent()
        for _ in 0..<6 {
            candidates.append(dir)
            candidates.append(dir.appendingPathComponent("share/danvan"))
            dir = dir.deletingLastPathComponent()
        }
        candidates.append(URL(fileURLWithPath: FileManager.default.currentDirectoryPath))
        return candidates.first { url in
            FileManager.default.fileExists(atPath: url.appendingPathComponent("Intents").path)
                && FileManager.default.fileExists(atPath: url.appendingPathComponent("Data").path)
        }
    }

    private static var executableURL: URL? {
        #if os(Linux)
        if let path = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") {
            return URL(fileURLWithPath: path)
        }
        #endif
        return Bundle.main.executableURL?.resolvingSymlinksInPath()
    }

    /// The knowledge folder (`--data DIR`, `$DANVAN_DATA`, or `Data/` of the install root).
    public var dataDirectory: URL? {
        if let d = dataOverride ?? environment["DANVAN_DATA"] { return URL(fileURLWithPath: d) }
        return installRoot?.appendingPathComponent("Data")
    }

    /// The intents folder (`$DANVAN_INTENTS`, or `Intents/` of the install root).
    public var intentsDirectory: URL? {
        if let d = environment["DANVAN_INTENTS"] { return URL(fileURLWithPath: d) }
        return installRoot?.appendingPathComponent("Intents")
    }

    /// `$XDG_DATA_HOME/danvan` (default `~/.local/share/danvan`): the task store and imported plans.
    public var userDataDirectory: URL {
        xdg("XDG_DATA_HOME", fallback: ".local/share").appendingPathComponent("danvan")
    }

    /// `$XDG_STATE_HOME/danvan` (default `~/.local/state/danvan`): history and session state.
    public var userStateDirectory: URL {
        xdg("XDG_STATE_HOME", fallback: ".local/state").appendingPathComponent("danvan")
    }

    /// Imported plans live here.
    public var userPlansDirectory: URL { userDataDirectory.appendingPathComponent("plans") }

    private func xdg(_ key: String, fallback: String) -> URL {
        if let v = environment[key], !v.isEmpty, v.hasPrefix("/") { return URL(fileURLWithPath: v) }
        let home = environment["HOME"] ?? NSHomeDirectory()
        return URL(fileURLWithPath: home).appendingPathComponent(fallback)
    }
}
