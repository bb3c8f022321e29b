import DanVanText

/// The sentences of recurring tasks.
extension Msg {
    /// "hằng tháng": the period alone, as a list shows it after the next deadline.
    public static func recurrencePeriod(_ frequency: TaskRecurrence.Frequency) -> String {
        switch frequency {
        case .weekly: "hằng tuần"
        case .monthly: "hằng tháng"
        case .quarterly: "hằng quý"
        case .yearly: "hằng năm"
        }
    }

    /// "ngày 15 hằng tháng", "ngày cuối tháng hằng tháng", "ngày 31/3 hằng năm".
    public static func recurrenceRule(_ rule: TaskRecurrence) -> String {
        let period = recurrencePeriod(rule.frequency)
        switch rule.frequency {
        case .weekly:
            return period
        case .monthly:
            return rule.day >= 31 ? "ngày cuối tháng \(period)" : "ngày \(rule.day) \(period)"
        case .quarterly:
            return rule.day >= 31 ? "ngày cuối quý \(period)" : "ngày \(rule.day) \(period)"
        case .yearly:
            return "ngày \(rule.day)/\(rule.month) \(period)"
        }
    }

    /// The deadline cell of a recurring task: "15/02/2025 (hằng tháng)".
    public static func recurringDue(_ due: String, _ frequency: TaskRecurrence.Frequency) -> String {
        "\(due) (\(recurrencePeriod(frequency)))"
    }

    /// After completing a recurring task: where its next occurrence went.
    public static func recurrenceScheduled(number: String, due: String) -> String {
        "Đã lên lịch lần tiếp theo: \(number), hạn \(due)."
    }
}
