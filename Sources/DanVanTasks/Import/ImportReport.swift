import DanVanText

/// What an import did.
public struct ImportReport: Equatable, Sendable {
    /// The file's name (no directory).
    public var fileName: String
    /// Tasks created, in file order.
    public var added: [PlanTask]
    /// Rows already in the store from an earlier import (same content and unit), left as they are.
    public var alreadyPresent: Int
    public var warnings: [ImportWarning]
}

/// Something an import did on its own judgement; the rows were still imported (or knowingly skipped).
public enum ImportWarning: Equatable, Sendable {
    /// The unit is not in the registry: kept as written.
    case unknownUnit(line: Int, name: String, suggestions: [String])
    /// A group heading ("I. CÔNG TÁC TUYÊN TRUYỀN"), not a task: skipped.
    case headingSkipped(line: Int, title: String)
    /// The same content and unit as an earlier row of the file: skipped.
    case duplicateRow(line: Int, firstLine: Int)
    /// A month, quarter or year as deadline: its last day was taken (and noted in the task).
    case approximateDue(line: Int, written: String, due: CalendarDate)
    /// A header danvan does not use.
    case ignoredColumn(name: String)
}

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
}

/// A row refused by an import, with its line in the file.
public struct BadRow: Equatable, Sendable {
    public enum Problem: Equatable, Sendable {
        case missingTitle
        /// A date that does not exist ("31/02/2025").
        case invalidDate(String)
        /// A deadline danvan cannot read.
        case unreadableDate(String)
    }

    public var line: Int
    public var problem: Problem
}
