import ArgumentParser
import DanVanAssistant
import DanVanText
import Foundation

/// `--output FILE [--force]` of `report`, `calendar export` and `tasks export`: the file written instead
/// of standard output, never an existing one without `--force`.
struct OutputFile: ParsableArguments {
    @Option(name: .customLong("output"), help: ArgumentHelp("Tệp ghi ra. Không có: in ra màn hình.", valueName: "tệp"))
    var path: String?

    @Flag(name: .long, help: "Ghi đè tệp --output nếu đã có (giữ quyền và chủ sở hữu của tệp cũ).")
    var force = false

    /// Refuses an existing file without `--force` before any work is done: the worded error and status 2.
    func check() throws {
        guard let path else { return }
        try worded { try ReportFileWriter.check(path, overwrite: force) }
    }

    /// Writes `data` to `path` (atomically, keeping an overwritten file's mode and owner), then says
    /// `written`; the worded error and status 2 when the file cannot be written.
    func write(_ data: Data, to path: String, then written: String) throws {
        try worded { try ReportFileWriter.write(data, to: path, overwrite: force) }
        try Console.out(written)
    }

    private func worded(_ body: () throws -> Void) throws {
        do { try body() } catch let error as ReportError { throw CLIError.exit(error.message) }
    }
}
