import CEditLine
import Foundation

// Written by the signal handlers, read by the editor loop; a word-sized store is all a handler may do.
nonisolated(unsafe) private var pendingInterrupt: Int32 = 0
nonisolated(unsafe) private var pendingResize: Int32 = 0
nonisolated(unsafe) private var pendingContinue: Int32 = 0

/// The signals the REPL handles itself: Ctrl-C (SIGINT), a resize (SIGWINCH), a resume (SIGCONT).
///
///     SignalFlags.install()
///     // … Ctrl-C pressed: a blocking read() fails with EINTR …
///     SignalFlags.takeInterrupt() // true, then false
///
/// Handlers are installed without SA_RESTART so a blocking read returns EINTR and the editor can
/// act; SIGPIPE is ignored so a pager that quits early does not kill the process. SIGTERM, SIGHUP
/// and SIGQUIT restore the terminal settings saved at install and exit with 128 + the signal.
enum SignalFlags {
    static func install() {
        _ = danvan_signal_interrupting(SIGINT) { _ in pendingInterrupt = 1 }
        _ = danvan_signal_interrupting(SIGWINCH) { _ in pendingResize = 1 }
        _ = danvan_signal_interrupting(SIGCONT) { _ in pendingContinue = 1 }
        signal(SIGPIPE, SIG_IGN)
        // SIGTERM, SIGHUP, Ctrl-\ (SIGQUIT): the terminal as it was, then exit 128 + signal, quietly.
        _ = danvan_install_terminal_guard(STDIN_FILENO)
    }

    static func restore() {
        for signo in [SIGINT, SIGWINCH, SIGCONT, SIGPIPE] { _ = danvan_signal_default(signo) }
        danvan_remove_terminal_guard()
    }

    /// Whether Ctrl-C was pressed and not yet taken (the flag stays set).
    static func interruptPending() -> Bool { pendingInterrupt != 0 }
    /// Whether Ctrl-C was pressed since the last call.
    static func takeInterrupt() -> Bool { take(&pendingInterrupt) }
    /// Whether the terminal was resized since the last call.
    static func takeResize() -> Bool { take(&pendingResize) }
    /// Whether the process was resumed (after Ctrl-Z) since the last call.
    static func takeContinue() -> Bool { take(&pendingContinue) }

    private static func take(_ flag: inout Int32) -> Bool {
        guard flag != 0 else { return false }
        flag = 0
        return true
    }
}
