import DanVanText
import Foundation
#if canImport(Glibc)
import Glibc
#endif

extension PlanImporter {
    /// The bytes of a file to import (a plan, a workbook), never more than `ImportLimits.fileBytes` in
    /// memory whatever the file claims or grows to while read. Only a regular file is read: it is opened
    /// without blocking, so a FIFO or a device put under a plan's name is refused at once.
    ///
    /// - Throws: `ImportError.unreadable` (not a regular file, no permission), `.tooLarge`.
    static func boundedContents(of url: URL) throws -> Data {
        let fd = open(url.path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
        guard fd >= 0 else { throw ImportError.unreadable(path: url.path) }
        let handle = FileHandle(fileDescriptor: fd, closeOnDealloc: true)
        var info = stat()
        guard fstat(fd, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { throw ImportError.unreadable(path: url.path) }
        let tooLarge = ImportError.tooLarge(name: url.lastPathComponent, limit: ImportLimits.megabytes(ImportLimits.fileBytes))
        if Int(info.st_size) > ImportLimits.fileBytes { throw tooLarge }
        guard let data = try? handle.read(upToCount: ImportLimits.fileBytes + 1) ?? Data() else {
            throw ImportError.unreadable(path: url.path)
        }
        if data.count > ImportLimits.fileBytes { throw tooLarge }
        return data
    }
}
