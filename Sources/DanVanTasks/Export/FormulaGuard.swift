/// Keeps a spreadsheet from running a cell as a formula (CSV injection, OWASP's rule): a cell that
/// starts with `=`, `+`, `-`, `@`, a tab or a carriage return — also after leading spaces or tabs,
/// which spreadsheets and danvan's import skip — is exported with a `'` before it. The import
/// removes exactly that `'`, so export → import gives back the text as typed.
///
///     FormulaGuard.neutralize("=HYPERLINK(\"x\")")  // "'=HYPERLINK(\"x\")"
///     FormulaGuard.neutralize("Họp dân")            // "Họp dân"
///     FormulaGuard.restore("'=HYPERLINK(\"x\")")    // "=HYPERLINK(\"x\")"
///     FormulaGuard.restore("'ý kiến")               // "'ý kiến" (not added by the export)
///
/// A cell that already starts with `'` before such a cell gets one more, so that it too survives
/// the round trip.
enum FormulaGuard {
    /// `cell`, with a `'` before it when a spreadsheet would read it as a formula.
    static func neutralize(_ cell: String) -> String {
        needsQuote(Substring(cell)) ? "'" + cell : cell
    }

    /// `cell` without the `'` `neutralize` added.
    static func restore(_ cell: String) -> String {
        guard cell.hasPrefix("'"), needsQuote(cell.dropFirst()) else { return cell }
        return String(cell.dropFirst())
    }

    static func needsQuote(_ cell: Substring) -> Bool {
        guard let first = cell.unicodeScalars.first else { return false }
        if first == "\t" || first == "\r" { return true }
        if first == "'" { return needsQuote(cell.dropFirst()) }
        guard let lead = cell.unicodeScalars.first(where: { $0 != " " && $0 != "\t" }) else { return false }
        return lead == "=" || lead == "+" || lead == "-" || lead == "@"
    }
}
