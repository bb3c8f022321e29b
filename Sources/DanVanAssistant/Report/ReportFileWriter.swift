import Foundation

/// Writes a draft to a file all at once: either the whole file is there or nothing changed.
///
///     try ReportFileWriter.write(data, to: "bao-cao.docx")
public enum ReportFileWriter {
    /// - Throws: `ReportError.cannotWrite` naming why (a folder, a missing folder, no permission).
    public static func write(_ data: Data, to path: String) throws {
        let url = URL(fileURLWithPath: path)
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
            throw ReportError.cannotWrite(path: path, reason: .isDirectory)
        }
        let folder = url.deletingLastPathComponent().path
        if !FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory) || !isDirectory.boolValue {
            throw ReportError.cannotWrite(path: path, reason: .noFolder)
        }
        do {
            try data.write(to: url, options: .atomic)
        } catch let error as CocoaError where error.code == .fileWriteNoPermission || error.code == .fileWriteVolumeReadOnly {
            throw ReportError.cannotWrite(path: path, reason: .denied)
        } catch {
            if !FileManager.default.isWritableFile(atPath: folder) { throw ReportError.cannotWrite(path: path, reason: .denied) }
            throw ReportError.cannotWrite(path: path, reason: .other((error as NSError).localizedDescription))
        }
    }
}
