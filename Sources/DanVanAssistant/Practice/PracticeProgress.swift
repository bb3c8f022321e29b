import Foundation

/// One user's practice record: the unit they work in and, per fact, how they answered it.
///
/// Kept in `$XDG_STATE_HOME/danvan/practice-USER.json` (mode 0600), rewritten whole through a
/// temporary file and a rename, so an interrupted write leaves the previous record.
public final class PracticeProgress {
    /// How a fact was answered.
    public struct Record: Codable, Equatable, Sendable {
        public var right: Int
        public var wrong: Int
        /// Whether the last answer was right.
        public var lastRight: Bool
    }

    struct Contents: Codable {
        var unit: String?
        var facts: [String: Record] = [:]
    }

    public let url: URL
    /// Read on first use: a command that never practises never opens the file.
    private lazy var contents: Contents = {
        if let data = try? Data(contentsOf: url), let c = try? JSONDecoder().decode(Contents.self, from: data) { return c }
        return Contents()
    }()

    /// The record at `url` (read when first needed); a missing or unreadable file starts a new one.
    public init(url: URL) {
        self.url = url
    }

    /// The record file of `user` in `stateDirectory`; the name keeps letters, digits, `-` and `_` only.
    public static func url(stateDirectory: URL, user: String) -> URL {
        let safe = String(user.unicodeScalars.map { CharacterSet.alphanumerics.contains($0) && $0.isASCII || $0 == "-" || $0 == "_" ? Character($0) : "_" })
        return stateDirectory.appendingPathComponent("practice-\(safe.isEmpty ? "danvan" : safe).json")
    }

    /// The unit the user said they belong to, if any.
    public var unit: String? { contents.unit }

    public func record(_ id: String) -> Record? { contents.facts[id] }

    /// Remembers the user's unit.
    public func setUnit(_ unit: String) throws {
        guard contents.unit != unit else { return }
        contents.unit = unit
        try save()
    }

    /// Records an answer to the fact `id` and saves at once.
    public func note(_ id: String, right: Bool) throws {
        var r = contents.facts[id] ?? Record(right: 0, wrong: 0, lastRight: false)
        if right { r.right += 1 } else { r.wrong += 1 }
        r.lastRight = right
        contents.facts[id] = r
        try save()
    }

    /// Writes the record: a temporary file (0600) in the same folder, then a rename over the old one.
    func save() throws {
        let dir = url.deletingLastPathComponent()
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let data = try encoder.encode(contents)
        let temp = dir.appendingPathComponent(".\(url.lastPathComponent).\(getpid()).tmp")
        guard FileManager.default.createFile(atPath: temp.path, contents: data, attributes: [.posixPermissions: 0o600]) else {
            throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: temp.path])
        }
        guard rename(temp.path, url.path) == 0 else {
            unlink(temp.path)
            throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: url.path])
        }
    }

    /// The questions in practice order: a fact last answered wrong first, then new ones, then those
    /// answered right; shuffled by `generator` within each group.
    public func order<G: RandomNumberGenerator>(_ questions: [QuizQuestion], using generator: inout G) -> [QuizQuestion] {
        let shuffled = questions.shuffled(using: &generator)
        func rank(_ q: QuizQuestion) -> Int {
            guard let r = contents.facts[q.id] else { return 1 }
            return r.lastRight ? 2 : 0
        }
        return shuffled.enumerated().sorted { (rank($0.element), $0.offset) < (rank($1.element), $1.offset) }.map(\.element)
    }
}
