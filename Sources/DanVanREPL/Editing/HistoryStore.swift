import CEditLine
import DanVanText
import Foundation

/// libedit's history list, loaded from and saved to one file after every entry.
///
///     let store = HistoryStore(path: "/tmp/h", limit: 1000)
///     store.add("hạn báo cáo") // in memory, and the file rewritten at once
///
/// The size is set before loading (otherwise loaded entries stay invisible), duplicates are dropped
/// (an entry typed again moves to the end) (an entry typed again moves to the end), the file is written to a temporary name then renamed (a crash leaves the old or the
/// new file, never half of one), and kept private (0600) in a 0700 directory.
final class HistoryStore {
    let handle: OpaquePointer
    let path: String?
    private var warned = false

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

    private func save() {
        guard let path else { return }
        let directory = (path as NSString).deletingLastPathComponent
        let temporary = path + ".tmp-\(getpid())"
        do {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true,
                                                    attributes: [.posixPermissions: 0o700])
        } catch {
            return warnOnce(path)
        }
        guard danvan_history_save(handle, temporary) >= 0 else {
            unlink(temporary)
            return warnOnce(path)
        }
        chmod(temporary, 0o600)
        if rename(temporary, path) != 0 {
            unlink(temporary)
            warnOnce(path)
        }
    }

    private func warnOnce(_ path: String) {
        guard !warned else { return }
        warned = true
        Terminal.write("\n" + Msg.replHistoryUnavailable(path) + "\n", to: STDERR_FILENO)
    }
}
