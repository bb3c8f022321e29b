import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Creates danvan's own folders (state, cache) private to the user: every folder it creates is
/// made with mode 0700 by `mkdir(2)` itself, never widened afterwards by a umask or a chmod.
///
///     PrivateDirectory.create("/home/lan/.local/state/danvan")   // true; the new folders are 0700
///
/// Existing folders are left as they are (a parent such as `~/.local` belongs to the user's setup).
public enum PrivateDirectory {
    /// Makes `path` and its missing parents; returns whether `path` is a folder afterwards.
    @discardableResult
    public static func create(_ path: String) -> Bool {
        var info = stat()
        if stat(path, &info) == 0 { return (info.st_mode & S_IFMT) == S_IFDIR }
        let parent = (path as NSString).deletingLastPathComponent
        if !parent.isEmpty, parent != path, !create(parent) { return false }
        if mkdir(path, 0o700) != 0 && errno != EEXIST { return false }
        return stat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR
    }
}
