import CEditLine
import Foundation

/// The few facts and writes about the terminal the REPL needs.
///
///     Terminal.size()              // (columns: 120, rows: 40), or 80×24 when unknown
///     Terminal.write("Xin chào\n") // straight to stdout
public enum Terminal {
    /// Whether `fd` is a terminal.
    public static func isTerminal(_ fd: Int32) -> Bool { isatty(fd) != 0 }

    /// The size of the terminal behind stdout (else stdin), 80×24 when neither is one.
    static func size() -> (columns: Int, rows: Int) {
        var columns: Int32 = 0
        var rows: Int32 = 0
        for fd in [STDOUT_FILENO, STDIN_FILENO] where danvan_get_window_size(fd, &columns, &rows) == 0 {
            if columns > 0, rows > 0 { return (Int(columns), Int(rows)) }
        }
        return (80, 24)
    }

    /// Writes `text` to `fd` whole, after flushing C stdio so the order with libedit's output holds.
    static func write(_ text: String, to fd: Int32 = STDOUT_FILENO) {
        danvan_flush_stdout()
        writeAll(Array(text.utf8), to: fd)
    }
}

/// Writes every byte, retrying after a signal interrupts the system call; stops when the reader is gone.
func writeAll(_ data: [UInt8], to fd: Int32) {
    var bytes = data[...]
    while !bytes.isEmpty {
        let written = bytes.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
        if written < 0 {
            if errno == EINTR { continue }
            return
        }
        bytes = bytes.dropFirst(written)
    }
}
