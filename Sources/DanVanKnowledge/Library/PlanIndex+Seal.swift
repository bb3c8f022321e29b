import DanVanText
import Foundation
#if canImport(Glibc)
import Glibc
#endif

extension PlanIndex {
    /// The plan index's seal, kept beside it (`<index>.sum`): the SQLite file is checked against it before
    /// it is opened, and sealed again after every change danvan makes. Checking, updating and sealing
    /// happen under an exclusive `flock` on `<index>.lock`, so two danvan processes never see each other's
    /// index between a change and its seal.
    ///
    /// The seal is the file's identity and times as the kernel keeps them (device, inode, size, modification
    /// and change times, to the nanosecond), recorded once the clock has moved past them: any later write
    /// to the file, by any program — a flipped byte, an edit of the same length, even one whose
    /// modification time is put back — changes its change time, which no program can set, and a file put
    /// in its place is another inode. Checking it is one `fstat`, whatever the size of the library (a
    /// checksum of the whole file cost a read of every page on every question).
    ///
    ///     PlanIndex.Seal.isIntact(path)   // false once the index is changed by anything but danvan
    enum Seal {
        /// The seal file beside the index.
        static func sumPath(_ path: String) -> String { path + ".sum" }

        /// What is recorded: the index's identity and times, as text.
        private static func fingerprint(_ s: stat) -> [UInt8] {
            Array("plan-index \(s.st_dev) \(s.st_ino) \(s.st_size) \(s.st_mtim.tv_sec).\(s.st_mtim.tv_nsec) \(s.st_ctim.tv_sec).\(s.st_ctim.tv_nsec)\n".utf8)
        }

        /// The index's `stat`, when it is a regular, non-empty file of the user's (opened without following a
        /// link and without blocking: a FIFO or a device at its path is refused at once).
        private static func ownFileInfo(_ path: String) -> stat? {
            let fd = Glibc.open(path, O_RDONLY | O_CLOEXEC | O_NOFOLLOW | O_NONBLOCK)
            guard fd >= 0 else { return nil }
            defer { close(fd) }
            var s = stat()
            guard fstat(fd, &s) == 0, (s.st_mode & S_IFMT) == S_IFREG, s.st_uid == geteuid(), s.st_size > 0 else { return nil }
            return s
        }

        /// Whether the index at `path` is a regular file of the user's whose identity and times are the
        /// ones recorded when danvan last wrote it.
        static func isIntact(_ path: String) -> Bool {
            guard let recorded = CacheFile.read(sumPath(path), maxBytes: 256), let s = ownFileInfo(path) else { return false }
            return recorded == fingerprint(s)
        }

        /// Records the index as it is now (written aside and renamed into place), once the clock has moved
        /// past its change time: a later write then always gets another one.
        static func seal(_ path: String) {
            guard let s = ownFileInfo(path) else { return }
            guard LibraryFolder.waitPast(LibraryFolder.Time(s.st_ctim)) else {
                // A change time in the future (a clock set back): not sealed, so built again next time.
                unlink(sumPath(path))
                return
            }
            try? Data(fingerprint(s)).write(to: URL(fileURLWithPath: sumPath(path)), options: .atomic)
        }

        /// Removes the index, its journals and its seal (whatever they are: a FIFO or a link goes too).
        static func remove(_ path: String) {
            for suffix in ["", "-journal", "-wal", "-shm", ".sum"] { unlink(path + suffix) }
        }

        /// Removes journals beside an intact index: danvan seals only after a transaction has ended, so a
        /// journal there is none of its own (a hot journal of a write that had changed the file would have
        /// broken the seal) and must not be played back into the index.
        static func removeJournals(_ path: String) {
            for suffix in ["-journal", "-wal", "-shm"] { unlink(path + suffix) }
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
    }
}
