/// Recognises the columns of a table by their header names, from lists of synonyms.
///
/// Shared by the task CSV importer and the plan's appendix reader, so both read the same headers
/// with the same rule from the one list of `Intents/tasks.yaml` (`import.columns`).
///
///     HeaderMatcher(synonyms: ["number": ["STT"], "title": ["Nội dung"]]).map(headers: ["STT", "Nội dung nhiệm vụ"])
///     // ["number": 0, "title": 1]
public struct HeaderMatcher: Sendable {
    /// Folded synonyms by key, keys in a fixed order.
    private let folded: [(key: String, synonyms: [String])]
    /// A cell longer than this (in characters) is content, never a header: it is not even folded.
    public static let maximumHeaderLength = 80

    public init(synonyms: [String: [String]]) {
        folded = synonyms.keys.sorted().map { key in (key, (synonyms[key] ?? []).map(Self.normalized).filter { !$0.isEmpty }) }
    }

    /// Maps each header to a key by its folded name: equal to a synonym, or starting with one followed
    /// by a space or a punctuation mark ("Nội dung (dự kiến)", "Nội dung/nhiệm vụ", "Nhiệm vụ, giải pháp")
    /// — the longest synonym wins; a key keeps its first column. Unknown headers map to nothing.
    public func map(headers: [String]) -> [String: Int] {
        var result: [String: Int] = [:]
        for (index, header) in headers.enumerated() where header.count <= Self.maximumHeaderLength {
            let name = Self.normalized(header)
            var best: (key: String, length: Int)?
            for (key, synonyms) in folded {
                for s in synonyms {
                    guard name.hasPrefix(s), name.count == s.count || Self.isBoundary(name.dropFirst(s.count).first) else { continue }
                    if best.map({ s.count > $0.length }) ?? true { best = (key, s.count) }
                }
            }
            if let best, result[best.key] == nil { result[best.key] = index }
        }
        return result
    }

    /// `HeaderMatcher(synonyms:).map(headers:)` in one call.
    public static func map(headers: [String], synonyms: [String: [String]]) -> [String: Int] {
        HeaderMatcher(synonyms: synonyms).map(headers: headers)
    }

    /// A space or punctuation after a synonym ends it; a letter or digit continues a longer word.
    private static func isBoundary(_ c: Character?) -> Bool {
        guard let c else { return true }
        return !(c.isLetter || c.isNumber)
    }

    /// Folded, with runs of white space (line breaks in a header cell included) made one space.
    public static func normalized(_ header: String) -> String {
        Folding.fold(header).split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\r" || $0 == "\t" })
            .joined(separator: " ")
    }
}
