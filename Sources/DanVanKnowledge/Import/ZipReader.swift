import Foundation
import ZIPFoundation
#if canImport(Glibc)
import Glibc
#endif

/// Opens a zip package held in memory (a `.docx`, an `.xlsx`) for reading, without ZIPFoundation's
/// in-memory backing: that one traps when an offset in the file points past its end (a central
/// directory or an entry placed beyond the end — a 220-byte file crashed `danvan import` and
/// `danvan tasks import`; found by fuzzing the `.xlsx` reader). The bytes are written to a private
/// temporary file (0600, removed as soon as it is open) and read through the C library, where a read
/// past the end finds nothing and the package is refused as broken.
///
///     guard let archive = ZipReader.archive(data) else { throw ImportError.docxNotZip(name: name) }
enum ZipReader {
    /// The package, or nil when it cannot be read as a zip.
    static func archive(_ data: Data) -> Archive? {
        var template = Array((FileManager.default.temporaryDirectory.path + "/danvan-zip-XXXXXX").utf8CString)
        let fd = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard fd >= 0 else { return nil }
        let path = String(cString: template)
        defer {
            unlink(path)
            close(fd)
        }
        var done = 0
        let whole = data.withUnsafeBytes { raw -> Bool in
            while done < raw.count {
                let n = write(fd, raw.baseAddress! + done, raw.count - done)
                if n < 0, errno == EINTR { continue }
                guard n > 0 else { return false }
                done += n
            }
            return true
        }
        guard whole else { return nil }
        // The archive opens its own handle on the file now; the name goes right after.
        return try? Archive(url: URL(fileURLWithPath: path), accessMode: .read)
    }
}
