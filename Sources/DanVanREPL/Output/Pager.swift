import DanVanText
import Foundation

/// Shows text taller than the screen through a pager (`$PAGER`, else `less`), like git and psql.
///
///     Pager.command(environment: ["PAGER": "more"], lookup: { _ in true }) // "more"
///     Pager.command(environment: [:], lookup: { $0 == "less" })           // "less"
///
/// `less` gets `LESS=FRX` when `LESS` is unset: colours pass (R), a short text is printed as is (F)
/// and the answer stays on the screen after quitting (X).
enum Pager {
    /// The shell command to page with, or nil when there is none.
    static func command(environment: [String: String], lookup: (String) -> Bool = Pager.isInstalled) -> String? {
        if let pager = environment["PAGER"] {
            let trimmed = pager.trimmingCharacters(in: .whitespaces)
            return trimmed.isEmpty || trimmed == "cat" ? nil : trimmed
        }
        return lookup("less") ? "less" : nil
    }

    /// Runs `command` through `/bin/sh -c` with `text` on its standard input; false when it could not run.
    static func show(_ text: String, command: String, environment: [String: String]) -> Bool {
        var env = environment
        if env["LESS"] == nil { env["LESS"] = "FRX" }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", command]
        process.environment = env
        let pipe = Pipe()
        process.standardInput = pipe
        do { try process.run() } catch { return false }
        // A pager that quits early must only make this write fail, not kill danvan with SIGPIPE.
        let previous = signal(SIGPIPE, SIG_IGN)
        defer { signal(SIGPIPE, previous) }
        try? pipe.fileHandleForWriting.write(contentsOf: Data((text + "\n").utf8))
        try? pipe.fileHandleForWriting.close()
        process.waitUntilExit()
        return process.terminationReason == .exit && process.terminationStatus != 127
    }

    /// Whether `name` is an executable file in a `PATH` directory.
    static func isInstalled(_ name: String) -> Bool {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        return path.split(separator: ":").contains { FileManager.default.isExecutableFile(atPath: "\($0)/\(name)") }
    }
}
