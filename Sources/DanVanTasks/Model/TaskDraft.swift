import DanVanText

/// What a new task is made of, before the store numbers it.
///
///     TaskDraft(title: "Họp tổ dân vận", unit: "Phòng Văn hóa - Xã hội", due: CalendarDate(iso: "2025-10-20"))
public struct TaskDraft: Equatable, Sendable {
    public var title: String
    public var unit: String?
    public var coUnits: String?
    public var due: CalendarDate?
    public var product: String?
    public var note: String?
    /// `manual`, or `import:FILE:LINE`.
    public var source: String
    /// How the task comes back once done ("hằng tháng"); `due` is then its first occurrence.
    public var recurrence: TaskRecurrence?

    public init(title: String, unit: String? = nil, coUnits: String? = nil, due: CalendarDate? = nil,
                product: String? = nil, note: String? = nil, source: String = "manual",
                recurrence: TaskRecurrence? = nil) {
        self.recurrence = recurrence
        self.title = title
        self.unit = unit
        self.coUnits = coUnits
        self.due = due
        self.product = product
        self.note = note
        self.source = source
    }
}
