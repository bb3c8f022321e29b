import DanVanText

/// The recurrence column of `tasks export` (CSV, Markdown, Excel) and the import's refusal of a
/// recurrence cell it cannot read.
extension Msg {
    /// The header of the column, after "Ngày hoàn thành"; `Intents/tasks.yaml` maps it back on import.
    public static let taskExportRecurrenceHeader = "Lặp lại"

    /// The cell of a recurring task, which the import reads back with the deadline cell: the day
    /// as a number ("ngày 31 hằng tháng", not "ngày cuối tháng") so a rule whose day the current
    /// month lacks comes back whole; the month of a quarterly or yearly rule comes from the deadline.
    ///
    ///     Msg.recurrenceCell(TaskRecurrence(rule: "monthly:31")!)   // "ngày 31 hằng tháng"
    public static func recurrenceCell(_ rule: TaskRecurrence) -> String {
        let period = recurrencePeriod(rule.frequency)
        switch rule.frequency {
        case .weekly: return period
        case .monthly, .quarterly: return "ngày \(rule.day) \(period)"
        case .yearly: return "ngày \(rule.day)/\(rule.month) \(period)"
        }
    }

    /// A recurrence cell with no period in it ("thỉnh thoảng").
    public static func taskImportRowUnreadableRecurrence(_ text: String) -> String {
        "không đọc được cột lặp lại “\(text)” (cần dạng “hằng tuần”, “ngày 15 hằng tháng”, “hằng quý”, “hằng năm”, hoặc để trống)"
    }
}
