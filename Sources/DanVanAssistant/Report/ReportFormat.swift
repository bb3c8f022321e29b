import Foundation

/// The file formats a draft is written in.
///
///     ReportFormat(path: "bao-cao.DOCX")   // .docx
public enum ReportFormat: String, CaseIterable, Sendable {
    case md, docx, xlsx

    /// The format a file name asks for by its extension; nil for any other extension.
    public init?(path: String) {
        let lower = path.lowercased()
        if lower.hasSuffix(".docx") { self = .docx } else if lower.hasSuffix(".xlsx") { self = .xlsx } else if lower.hasSuffix(".md") || lower.hasSuffix(".markdown") { self = .md } else { return nil }
    }

    /// The format a person typed (`md`, `markdown`, `docx`, any case).
    ///
    /// - Throws: `ReportError.unknownFormat` for anything else.
    public static func parse(_ typed: String) throws -> ReportFormat {
        switch typed.lowercased().trimmingCharacters(in: .whitespaces) {
        case "md", "markdown": return .md
        case "docx": return .docx
        case "xlsx", "excel": return .xlsx
        default: throw ReportError.unknownFormat(typed)
        }
    }
}
