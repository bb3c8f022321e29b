import DanVanKnowledge
import DanVanText
import Foundation

/// A local copy of the shared plan library, one folder per server, database and role, laid out as the
/// local library (`<plan id>.json`): the knowledge base reads it through its plan index exactly as it
/// reads the user's own library, so a question makes keyed lookups and never lists or downloads every plan.
///
/// Bringing it in step costs one short query (the catalogue: row ids and version stamps); only the plans
/// added or changed since are downloaded, in one keyed query, and the ones gone are deleted. Each file's
/// modification time is the server's save time, so the plan saved last is the default plan here too.
///
///     let mirror = SharedPlanMirror(cacheDirectory: cache, settings: library.settings)
///     try mirror.synchronize(with: library)    // (fetched: 1, removed: 0) after a colleague's import
///     KnowledgeBase(sources: sources, userPlansDirectory: mirror.directory)
public struct SharedPlanMirror: Sendable {
    public let directory: URL

    /// The manifest: plan id → `Entry.versionKey` of the copy on disk (hidden: the index lists `*.json`
    /// not starting with a dot).
    static let manifestName = ".shared-manifest.json"

    /// The folder for these settings under `cacheDirectory` (`shared-plans/<hash of server, database, role>`).
    public init(cacheDirectory: URL, settings: PostgresSettings) {
        let place = settings.isSocket ? settings.socketPath : "\(settings.host):\(settings.port)"
        let key = DecodingCache.hash("\(place)/\(settings.database)/\(settings.user)")
        directory = cacheDirectory.appendingPathComponent("shared-plans").appendingPathComponent(key)
    }

    public init(directory: URL) { self.directory = directory }

    /// What a synchronisation did.
    public struct Outcome: Sendable, Equatable {
        public var fetched: Int
        public var removed: Int
        public var total: Int
    }

    /// Brings the folder in step with what `library` lets its role read.
    ///
    /// - Throws: `PostgresStoreError` when the server cannot be read (the copy is then left as it was, and
    ///   still answers questions); `LibraryError.cannotWrite` when the folder cannot be written.
    @discardableResult
    public func synchronize(with library: PostgresPlanLibrary) throws -> Outcome {
        let catalogue = try library.catalogue().filter { Self.isFileName($0.planID) }
        var manifest = readManifest()
        let fm = FileManager.default
        let stale = catalogue.filter { entry in
            manifest[entry.planID] != entry.versionKey || !fm.fileExists(atPath: file(entry.planID).path)
        }
        if !stale.isEmpty || !fm.fileExists(atPath: directory.path) {
            guard PrivateDirectory.create(directory.path) else {
                throw LibraryError.cannotCreateDirectory(path: directory.path)
            }
        }
        // Bodies in batches: one keyed query each, never a scan of the library.
        var fetched = 0
        for batch in stride(from: 0, to: stale.count, by: 200).map({ Array(stale[$0..<min($0 + 200, stale.count)]) }) {
            let bodies = try library.bodies(rowIDs: batch.map(\.rowID))
            for entry in batch {
                guard let body = bodies[entry.rowID] else { continue }
                let url = file(entry.planID)
                do {
                    try body.write(to: url, options: .atomic)
                    let saved = Date(timeIntervalSince1970: Double(entry.updatedMicros) / 1_000_000)
                    try fm.setAttributes([.modificationDate: saved], ofItemAtPath: url.path)
                } catch {
                    throw LibraryError.cannotWrite(path: url.path)
                }
                manifest[entry.planID] = entry.versionKey
                fetched += 1
            }
        }
        // Plans removed on the server (or no longer readable by this role) leave the copy.
        let visible = Set(catalogue.map(\.planID))
        var removed = 0
        for name in (try? fm.contentsOfDirectory(atPath: directory.path)) ?? [] where name.hasSuffix(".json") && !name.hasPrefix(".") {
            let id = String(name.dropLast(5))
            if !visible.contains(id) {
                try? fm.removeItem(at: directory.appendingPathComponent(name))
                manifest[id] = nil
                removed += 1
            }
        }
        for id in manifest.keys where !visible.contains(id) { manifest[id] = nil }
        if fetched > 0 || removed > 0 { writeManifest(manifest) }
        return Outcome(fetched: fetched, removed: removed, total: catalogue.count)
    }

    /// A plan id that is a plain file name (the server checks the same; a copy never writes elsewhere).
    static func isFileName(_ id: String) -> Bool {
        id.range(of: "^[A-Za-z0-9][A-Za-z0-9._-]{0,199}$", options: .regularExpression) != nil
    }

    func file(_ planID: String) -> URL { directory.appendingPathComponent(planID + ".json") }

    private var manifestURL: URL { directory.appendingPathComponent(Self.manifestName) }

    private func readManifest() -> [String: String] {
        guard let data = FileManager.default.contents(atPath: manifestURL.path),
              let manifest = try? JSONDecoder().decode([String: String].self, from: data) else { return [:] }
        return manifest
    }

    private func writeManifest(_ manifest: [String: String]) {
        guard let data = try? JSONEncoder().encode(manifest) else { return }
        try? data.write(to: manifestURL, options: .atomic)
    }
}
