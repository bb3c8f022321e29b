import Foundation
import Yams

/// Decodes YAML data files through a JSON cache: YAML takes milliseconds to parse, JSON a tenth of that.
///
/// The cache entry is keyed by the file's path, size and modification time, so editing a file (a new
/// synonym) invalidates it at once; an unwritable cache folder just means no cache.
///
///     let units = try DecodingCache.shared.decodeYAML(UnitsFile.self, at: url)
public struct DecodingCache: Sendable {
    /// `$XDG_CACHE_HOME/danvan` (default `~/.cache/danvan`); nil disables caching.
    public var directory: URL?

    public init(directory: URL?) {
        self.directory = directory
    }

    public static let shared: DecodingCache = {
        // getenv, not ProcessInfo's dictionary of the whole environment: this runs at every start.
        func env(_ name: String) -> String? { getenv(name).map { String(cString: $0) } }
        if env("DANVAN_NO_CACHE") != nil { return DecodingCache(directory: nil) }
        if let x = env("XDG_CACHE_HOME"), x.hasPrefix("/") { return DecodingCache(directory: URL(fileURLWithPath: x + "/danvan", isDirectory: true)) }
        guard let home = env("HOME") else { return DecodingCache(directory: nil) }
        return DecodingCache(directory: URL(fileURLWithPath: home + "/.cache/danvan", isDirectory: true))
    }()

    /// The decoded file, from the cache when it is current. Errors are the YAML decoder's.
    public func decodeYAML<T: Codable>(_ type: T.Type, text: String, at url: URL) throws -> T {
        // Keyed by the type too: two readers of one file (the knowledge base's levels and the importer's
        // vocabulary both read plan-import.yaml) never read each other's entry.
        let entry = entryURL(for: url, type: String(reflecting: T.self))
        // A regular file of the user's whose checksum matches, or it is rebuilt from the YAML.
        if let entry, let bytes = CacheFile.read(entry.path), let payload = CacheFile.unseal(bytes),
           let value = try? JSONDecoder().decode(T.self, from: Data(payload)) {
            return value
        }
        let value = try YAMLDecoder().decode(T.self, from: text)
        if let entry, let data = try? JSONEncoder().encode(value) {
            PrivateDirectory.create(entry.deletingLastPathComponent().path)
            try? Data(CacheFile.seal(Array(data))).write(to: entry, options: .atomic)
        }
        return value
    }

    /// `<cache>/<hash of path and type>-<size>-<mtime>.json`, or nil without a cache or a readable file.
    func entryURL(for url: URL, type: String = "") -> URL? {
        guard let directory,
              let attributes = try? FileManager.default.attributesOfItem(atPath: url.path),
              let size = attributes[.size] as? NSNumber,
              let modified = attributes[.modificationDate] as? Date else { return nil }
        let name = "\(Self.hash(url.standardizedFileURL.path + "\n" + type))-\(size.intValue)-\(Int64(modified.timeIntervalSince1970 * 1000)).json"
        return directory.appendingPathComponent("yaml-v2").appendingPathComponent(name)
    }

    /// FNV-1a, stable across runs (Swift's `hashValue` is not).
    public static func hash(_ s: String) -> String {
        var h: UInt64 = 0xcbf29ce484222325
        for b in s.utf8 { h = (h ^ UInt64(b)) &* 0x100000001b3 }
        return String(h, radix: 16)
    }
}
