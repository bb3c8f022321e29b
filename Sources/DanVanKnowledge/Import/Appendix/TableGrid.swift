/// A table as read from a file, before its columns are known: rows of cell texts.
///
/// Merged cells are already resolved: a cell merged down (Word `w:vMerge`, an Excel range over rows)
/// repeats the text of the cell it continues; a cell merged across (`w:gridSpan`, an Excel range over
/// columns) leaves the cells it covers empty, so a group heading spanning the row stays one cell.
public struct TableGrid: Equatable, Sendable {
    public struct Row: Equatable, Sendable {
        /// Where the row is: the line of a text file, the row of a sheet, the row of a Word table (from 1).
        public var line: Int
        public var cells: [String]
        /// A row Word repeats at the top of each page (`w:tblHeader`).
        public var repeatsAsHeader: Bool

        public init(line: Int, cells: [String], repeatsAsHeader: Bool = false) {
            self.line = line
            self.cells = cells
            self.repeatsAsHeader = repeatsAsHeader
        }

        /// The cells with text, trimmed.
        var filled: [String] {
            cells.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.filter { !$0.isEmpty }
        }
    }

    public var rows: [Row]

    public init(rows: [Row]) {
        self.rows = rows
    }
}

/// A plan's text in reading order: paragraphs, and tables between them.
public enum PlanBlock: Equatable, Sendable {
    case paragraph(String)
    case table(TableGrid)
}
