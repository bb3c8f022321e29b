import Foundation
import Glibc
import XCTest

/// A program run under a pseudo-terminal: keys are written to the master side, the screen is read
/// back from it. Every wait has a deadline so a hung child never hangs the suite.
///
///     let session = try PseudoTerminalSession(executable: path, environment: env)
///     try session.expect("danvan› ")
///     session.send("hạn báo cáo\r")
///     try session.expect("ECHO[hạn báo cáo]")
final class PseudoTerminalSession {
    struct Timeout: Error, CustomStringConvertible {
        let waitingFor: String
        let screen: String
        var description: String { "timed out waiting for \(waitingFor.debugDescription); screen so far: \(screen.debugDescription)" }
    }

    let master: Int32
    let pid: pid_t
    private(set) var output: [UInt8] = []
    /// Where the next `expect` starts looking, in bytes of `output`.
    private var cursor = 0
    private var exitStatus: Int32?

    /// Everything the program wrote, decoded.
    var screen: String { String(decoding: output, as: UTF8.self) }

    init(executable: String, arguments: [String] = [], environment: [String: String],
         columns: Int = 80, rows: Int = 24) throws {
        var master: Int32 = -1
        var slave: Int32 = -1
        var size = winsize(ws_row: UInt16(rows), ws_col: UInt16(columns), ws_xpixel: 0, ws_ypixel: 0)
        guard openpty(&master, &slave, nil, nil, &size) == 0 else { throw POSIXError(.EIO) }
        defer { close(slave) }
        let slavePath = String(cString: ttyname(slave))

        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addclose(&actions, master)
        // Opened after setsid() without O_NOCTTY: the pty becomes the child's controlling terminal,
        // so Ctrl-C and resizes reach it as signals.
        posix_spawn_file_actions_addopen(&actions, 0, slavePath, O_RDWR, 0)
        posix_spawn_file_actions_adddup2(&actions, 0, 1)
        posix_spawn_file_actions_adddup2(&actions, 0, 2)

        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var noSignals = sigset_t()
        sigemptyset(&noSignals)
        var defaults = sigset_t()
        sigemptyset(&defaults)
        for signo in [SIGINT, SIGPIPE, SIGWINCH, SIGQUIT, SIGTERM] { sigaddset(&defaults, signo) }
        posix_spawnattr_setsigmask(&attributes, &noSignals)
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        let setsid: Int32 = 0x80  // POSIX_SPAWN_SETSID (a GNU extension Swift's Glibc does not import)
        posix_spawnattr_setflags(&attributes, Int16(setsid | POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))

        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { (argv + envp).forEach { free($0) } }
        var pid: pid_t = 0
        let status = posix_spawn(&pid, executable, &actions, &attributes, argv, envp)
        guard status == 0 else {
            close(master)
            throw POSIXError(POSIXErrorCode(rawValue: status) ?? .EIO)
        }
        self.master = master
        self.pid = pid
    }

    deinit {
        if exitStatus == nil {
            kill(pid, SIGKILL)
            var status: Int32 = 0
            waitpid(pid, &status, 0)
        }
        close(master)
    }

    /// Writes keys as the user would type them.
    func send(_ keys: String) {
        let bytes = Array(keys.utf8)
        _ = bytes.withUnsafeBytes { write(master, $0.baseAddress, $0.count) }
    }

    /// Waits until `text` appears after the previous match; returns what came before it.
    @discardableResult
    func expect(_ text: String, timeout: TimeInterval = 5) throws -> String {
        let needle = Array(text.utf8)
        let deadline = Date().addingTimeInterval(timeout)
        while true {
            if let range = find(needle, from: cursor) {
                let before = String(decoding: output[cursor..<range.lowerBound], as: UTF8.self)
                cursor = range.upperBound
                return before
            }
            guard Date() < deadline, pump(until: deadline) else {
                throw Timeout(waitingFor: text, screen: String(decoding: output[cursor...], as: UTF8.self))
            }
        }
    }

    /// Waits for the prompt, then until libedit has put the terminal in raw mode: keys sent before
    /// that would be handled by the kernel's line discipline (Ctrl-R echoed as "^R", Ctrl-D lost).
    func expectPrompt(timeout: TimeInterval = 5) throws {
        try expect("danvan›", timeout: timeout)
        let deadline = Date().addingTimeInterval(timeout)
        while isCanonical {
            guard Date() < deadline else { throw Timeout(waitingFor: "raw mode", screen: rest) }
            _ = pump(until: Date().addingTimeInterval(0.01))
        }
    }

    /// Whether the terminal is in cooked (line-by-line) mode; the master sees the slave's settings.
    var isCanonical: Bool {
        var settings = termios()
        guard tcgetattr(master, &settings) == 0 else { return false }
        return settings.c_lflag & tcflag_t(ICANON) != 0
    }

    /// Reads whatever arrives during `seconds`.
    func settle(_ seconds: TimeInterval = 0.3) {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline, pump(until: deadline) {}
    }

    /// Everything after the last match, without waiting.
    var rest: String { String(decoding: output[cursor...], as: UTF8.self) }

    /// Waits for the program to end; its exit status, or nil if it is still running at the deadline.
    func waitForExit(timeout: TimeInterval = 5) -> Int32? {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            var status: Int32 = 0
            let result = waitpid(pid, &status, WNOHANG)
            if result == pid {
                exitStatus = (status & 0x7F) == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
                return exitStatus
            }
            _ = pump(until: Date().addingTimeInterval(0.05))
        }
        return nil
    }

    /// Sets the terminal size; the kernel sends SIGWINCH to the program.
    func resize(columns: Int, rows: Int) {
        var size = winsize(ws_row: UInt16(rows), ws_col: UInt16(columns), ws_xpixel: 0, ws_ypixel: 0)
        _ = ioctl(master, UInt(TIOCSWINSZ), &size)
    }

    /// Reads once if data arrives before `deadline`; false when nothing more can come.
    private func pump(until deadline: Date) -> Bool {
        var descriptor = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
        let milliseconds = Int32(max(0, min(200, deadline.timeIntervalSinceNow * 1000)))
        let ready = poll(&descriptor, 1, milliseconds)
        guard ready > 0 else { return ready == 0 || errno == EINTR }
        var buffer = [UInt8](repeating: 0, count: 4096)
        let count = read(master, &buffer, buffer.count)
        guard count > 0 else { return false }  // EIO: the child closed the terminal
        output += buffer[..<count]
        return true
    }

    private func find(_ needle: [UInt8], from start: Int) -> Range<Int>? {
        guard !needle.isEmpty, output.count - start >= needle.count else { return nil }
        for i in start...(output.count - needle.count) where output[i] == needle[0] {
            if Array(output[i..<(i + needle.count)]) == needle { return i..<(i + needle.count) }
        }
        return nil
    }
}
