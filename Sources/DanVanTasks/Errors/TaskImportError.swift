/// Why an import was refused; nothing was imported.
public enum TaskImportError: Error, Equatable, Sendable {
    case unreadable(path: String)
    case notUTF8(path: String)
    /// No header row, or no row at all.
    case empty(path: String)
    /// No header names the task's content.
    case missingTitleColumn(line: Int, headers: [String])
    /// Rows that cannot be imported, by line.
    case badRows([BadRow])
    /// The CSV itself cannot be parsed.
    case malformed(path: String)
    /// A quoted field opened on `line` is never closed.
    case unterminatedQuote(path: String, line: Int)
    /// A field of the row starting on `line` is longer than `limit` characters.
    case fieldTooLong(path: String, line: Int, limit: Int)
}
