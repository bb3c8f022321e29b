import DanVanText

/// Why an appendix table (an `.xlsx` workbook, a plan's table) could not be read; nothing is imported.
///
/// The Vietnamese wording lives in `Msg+Appendix.swift`.
public enum AppendixError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The `.xlsx` is not a zip package (renamed file, truncated download).
    case xlsxNotZip(name: String)
    /// The package has no worksheet.
    case xlsxWithoutSheet(name: String)
    /// A part of the package is not well-formed XML.
    case xlsxBadXML(name: String, part: String)
    /// No table has a header naming the task's content and its lead unit or deadline.
    case noTaskTable(name: String)

    /// The sentence shown to the user.
    public var message: String {
        switch self {
        case .xlsxNotZip(let name): return Msg.appendixXlsxNotZip(name)
        case .xlsxWithoutSheet(let name): return Msg.appendixXlsxWithoutSheet(name)
        case .xlsxBadXML(let name, let part): return Msg.appendixXlsxBadXML(name, part: part)
        case .noTaskTable(let name): return Msg.appendixNoTaskTable(name)
        }
    }

    public var description: String { message }
}
