import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The plan library's folder as its index (`PlanIndex`) sees it, read with POSIX calls only (a thousand
/// files take about a millisecond, where FileManager takes twenty).
///
/// Three views of the folder, from cheapest to dearest:
/// - its `Stamp` (one `stat` of the folder): changes whenever a file is added, removed or replaced,
///   whatever the number of plans — what a question checks;
/// - its `Digest` (one `readdir`, no `stat` per file): the names and inodes of its plan files, summed —
///   what a writer checks after its own change, to see whether anyone else changed the folder meanwhile;
/// - its `listing` (a `stat` per file): size, modification time and inode of every plan file — what the
///   index is compared with when the stamp is not the one it recorded.
///
///     let stamp = LibraryFolder.stamp(of: dir)        // "2049.131.1764484000.123456789.1764484000.123456789"
///     LibraryFolder.waitPast(stamp!.latest)           // a change made from now on gets another stamp
enum LibraryFolder {
    /// A time as the file system records it.
    struct Time: Comparable {
        var seconds: Int
        var nanoseconds: Int

        init(_ t: timespec) {
            seconds = Int(t.tv_sec)
            nanoseconds = Int(t.tv_nsec)
        }

        static func < (a: Time, b: Time) -> Bool { (a.seconds, a.nanoseconds) < (b.seconds, b.nanoseconds) }
    }

    /// The folder's identity and its modification and change times: adding, removing or renaming a file
    /// in it changes both times (a file edited in place changes neither: `PlanIndex` looks at the file
    /// itself when it reads a plan).
    struct Stamp: Equatable {
        var device: UInt64
        var inode: UInt64
        var modified: Time
        var changed: Time

        /// The later of the two times: what the clock must have passed before the stamp can be trusted.
        var latest: Time { max(modified, changed) }

        /// As recorded in the index.
        var text: String {
            "\(device).\(inode).\(modified.seconds).\(modified.nanoseconds).\(changed.seconds).\(changed.nanoseconds)"
        }
    }

    /// The stamp of the folder, nil when it cannot be read (absent, not a folder).
    static func stamp(of folder: URL) -> Stamp? {
        var info = stat()
        guard stat(folder.path, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR else { return nil }
        return Stamp(device: UInt64(info.st_dev), inode: UInt64(info.st_ino), modified: Time(info.st_mtim), changed: Time(info.st_ctim))
    }

    /// The clock file times are taken from (coarse: it moves a few times per millisecond at most).
    static func now() -> Time {
        var t = timespec()
        clock_gettime(CLOCK_REALTIME_COARSE, &t)
        return Time(t)
    }

    /// Waits until the clock that stamps files has moved past `time` (a few milliseconds at most), so that
    /// any change made from then on gets a later stamp; false when it has not after `limit` milliseconds
    /// (a time in the future: a stamp that is then not trusted).
    @discardableResult
    static func waitPast(_ time: Time, limit: Int = 50) -> Bool {
        for _ in 0...limit {
            if time < now() { return true }
            usleep(1_000)
        }
        return false
    }

    /// Whether a directory entry is a plan file of the library (`*.json`, not hidden).
    static func isPlanFileName(_ name: String) -> Bool { name.hasSuffix(".json") && !name.hasPrefix(".") }

    /// What the index records of a plan file: size, modification time (as text that sorts) and inode.
    struct FileInfo: Equatable {
        var size: Int64
        var mtime: String
        var inode: Int64
    }

    /// The file's info when it is a regular file (a link is followed, as for reading the plan).
    static func info(of path: String) -> FileInfo? {
        var info = stat()
        guard stat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return nil }
        return FileInfo(size: Int64(info.st_size),
                        mtime: padded(Int(info.st_mtim.tv_sec), 12) + "." + padded(Int(info.st_mtim.tv_nsec), 9),
                        inode: Int64(bitPattern: UInt64(info.st_ino)))
    }

    /// The plan files of the folder with their info (a `stat` per file: for a full comparison only).
    static func listing(of folder: URL) -> [String: FileInfo] {
        var files: [String: FileInfo] = [:]
        forEachEntry(of: folder) { name, _, _ in
            if let info = info(of: folder.path + "/" + name) { files[name] = info }
        }
        return files
    }

    /// The names and inodes of the plan files, summed (`readdir` alone, but for a link or an entry whose
    /// type the file system does not say): equal to the digest of the index's `file` rows when the folder
    /// holds the files the index knows, whatever their number.
    static func digest(of folder: URL) -> Digest? {
        var digest = Digest()
        let read = forEachEntry(of: folder) { name, type, inode in
            if Int32(type) == Int32(DT_REG) {
                digest.add(name: name, inode: inode)
            } else if Int32(type) == Int32(DT_LNK) || Int32(type) == Int32(DT_UNKNOWN), let info = info(of: folder.path + "/" + name) {
                digest.add(name: name, inode: info.inode)
            }
        }
        return read ? digest : nil
    }

    /// An order-free summary of a set of (file name, inode): their number and the sum of their hashes.
    struct Digest: Equatable {
        var count = 0
        var sum: UInt64 = 0

        init() {}

        /// Read back from `text`; nil when it is not one.
        init?(text: String) {
            let parts = text.split(separator: " ")
            guard parts.count == 2, let c = Int(parts[0]), let s = UInt64(parts[1]) else { return nil }
            count = c
            sum = s
        }

        var text: String { "\(count) \(sum)" }

        mutating func add(name: String, inode: Int64) {
            count += 1
            sum &+= Self.hash(name, inode)
        }

        mutating func remove(name: String, inode: Int64) {
            count -= 1
            sum &-= Self.hash(name, inode)
        }

        /// FNV-1a over the name's bytes and the inode's, mixed once more.
        static func hash(_ name: String, _ inode: Int64) -> UInt64 {
            var h: UInt64 = 0xcbf2_9ce4_8422_2325
            for b in name.utf8 { h = (h ^ UInt64(b)) &* 0x0000_0100_0000_01b3 }
            var i = UInt64(bitPattern: inode)
            for _ in 0..<8 { h = (h ^ (i & 0xff)) &* 0x0000_0100_0000_01b3; i >>= 8 }
            h ^= h >> 29
            return h &* 0xbf58_476d_1ce4_e5b9
        }
    }

    /// Calls `body` with each plan file entry's name, type and inode; false when the folder cannot be read.
    @discardableResult
    private static func forEachEntry(of folder: URL, _ body: (String, UInt8, Int64) -> Void) -> Bool {
        guard let dir = opendir(folder.path) else { return false }
        defer { closedir(dir) }
        while let entry = readdir(dir) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
            guard isPlanFileName(name) else { continue }
            body(name, entry.pointee.d_type, Int64(bitPattern: UInt64(entry.pointee.d_ino)))
        }
        return true
    }

    /// `n` in decimal, zero-padded to `width` digits (so that times compare as text).
    static func padded(_ n: Int, _ width: Int) -> String {
        let digits = String(n)
        return digits.count >= width ? digits : String(repeating: "0", count: width - digits.count) + digits
    }
}
