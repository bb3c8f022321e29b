import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Writes a whole file the safe way: only ever a regular file, never a device, FIFO, socket or
/// folder; an existing file keeps its mode and owner and is replaced only when asked to.
///
///     try SafeFileWriter.write(Data("x".utf8), to: "bao-cao.md", overwrite: false)
///
/// The data goes to a temporary file created 0600 in the target's folder, which is given the
/// final mode (the existing file's, or 0666 less the umask), written completely, fsync-ed,
/// closed and renamed over the target. A symbolic link is followed to the regular file it names;
/// a link to anything else, or to nothing, is refused. On any failure the target is untouched and
/// the temporary file removed.
public enum SafeFileWriter {
    /// Why a file was not written.
    public enum Failure: Error, Equatable, Sendable {
        /// The target is a folder.
        case isDirectory
        /// The target is a device, FIFO or socket (or a link to one).
        case notRegularFile
        /// The target is a symbolic link to nothing.
        case danglingLink
        /// The target exists and overwriting was not asked for.
        case exists
        /// The folder that should hold the file does not exist.
        case noFolder
        /// No permission to write there, or to keep the existing file's owner.
        case denied
        /// The file system is read-only.
        case readOnly
        /// The disk (or the quota) is full.
        case diskFull
        /// Any other system error, by errno.
        case system(Int32)

        /// The reason in Vietnamese, to go after the file's name.
        public var reason: String {
            switch self {
            case .isDirectory: return Msg.writeReasonDirectory
            case .notRegularFile: return Msg.writeReasonNotRegular
            case .danglingLink: return Msg.writeReasonDanglingLink
            case .exists: return Msg.writeReasonExists
            case .noFolder: return Msg.writeReasonNoFolder
            case .denied: return Msg.writeReasonDenied
            case .readOnly: return Msg.writeReasonReadOnly
            case .diskFull: return Msg.writeReasonDiskFull
            case .system(let code): return Msg.writeReasonSystem(code)
            }
        }

        static func from(errno code: Int32) -> Failure {
            switch code {
            case EACCES, EPERM: return .denied
            case EROFS: return .readOnly
            case ENOSPC, EDQUOT, EFBIG: return .diskFull
            case ENOENT, ENOTDIR: return .noFolder
            case EISDIR: return .isDirectory
            default: return .system(code)
            }
        }
    }

    /// What is at a path, without opening it.
    public enum Target: Equatable, Sendable {
        case missing
        case regular(path: String, mode: mode_t, owner: uid_t, group: gid_t)
    }

    /// Checks `path` without writing: the regular file a write would replace, or `.missing`.
    /// - Throws: `Failure` for a folder, a device/FIFO/socket, a dangling link, a missing folder.
    public static func inspect(_ path: String) throws -> Target {
        var info = stat()
        if lstat(path, &info) != 0 {
            let code = errno
            guard code == ENOENT else { throw Failure.from(errno: code) }
            let folder = (path as NSString).deletingLastPathComponent
            var dir = stat()
            guard stat(folder.isEmpty ? "." : folder, &dir) == 0, (dir.st_mode & S_IFMT) == S_IFDIR else {
                throw Failure.noFolder
            }
            return .missing
        }
        var resolved = path
        if (info.st_mode & S_IFMT) == S_IFLNK {
            guard let real = realpath(path, nil) else { throw Failure.danglingLink }
            resolved = String(cString: real)
            free(real)
            guard stat(resolved, &info) == 0 else { throw Failure.danglingLink }
        }
        switch info.st_mode & S_IFMT {
        case S_IFREG: return .regular(path: resolved, mode: info.st_mode & 0o7777, owner: info.st_uid, group: info.st_gid)
        case S_IFDIR: throw Failure.isDirectory
        default: throw Failure.notRegularFile
        }
    }

    /// Writes `data` to `path` completely or not at all.
    /// - Parameters:
    ///   - overwrite: replace an existing regular file (the CLI's `--force`); otherwise refuse it.
    /// - Throws: `Failure`; the target is then unchanged.
    public static func write(_ data: Data, to path: String, overwrite: Bool) throws {
        let target = try inspect(path)
        let finalPath: String
        let mode: mode_t
        var owner: (uid_t, gid_t)?
        switch target {
        case .missing:
            finalPath = path
            let mask = umask(0o022)
            umask(mask)
            mode = 0o666 & ~mask
        case .regular(let resolved, let existingMode, let uid, let gid):
            guard overwrite else { throw Failure.exists }
            finalPath = resolved
            mode = existingMode
            owner = (uid, gid)
        }
        let folder = (finalPath as NSString).deletingLastPathComponent
        let name = (finalPath as NSString).lastPathComponent
        var template = Array(((folder.isEmpty ? "." : folder) + "/." + name + ".danvan-XXXXXX").utf8CString)
        let fd = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }  // created 0600
        guard fd >= 0 else { throw Failure.from(errno: errno) }
        let temporary = template.withUnsafeBufferPointer { String(cString: $0.baseAddress!) }
        var closed = false
        defer {
            if !closed { close(fd) }
        }
        do {
            if let (uid, gid) = owner, uid != geteuid() || gid != getegid() {
                guard fchown(fd, uid, gid) == 0 else { throw Failure.denied }
            }
            guard fchmod(fd, mode) == 0 else { throw Failure.from(errno: errno) }
            try writeAll(data, to: fd)
            guard fsync(fd) == 0 else { throw Failure.from(errno: errno) }
            closed = true
            guard close(fd) == 0 else { throw Failure.from(errno: errno) }
            guard rename(temporary, finalPath) == 0 else { throw Failure.from(errno: errno) }
        } catch {
            unlink(temporary)
            throw error
        }
        let dirfd = open(folder.isEmpty ? "." : folder, O_RDONLY | O_DIRECTORY)
        if dirfd >= 0 { _ = fsync(dirfd); close(dirfd) }
    }

    /// All of `data` to `fd`, retrying interrupted and short writes.
    /// - Throws: `Failure` from errno.
    public static func writeAll(_ data: Data, to fd: Int32) throws {
        try data.withUnsafeBytes { (raw: UnsafeRawBufferPointer) in
            guard let base = raw.baseAddress else { return }
            var done = 0
            while done < raw.count {
                let n = Glibc.write(fd, base + done, raw.count - done)
                if n < 0 {
                    if errno == EINTR { continue }
                    throw Failure.from(errno: errno)
                }
                if n == 0 { throw Failure.diskFull }
                done += n
            }
        }
    }
}
