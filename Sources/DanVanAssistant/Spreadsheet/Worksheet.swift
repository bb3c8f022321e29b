import DanVanText

/// One sheet of a workbook: a header row (bold, filterable, frozen) and rows of typed cells.
///
///     Worksheet(name: "Nhiệm vụ", columns: [.init("STT", width: 6), .init("Hạn", width: 12)],
///               rows: [[.number(1), .date(due)]])
public struct Worksheet: Equatable, Sendable {
    public struct Column: Equatable, Sendable {
        public var header: String
        /// In characters, as Excel counts them.
        public var width: Double

        public init(_ header: String, width: Double) {
            self.header = header
            self.width = width
        }
    }

    public enum Cell: Equatable, Sendable {
        case empty
        case text(String)
        case number(Double)
        /// A real date: a serial number with a date format, so Excel sorts and filters it as a date.
        case date(CalendarDate)
    }

    public var name: String
    public var columns: [Column]
    public var rows: [[Cell]]

    public init(name: String, columns: [Column], rows: [[Cell]]) {
        self.name = name
        self.columns = columns
        self.rows = rows
    }
}
