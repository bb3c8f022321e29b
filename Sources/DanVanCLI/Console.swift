import DanVanText

/// The executable's only way to print: every human-readable line goes through `OutputSink`
/// (sanitised, write checked); a failed write to standard output ends the command with the
/// Vietnamese reason on standard error and status 2.
///
///     try Console.out(Msg.reportWritten(path))
public enum Console {
    /// A human-readable line on standard output.
    public static func out(_ text: String, terminator: String = "\n") throws {
        try guarded { try OutputSink.standardOutput.line(text, terminator: terminator) }
    }

    /// Data (CSV, JSON, Markdown) on standard output: raw to a file or a pipe, sanitised on a terminal.
    public static func data(_ text: String) throws {
        try guarded { try OutputSink.standardOutput.data(text) }
    }

    /// Bytes already safe for a terminal (JSON).
    public static func bytes(_ bytes: [UInt8]) throws {
        try guarded { try OutputSink.standardOutput.bytes(bytes) }
    }

    /// A message on standard error, sanitised; a failure there cannot be reported anywhere.
    public static func error(_ text: String) {
        OutputSink.report(text)
    }

    private static func guarded(_ body: () throws -> Void) throws {
        do { try body() } catch let failure as OutputSink.Failure { throw CLIError.exit(failure.message) }
    }
}
