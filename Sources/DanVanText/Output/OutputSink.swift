import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The one boundary every line meant for a person goes through on its way to standard output or
/// standard error: control characters, escape sequences (OSC 52, colours, titles), NUL and the
/// bidirectional overrides are stripped (`TextSanitizer`), and a failed write (a full disk, a
/// closed pipe) is reported instead of ignored.
///
///     try OutputSink.standardOutput.line("Đã ghi …")        // sanitised, checked
///     try OutputSink.standardOutput.data(csv, onTerminal: .sanitized)  // raw to a file or pipe
///
/// Data formats (CSV, JSON, Markdown exports) go out byte for byte to a file or a pipe, and
/// sanitised only when the stream is a terminal.
public struct OutputSink: Sendable {
    /// What a failed write says: the stream and the reason.
    public struct Failure: Error, Equatable {
        public var stream: String
        public var reason: SafeFileWriter.Failure
        /// The Vietnamese sentence for standard error.
        public var message: String { Msg.outputWriteFailed(stream: stream, reason: reason.reason) }
    }

    /// How data is treated when the stream is a terminal.
    public enum TerminalPolicy: Sendable { case sanitized, raw }

    public let descriptor: Int32
    let name: String

    public static let standardOutput = OutputSink(descriptor: STDOUT_FILENO, name: Msg.outputStandardOutput)
    public static let standardError = OutputSink(descriptor: STDERR_FILENO, name: Msg.outputStandardError)

    public init(descriptor: Int32, name: String) {
        self.descriptor = descriptor
        self.name = name
    }

    /// Whether the stream is a terminal.
    public var isTerminal: Bool { isatty(descriptor) == 1 }

    /// A human-readable text, sanitised, with `terminator` after it.
    /// - Throws: `Failure` when the write fails.
    public func line(_ text: String, terminator: String = "\n") throws {
        try bytes(Array((TextSanitizer.sanitize(text) + terminator).utf8))
    }

    /// Data (CSV, JSON, Markdown): raw to a file or pipe, sanitised (keeping tabs and line ends'
    /// newline) on a terminal unless `onTerminal` is `.raw`.
    /// - Throws: `Failure` when the write fails.
    public func data(_ text: String, onTerminal: TerminalPolicy = .sanitized) throws {
        if onTerminal == .sanitized && isTerminal {
            try bytes(Array(TextSanitizer.sanitize(text).utf8))
        } else {
            try bytes(Array(text.utf8))
        }
    }

    /// Bytes as they are (already safe: JSON with escaped controls).
    /// - Throws: `Failure` when the write fails.
    public func bytes(_ bytes: [UInt8]) throws {
        do {
            try SafeFileWriter.writeAll(Data(bytes), to: descriptor)
        } catch let reason as SafeFileWriter.Failure {
            throw Failure(stream: name, reason: reason)
        }
    }

    /// Writes to standard error without failing: the last resort for an error message.
    public static func report(_ message: String) {
        try? standardError.line(message)
    }
}
