import DanVanText

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
