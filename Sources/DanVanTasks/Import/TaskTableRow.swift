/// A task row of an appendix table read from any file (a plan's table, an Excel sheet), its cells
/// already assigned to columns; the CSV import builds the same rows from its records.
///
///     TaskTableRow(line: 12, title: "Họp dân", unit: "Công an xã", due: "Quý IV/2025", planID: "ke-hoach-617", planRow: 3)
public struct TaskTableRow: Equatable, Sendable {
    /// Where the row is in its file (text line, sheet row), for messages and the task's provenance.
    public var line: Int
    public var number: String?
    /// The group heading the row sits under in its table ("Nhóm nhiệm vụ tuyên truyền").
    public var group: String?
    public var title: String?
    public var unit: String?
    public var coUnits: String?
    /// The deadline cell as written ("30/6/2025", "Quý IV/2025", "Thường xuyên").
    public var due: String?
    public var product: String?
    public var note: String?
    /// A recurrence column's cell ("ngày 15 hằng tháng"), read with the deadline cell.
    public var recurrence: String?
    /// The plan the row belongs to and its row in the plan's appendix (from 1), when known.
    public var planID: String?
    public var planRow: Int?

    public init(line: Int, number: String? = nil, group: String? = nil, title: String?, unit: String? = nil, coUnits: String? = nil,
                due: String? = nil, product: String? = nil, note: String? = nil, planID: String? = nil, planRow: Int? = nil,
                recurrence: String? = nil) {
        self.line = line
        self.number = number
        self.group = group
        self.title = title
        self.unit = unit
        self.coUnits = coUnits
        self.due = due
        self.product = product
        self.note = note
        self.planID = planID
        self.planRow = planRow
        self.recurrence = recurrence
    }
}
