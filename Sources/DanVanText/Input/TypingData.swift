/// The data the typing repair reads, as the files hold it: the syllable inventory
/// (`Intents/syllables.txt`) and the words kept as typed (`Intents/typing.txt`). Kept as text in the
/// start-up snapshot; parsed only when a question needs it.
public struct TypingData: SnapshotCodable, Equatable, Sendable {
    /// One toneless syllable a line.
    public var syllables: String
    /// Sections `[keep]` (words never decoded or split: English, loan words, teen code) and
    /// `[before-number]` (words typed glued to a number: `lan2`, `dot1`), words separated by blanks.
    public var rules: String

    public init(syllables: String, rules: String) {
        self.syllables = syllables
        self.rules = rules
    }

    /// No data: the repair changes nothing.
    public static let empty = TypingData(syllables: "", rules: "")

    public init(snapshot r: inout SnapshotReader) throws { self = try r.record(Self.init(syllables:rules:)) }
    public func write(snapshot w: inout SnapshotWriter) { w.write(syllables, rules) }

    /// The words of each `[section]` of `rules`, folded; `#` starts a comment.
    func sections() -> [String: Set<String>] {
        var out: [String: Set<String>] = [:]
        var current = ""
        for rawLine in rules.split(whereSeparator: \.isNewline) {
            let line = rawLine.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
            let trimmed = TypingDecoder.trimmed(line)
            if trimmed.hasPrefix("["), trimmed.hasSuffix("]") {
                current = String(trimmed.dropFirst().dropLast())
                continue
            }
            for word in trimmed.split(whereSeparator: { $0 == " " || $0 == "," || $0 == "\t" }) {
                out[current, default: []].insert(Folding.fold(String(word)))
            }
        }
        return out
    }
}

