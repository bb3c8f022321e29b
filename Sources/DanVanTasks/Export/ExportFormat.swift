/// The formats `danvan tasks export --format` writes.
public enum ExportFormat: String, CaseIterable, Sendable {
    /// The appendix layout (UTF-8 with BOM, CRLF, as Excel reads it); danvan can import it back.
    case csv
    /// An array of task objects with their notes.
    case json
    /// A Markdown table.
    case md
}
