import DanVanIntents
import DanVanKnowledge
import DanVanTasks
import DanVanText
import Foundation

/// The precompiled knowledge base: the decoded contents of `Data/` and `Intents/`, kept in binary form
/// in the cache folder so that a cold `danvan ask` skips YAML/JSON decoding (most of its start-up).
///
/// The snapshot's fingerprint names every file of the source folders (and of their subfolders) with
/// its size and modification time, and the danvan executable itself: editing a synonym, adding a plan
/// or installing a new build invalidates it at once, and it is rebuilt from the sources. A snapshot
/// that cannot be read (truncated, another layout, a checksum that does not match its bytes, not a
/// regular file owned by the user — a FIFO there is refused without blocking) is ignored the same
/// way and rewritten; one that cannot be written (read-only cache) only costs the time it would have
/// saved.
///
///     let snapshot = StartupSnapshot(cacheDirectory: cache, sourceFolders: [data, intents])
///     if let contents = snapshot?.read() { … } else { …decode the sources…; snapshot?.write(contents) }
public struct StartupSnapshot {
    /// What a snapshot holds.
    public struct Contents: SnapshotCodable {
        public var knowledge: KnowledgeSources
        public var intents: IntentSources
        public var tasks: TaskVocabulary
        /// `KnowledgeBase.builtInDirectory(of: knowledge)`: read from the snapshot, built when it is written.
        public private(set) var directory: UnitDirectory?
        /// `Glossary(entries: knowledge.glossary)`: read from the snapshot, built when it is written.
        public private(set) var glossary: Glossary?

        public init(knowledge: KnowledgeSources, intents: IntentSources, tasks: TaskVocabulary) {
            self.knowledge = knowledge
            self.intents = intents
            self.tasks = tasks
        }

        public init(snapshot r: inout SnapshotReader) throws {
            self.init(knowledge: try r.read(), intents: try r.read(), tasks: try r.read())
            directory = try r.read(UnitDirectory.self)
            glossary = try r.read(Glossary.self)
        }

        public func write(snapshot w: inout SnapshotWriter) {
            w.write(knowledge, intents, tasks, directory ?? KnowledgeBase.builtInDirectory(of: knowledge),
                    glossary ?? Glossary(entries: knowledge.glossary))
        }
    }

    /// `<cache>/startup-<hash of the source folders' paths>.bin`.
    public let file: URL
    /// The state of every source file and of the executable, as the snapshot must have been made from.
    public let fingerprint: String

    private static let magic = Array("danvan startup snapshot 3\n".utf8)

    /// nil without a cache folder.
    public init?(cacheDirectory: URL?, sourceFolders: [URL]) {
        guard let cacheDirectory else { return nil }
        let paths = sourceFolders.map(\.path)
        file = cacheDirectory.appendingPathComponent("startup-\(DecodingCache.hash(paths.joined(separator: "\n"))).bin")
        fingerprint = Self.fingerprint(folders: paths)
    }

    /// The contents, when the snapshot exists and was made from the sources as they are now.
    public func read() -> Contents? {
        // One read of the file, no copy: the reader starts after the header, in the same array.
        guard let bytes = CacheFile.read(file.path), bytes.starts(with: Self.magic),
              let payload = CacheFile.unseal(bytes[Self.magic.count...]) else { return nil }
        var reader = SnapshotReader(bytes, position: payload.startIndex)
        guard let stored = try? reader.read(String.self), stored == fingerprint,
              let contents = try? reader.read(Contents.self), reader.isAtEnd else { return nil }
        return contents
    }

    /// Saves the contents, replacing the file in one step (a reader never sees half a snapshot).
    public func write(_ contents: Contents) {
        var writer = SnapshotWriter()
        writer.write(fingerprint)
        writer.write(contents)
        PrivateDirectory.create(file.deletingLastPathComponent().path)
        try? Data(Self.magic + CacheFile.seal(writer.bytes)).write(to: file, options: .atomic)
    }

    /// One line per file: path, size, modification time in nanoseconds; subfolders one level down;
    /// then the executable.
    static func fingerprint(folders: [String]) -> String {
        var lines: [String] = []
        func visit(_ folder: String, depth: Int) {
            lines.append("dir \(folder)")
            for name in entries(of: folder) {
                let path = folder + "/" + name
                guard let s = status(path) else { continue }
                if (s.st_mode & S_IFMT) == S_IFDIR {
                    if depth > 0 { visit(path, depth: depth - 1) }
                } else {
                    lines.append("\(path) \(s.st_size) \(s.st_mtim.tv_sec).\(s.st_mtim.tv_nsec)")
                }
            }
        }
        for folder in folders { visit(folder, depth: 1) }
        if let exe = status("/proc/self/exe") {
            lines.append("exe \(exe.st_size) \(exe.st_mtim.tv_sec).\(exe.st_mtim.tv_nsec) \(exe.st_ino)")
        }
        return lines.joined(separator: "\n")
    }

    private static func status(_ path: String) -> stat? {
        var s = stat()
        return stat(path, &s) == 0 ? s : nil
    }

    /// The folder's entries but dot files, sorted.
    private static func entries(of folder: String) -> [String] {
        guard let dir = opendir(folder) else { return [] }
        defer { closedir(dir) }
        var names: [String] = []
        while let entry = readdir(dir) {
            let name = withUnsafePointer(to: entry.pointee.d_name) {
                String(cString: UnsafeRawPointer($0).assumingMemoryBound(to: CChar.self))
            }
            if !name.hasPrefix(".") { names.append(name) }
        }
        return names.sorted()
    }
}
