import DanVanText
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Shows text taller than the screen through a pager, like git and psql:
/// `$DANVAN_PAGER`, else `$PAGER`, else `less`.
///
///     Pager.command(environment: ["PAGER": "more"], lookup: { _ in true })                 // "more"
///     Pager.command(environment: ["DANVAN_PAGER": "most", "PAGER": "more"], lookup: { _ in true }) // "most"
///     Pager.command(environment: [:], lookup: { $0 == "less" })                         // "less"
///
/// `less` gets `LESS=FRX` when `LESS` is unset: colours pass (R), a short text is printed as is (F)
/// and the answer stays on the screen after quitting (X).
///
/// The pager runs in danvan's own process group, which is the terminal's foreground group, so it
/// can read the keyboard (Foundation's `Process` puts its child in a new group, where `less`
/// cannot read the terminal and quits after one screen).
enum Pager {
    /// How showing text through the pager went.
    enum Outcome: Equatable {
        /// The pager ran and exited with status 0.
        case shown
        /// The pager could not be started or was not found (status 126 or 127).
        case notStarted
        /// The pager ran but exited with another status or was killed.
        case failed
    }

    /// The variables that name the pager, the first set one wins.
    static let variables = ["DANVAN_PAGER", "PAGER"]

    /// The shell command to page with, or nil when there is none (a set but empty variable or `cat`
    /// means "no pager", as in git).
    static func command(environment: [String: String], lookup: (String) -> Bool = Pager.isInstalled) -> String? {
        for name in variables {
            guard let pager = environment[name] else { continue }
            let trimmed = pager.trimmingCharacters(in: .whitespaces)
            return trimmed.isEmpty || trimmed == "cat" ? nil : trimmed
        }
        return lookup("less") ? "less" : nil
    }

    /// The pager's environment: `LESS=FRX` and `LV=-c` unless the user chose otherwise.
    static func environment(for environment: [String: String]) -> [String: String] {
        var env = environment
        if env["LESS"] == nil { env["LESS"] = "FRX" }
        if env["LV"] == nil { env["LV"] = "-c" }
        return env
    }

    /// Runs `command` through `/bin/sh -c` with `text` on its standard input and waits for it.
    ///
    /// - Returns: `.shown` when the pager ran and exited with status 0; otherwise the caller prints
    ///   the text itself, so nothing is lost.
    static func show(_ text: String, command: String, environment: [String: String]) -> Outcome {
        var pipeEnds: [Int32] = [-1, -1]
        guard pipe(&pipeEnds) == 0 else { return .notStarted }
        let (readEnd, writeEnd) = (pipeEnds[0], pipeEnds[1])
        guard let pid = spawn(command: command, input: readEnd, closing: writeEnd,
                              environment: Pager.environment(for: environment)) else {
            close(readEnd)
            close(writeEnd)
            return .notStarted
        }
        close(readEnd)
        // A pager that quits early must only make this write fail, not kill danvan with SIGPIPE.
        let previous = signal(SIGPIPE, SIG_IGN)
        writeAll(Array((text + "\n").utf8), to: writeEnd)
        close(writeEnd)
        signal(SIGPIPE, previous)
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 {
            guard errno == EINTR else { return .failed }
        }
        // Ctrl-C pressed inside the pager was meant for the pager, not for the next prompt.
        _ = SignalFlags.takeInterrupt()
        guard status & 0x7F == 0 else { return .failed }
        switch (status >> 8) & 0xFF {
        case 0: return .shown
        case 126, 127: return .notStarted
        default: return .failed
        }
    }

    /// Starts `/bin/sh -c command` with `input` as its standard input, in danvan's process group,
    /// with default signal handling; nil when it cannot start.
    private static func spawn(command: String, input: Int32, closing other: Int32,
                              environment: [String: String]) -> pid_t? {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addclose(&actions, other)
        posix_spawn_file_actions_adddup2(&actions, input, STDIN_FILENO)
        posix_spawn_file_actions_addclose(&actions, input)

        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var noSignals = sigset_t()
        sigemptyset(&noSignals)
        var defaults = sigset_t()
        sigemptyset(&defaults)
        for signo in [SIGINT, SIGQUIT, SIGPIPE, SIGTSTP, SIGTTIN, SIGTTOU, SIGWINCH, SIGTERM, SIGCONT] {
            sigaddset(&defaults, signo)
        }
        posix_spawnattr_setsigmask(&attributes, &noSignals)
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        // No POSIX_SPAWN_SETPGROUP: the pager must stay in the terminal's foreground process group.
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))

        let arguments: [String] = ["/bin/sh", "-c", command]
        let argv = arguments.map { strdup($0) } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { (argv + envp).forEach { free($0) } }
        var pid: pid_t = 0
        guard posix_spawn(&pid, "/bin/sh", &actions, &attributes, argv, envp) == 0 else { return nil }
        return pid
    }


    /// Whether `name` is an executable file in a `PATH` directory.
    static func isInstalled(_ name: String) -> Bool {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        return path.split(separator: ":").contains { FileManager.default.isExecutableFile(atPath: "\($0)/\(name)") }
    }
}
