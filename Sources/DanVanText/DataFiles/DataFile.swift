import Foundation
import Yams

/// A data file of danvan (`Intents/*.yaml`, `Data/**/*.yaml`, a curated plan) that cannot be used:
/// the one error every loader throws, worded once (`message`).
///
///     DataFileProblem(path: "Intents/tasks.yaml", line: 12, reason: "…").message
///     // "Tệp Intents/tasks.yaml bị lỗi ở dòng 12: …"
public struct DataFileProblem: Error, Equatable, Sendable {
    public var path: String
    /// The line at fault, when the decoder knows it.
    public var line: Int?
    /// Why; nil when the file is missing or unreadable.
    public var reason: String?

    public init(path: String, line: Int? = nil, reason: String?) {
        self.path = path
        self.line = line
        self.reason = reason
    }

    /// The problem of a decoding `error` in the file at `path` (line and reason as `DataFileError` reads them).
    public init(path: String, decoding error: Error) {
        if let problem = error as? DataFileProblem {
            self = problem
            return
        }
        let (line, reason) = DataFileError.read(error)
        self.init(path: path, line: line, reason: reason)
    }

    /// The sentence for a person: which file, which line, what is wrong.
    public var message: String {
        guard let reason else { return Msg.fileMissing(path) }
        return Msg.brokenFile(path, line: line, reason: reason)
    }
}

/// The one loader of danvan's YAML data files: reads the text, decodes it (through the JSON cache when
/// it is current) and reports any problem as a `DataFileProblem`.
///
///     let units = try DataFile.decodeYAML(UnitsFile.self, at: dataDirectory.appendingPathComponent("units.yaml"))
public enum DataFile {
    /// The decoded file, checked by `check` (which throws a reason to refuse it), through the JSON cache.
    public static func decodeYAML<T: Codable>(_ type: T.Type, at url: URL, check: (T) throws -> Void = { _ in }) throws -> T {
        let text = try read(url)
        return try decoding(url.path, check) { try DecodingCache.shared.decodeYAML(T.self, text: text, at: url) }
    }

    /// The decoded file of a type the cache cannot store (decoded on every load).
    public static func decodeYAML<T: Decodable>(_ type: T.Type, at url: URL, check: (T) throws -> Void = { _ in }) throws -> T {
        let text = try read(url)
        return try decodeYAML(type, text: text, path: url.path, check: check)
    }

    /// Decodes YAML text that stands for the file at `path` (tests, or text already read).
    public static func decodeYAML<T: Decodable>(_ type: T.Type, text: String, path: String,
                                                check: (T) throws -> Void = { _ in }) throws -> T {
        try decoding(path, check) { try YAMLDecoder().decode(T.self, from: text) }
    }

    /// The file's text, or the problem that it is missing, unreadable or not UTF-8.
    public static func read(_ url: URL) throws -> String {
        guard let data = FileManager.default.contents(atPath: url.path), let text = String(data: data, encoding: .utf8) else {
            throw DataFileProblem(path: url.path, reason: nil)
        }
        return text
    }

    private static func decoding<T>(_ path: String, _ check: (T) throws -> Void, _ decode: () throws -> T) throws -> T {
        do {
            let value = try decode()
            try check(value)
            return value
        } catch {
            throw DataFileProblem(path: path, decoding: error)
        }
    }

    /// A reason to refuse a file that decodes but says something the code cannot use.
    public struct Refusal: Error, CustomStringConvertible {
        public var description: String
        public init(_ description: String) { self.description = description }
    }
}
