import DanVanText
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Why a store file cannot be used, named the way a person understands it (never a SQLite code or
/// a system message in English).
///
///     StoreProblem.diagnose(path: "/tmp", sqliteCode: 14).reason   // "đó là một thư mục, không phải tệp"
public enum StoreProblem: Equatable, Sendable {
    case notAFile, isDirectory, missingFolder, noPermission, readOnly, notAStore, damaged, diskFull, unknown

    /// The reason in Vietnamese, to go in `Msg.taskErrorCannotOpen`.
    public var reason: String {
        switch self {
        case .notAFile: return Msg.storeNotAFile
        case .isDirectory: return Msg.storeIsDirectory
        case .missingFolder: return Msg.storeMissingFolder
        case .noPermission: return Msg.storeNoPermission
        case .readOnly: return Msg.storeReadOnly
        case .notAStore: return Msg.storeNotAStore
        case .damaged: return Msg.storeDamagedShort
        case .diskFull: return Msg.storeDiskFull
        case .unknown: return Msg.storeUnknownProblem
        }
    }

    /// Looks at the file and its folder to say why opening failed; `sqliteCode` (primary result code)
    /// or `errno` say what the failing call saw.
    public static func diagnose(path: String, sqliteCode: Int32? = nil, errno code: Int32? = nil) -> StoreProblem {
        var info = stat()
        if stat(path, &info) == 0 {
            switch info.st_mode & S_IFMT {
            case S_IFDIR: return .isDirectory
            case S_IFREG: break
            default: return .notAFile
            }
        } else if Glibc.errno == ENOTDIR {
            return .missingFolder
        } else {
            let folder = (path as NSString).deletingLastPathComponent
            var dir = stat()
            if stat(folder.isEmpty ? "." : folder, &dir) != 0 || (dir.st_mode & S_IFMT) != S_IFDIR { return .missingFolder }
        }
        switch sqliteCode {
        case 11: return .damaged          // SQLITE_CORRUPT
        case 26: return .notAStore        // SQLITE_NOTADB
        case 13: return .diskFull         // SQLITE_FULL
        case 8: return .readOnly          // SQLITE_READONLY
        case 3, 23: return .noPermission  // SQLITE_PERM, SQLITE_AUTH
        default: break
        }
        switch code {
        case EACCES, EPERM: return .noPermission
        case EROFS: return .readOnly
        case ENOSPC, EDQUOT: return .diskFull
        case EISDIR: return .isDirectory
        case ENOTDIR, ENOENT: return .missingFolder
        default: break
        }
        // A CANTOPEN or I/O error: look at the permissions ourselves.
        let folder = (path as NSString).deletingLastPathComponent
        if access(path, F_OK) == 0, access(path, R_OK | W_OK) != 0 { return Glibc.errno == EROFS ? .readOnly : .noPermission }
        if access(folder.isEmpty ? "." : folder, W_OK) != 0 { return Glibc.errno == EROFS ? .readOnly : .noPermission }
        return sqliteCode == 14 ? .noPermission : .unknown
    }
}
