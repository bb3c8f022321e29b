import DanVanText

/// A column of the appendix CSV danvan understands.
enum ImportColumn: String, CaseIterable, Sendable {
    case number, title, unit, coUnits = "co_units", due, product, note

    /// Maps each header to a column by its folded name: equal to a synonym, or starting with one
    /// followed by a space or "(" — the longest synonym wins. Unknown headers map to nothing.
    ///
    ///     ImportColumn.map(headers: ["STT", "Nội dung nhiệm vụ"], synonyms: words)   // [.number: 0, .title: 1]
    static func map(headers: [String], synonyms: [String: [String]]) -> [ImportColumn: Int] {
        var result: [ImportColumn: Int] = [:]
        for (index, header) in headers.enumerated() {
            let name = normalized(header)
            var best: (column: ImportColumn, length: Int)?
            for column in allCases {
                for synonym in synonyms[column.rawValue] ?? [] {
                    let s = normalized(synonym)
                    guard !s.isEmpty, name == s || name.hasPrefix(s + " ") || name.hasPrefix(s + "(") else { continue }
                    if best == nil || s.count > best!.length { best = (column, s.count) }
                }
            }
            if let best, result[best.column] == nil { result[best.column] = index }
        }
        return result
    }

    private static func normalized(_ header: String) -> String {
        Folding.fold(header).split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\r" || $0 == "\t" })
            .joined(separator: " ")
    }
}
