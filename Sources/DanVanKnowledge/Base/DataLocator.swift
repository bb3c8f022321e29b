import Foundation

/// Finds danvan's folders: the shipped `Data/` and `Intents/`, and the user's data and state dirs.
///
///     DataLocator(environment: ProcessInfo.processInfo.environment).dataDirectory
///     // "/home/an/danvan/Data" when run from a checkout's .build/release/danvan
public struct DataLocator: Sendable {
    public var environment: [String: String]
    /// `--data DIR`, when given.
    public var dataOverride: String?

    /// The folder holding `Data/` and `Intents/`: beside the executable or one of its parents (a
    /// checkout's `.build/…/danvan`), `$DANVAN_HOME`, or an installed `share/danvan`. Looked up once.
    public let installRoot: URL?

    public init(environment: [String: String], dataOverride: String? = nil) {
        self.environment = environment
        self.dataOverride = dataOverride
        installRoot = Self.findInstallRoot(environment: environment)
    }

    /// The first candidate holding both `Intents/` and `Data/`. Paths are plain strings checked with
    /// `access(2)`: this runs at every start, and URL resolution would cost more than the rest of it.
    private static func findInstallRoot(environment: [String: String]) -> URL? {
        var candidates: [String] = []
        if let home = environment["DANVAN_HOME"] { candidates.append(home) }
        if let exe = executablePath() {
            var dir = parent(exe)
            for _ in 0..<6 {
                candidates.append(dir)
                candidates.append(dir + "/share/danvan")
                dir = parent(dir)
            }
        }
        candidates.append(FileManager.default.currentDirectoryPath)
        return candidates.first { access($0 + "/Intents", F_OK) == 0 && access($0 + "/Data", F_OK) == 0 }
            .map { URL(fileURLWithPath: $0) }
    }

    /// The running executable, symbolic links resolved.
    private static func executablePath() -> String? {
        #if os(Linux)
        var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        let n = readlink("/proc/self/exe", &buffer, buffer.count - 1)
        if n > 0 { return String(decoding: buffer[..<n].map { UInt8(bitPattern: $0) }, as: UTF8.self) }
        #endif
        return (Bundle.main.executableURL ?? CommandLine.arguments.first.map { URL(fileURLWithPath: $0) })?.resolvingSymlinksInPath().path
    }

    /// The folder holding `path` ("/" for a top-level entry).
    private static func parent(_ path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        return slash == path.startIndex ? "/" : String(path[..<slash])
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
