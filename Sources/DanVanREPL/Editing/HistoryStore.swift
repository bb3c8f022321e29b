import CEditLine
import DanVanText
import Foundation

/// libedit's history list, loaded from and saved to one file after every entry.
///
///     let store = HistoryStore(path: "/tmp/h", limit: 1000)
///     store.add("hạn báo cáo") // in memory, and the file rewritten at once
///
/// The size is set before loading (otherwise loaded entries stay invisible), duplicates are dropped
/// (an entry typed again moves to the end), the file is written to a temporary name created 0600
/// then renamed (a crash or a full disk leaves the old or the new file, never half of one), in a
/// 0700 directory.
final class HistoryStore {
    let handle: OpaquePointer
    let path: String?
    private(set) var warned = false

    init?(path: String?, limit: Int) {
        UTF8Locale.activate()
        guard let handle = danvan_history_init() else { return nil }
        self.handle = handle
        self.path = path
        _ = danvan_history_set_size(handle, Int32(max(1, limit)))
        _ = danvan_history_set_unique(handle, 1)
        if let path, FileManager.default.fileExists(atPath: path) {
            _ = danvan_history_load(handle, path)
        }
    }

    deinit { danvan_history_end(handle) }

    /// How many entries are in memory.
    var count: Int { Int(danvan_history_count(handle)) }

    /// Adds `line` and saves the file.
    func add(_ line: String) {
        _ = danvan_history_remove_all(handle, line)
        _ = danvan_history_enter(handle, line)
        save()
    }

    /// Writes the whole list to a temporary file created 0600 (by `open`, not chmod-ed after),
    /// checks every write, the flush, the fsync and the close, and only then renames it over the
    /// history. On any failure (a full disk) the old history stays as it was and the person is told
    /// once.
    private func save() {
        guard let path else { return }
        let directory = (path as NSString).deletingLastPathComponent
        guard PrivateDirectory.create(directory) else { return warnOnce(path) }
        let temporary = path + ".tmp-\(getpid())"
        unlink(temporary)
        let fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, 0o600)
        guard fd >= 0 else { return warnOnce(path) }
        guard let stream = fdopen(fd, "w") else {
            close(fd)
            unlink(temporary)
            return warnOnce(path)
        }
        let written = danvan_history_save_fp(handle, stream) >= 0 && fflush(stream) == 0 && ferror(stream) == 0
            && fsync(fd) == 0
        let closed = fclose(stream) == 0
        guard written, closed, rename(temporary, path) == 0 else {
            unlink(temporary)
            return warnOnce(path)
        }
    }

    private func warnOnce(_ path: String) {
        guard !warned else { return }
        warned = true
        Terminal.write("\n" + Msg.replHistoryUnavailable(path) + "\n", to: STDERR_FILENO)
    }
}
