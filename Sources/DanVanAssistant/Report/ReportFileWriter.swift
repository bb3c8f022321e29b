import DanVanText
import Foundation

/// Writes a draft to a file all at once: either the whole file is there or nothing changed.
///
///     try ReportFileWriter.write(data, to: "bao-cao.docx", overwrite: false)
///
/// Goes through `SafeFileWriter`: only a regular file is ever written or replaced (never a device,
/// FIFO, socket or folder), an existing one only with `overwrite` and keeping its mode and owner.
public enum ReportFileWriter {
    /// - Throws: `ReportError.cannotWrite` naming why (a folder, a missing folder, no permission,
    ///   not a regular file, an existing file without `overwrite`, a full disk).
    public static func write(_ data: Data, to path: String, overwrite: Bool = false) throws {
        do {
            try SafeFileWriter.write(data, to: path, overwrite: overwrite)
        } catch let failure as SafeFileWriter.Failure {
            throw ReportError.cannotWrite(path: path, reason: reason(for: failure))
        }
    }

    /// Refuses early (before drafting) what `write` would refuse: a non-regular target, a missing
    /// folder, an existing file without `overwrite`.
    public static func check(_ path: String, overwrite: Bool) throws {
        do {
            if case .regular = try SafeFileWriter.inspect(path), !overwrite { throw SafeFileWriter.Failure.exists }
        } catch let failure as SafeFileWriter.Failure {
            throw ReportError.cannotWrite(path: path, reason: reason(for: failure))
        }
    }

    private static func reason(for failure: SafeFileWriter.Failure) -> ReportError.WriteFailure {
        switch failure {
        case .isDirectory: return .isDirectory
        case .noFolder: return .noFolder
        case .denied: return .denied
        default: return .refused(failure)
        }
    }
}
