/// Recognises the columns of a table by their header names, from lists of synonyms.
///
/// Shared by the task CSV importer and the plan's appendix reader, so both read the same headers
/// with the same rule from the one list of `Intents/tasks.yaml` (`import.columns`).
///
///     HeaderMatcher.map(headers: ["STT", "Nội dung nhiệm vụ"], synonyms: ["number": ["STT"], "title": ["Nội dung"]])
///     // ["number": 0, "title": 1]
public enum HeaderMatcher {
    /// Maps each header to a key by its folded name: equal to a synonym, or starting with one followed
    /// by a space or a punctuation mark ("Nội dung (dự kiến)", "Nội dung/nhiệm vụ", "Nhiệm vụ, giải pháp")
    /// — the longest synonym wins; a key keeps its first column. Unknown headers map to nothing.
    public static func map(headers: [String], synonyms: [String: [String]]) -> [String: Int] {
        let folded = synonyms.mapValues { $0.map(normalized).filter { !$0.isEmpty } }
        let keys = folded.keys.sorted()
        var result: [String: Int] = [:]
        for (index, header) in headers.enumerated() {
            let name = normalized(header)
            var best: (key: String, length: Int)?
            for key in keys {
                for s in folded[key] ?? [] {
                    guard name.hasPrefix(s), name.count == s.count || isBoundary(name.dropFirst(s.count).first) else { continue }
                    if best.map({ s.count > $0.length }) ?? true { best = (key, s.count) }
                }
            }
            if let best, result[best.key] == nil { result[best.key] = index }
        }
        return result
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
