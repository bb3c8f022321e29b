import DanVanText

/// A column of the appendix CSV danvan understands.
enum ImportColumn: String, CaseIterable, Sendable {
    case number, title, unit, coUnits = "co_units", due, product, note, recurrence

    /// Maps each header to a column by its folded name (`HeaderMatcher`: equal to a synonym, or
    /// starting with one followed by a space or "(" — the longest synonym wins). Unknown headers map to nothing.
    ///
    ///     ImportColumn.map(headers: ["STT", "Nội dung nhiệm vụ"], synonyms: words)   // [.number: 0, .title: 1]
    static func map(headers: [String], synonyms: [String: [String]]) -> [ImportColumn: Int] {
        var result: [ImportColumn: Int] = [:]
        for (key, index) in HeaderMatcher.map(headers: headers, synonyms: synonyms) {
            if let column = ImportColumn(rawValue: key) { result[column] = index }
        }
        return result
    }
}
