import DanVanText
import Foundation
#if canImport(Glibc)
import Glibc
#endif

extension PlanIndex {
    /// The plan index's checksum, kept beside it (`<index>.sum`, 8 bytes): the SQLite file is checked
    /// against it before it is opened, as `CacheFile` checks the snapshot, and sealed again after every
    /// change. Checking, updating and sealing happen under an exclusive `flock` on `<index>.lock`, so two
    /// danvan processes never see each other's index between a change and its seal.
    ///
    ///     PlanIndex.Seal.isIntact(path)   // false once a byte of the index is changed by anything but danvan
    enum Seal {
        /// The checksum file beside the index.
        static func sumPath(_ path: String) -> String { path + ".sum" }

        /// Whether the index at `path` is a regular file of the user's (opened without following a link and
        /// without blocking) whose checksum is the one recorded when danvan last wrote it.
        static func isIntact(_ path: String) -> Bool {
            guard let recorded = CacheFile.read(sumPath(path), maxBytes: 8), recorded.count == 8,
                  let bytes = CacheFile.read(path) else { return false }
            return recorded == littleEndianBytes(CacheFile.checksum(bytes[...]))
        }

        /// Records the checksum of the index as it is now (written aside and renamed into place).
        static func seal(_ path: String) {
            guard let bytes = CacheFile.read(path) else { return }
            try? Data(littleEndianBytes(CacheFile.checksum(bytes[...]))).write(to: URL(fileURLWithPath: sumPath(path)), options: .atomic)
        }

        /// Removes the index, its journals and its checksum (whatever they are: a FIFO or a link goes too).
        static func remove(_ path: String) {
            for suffix in ["", "-journal", "-wal", "-shm", ".sum"] { unlink(path + suffix) }
        }

        /// Runs `body` holding an exclusive lock on `<path>.lock` (created 0600; only a regular file of the
        /// user's, opened without following a link or blocking, is used). Nil when the lock cannot be had.
        static func holdingLock<T>(of path: String, _ body: () -> T?) -> T? {
            let lockPath = path + ".lock"
            var fd = Glibc.open(lockPath, O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW | O_NONBLOCK, 0o600)
            if fd < 0 || !isOwnRegularFile(fd) {
                // Something else at the lock's path (a FIFO, a link, a folder of someone else's): replaced once.
                if fd >= 0 { close(fd) }
                unlink(lockPath)
                fd = Glibc.open(lockPath, O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW | O_NONBLOCK, 0o600)
                guard fd >= 0 else { return nil }
                guard isOwnRegularFile(fd) else { close(fd); return nil }
            }
            defer { close(fd) }
            while flock(fd, LOCK_EX) != 0 {
                guard errno == EINTR else { return nil }
            }
            return body()
        }

        private static func isOwnRegularFile(_ fd: Int32) -> Bool {
            var info = stat()
            return fstat(fd, &info) == 0 && (info.st_mode & S_IFMT) == S_IFREG && info.st_uid == geteuid()
        }

        private static func littleEndianBytes(_ value: UInt64) -> [UInt8] {
            withUnsafeBytes(of: value.littleEndian) { Array($0) }
        }
    }
}
