import DanVanText

/// The month view of deadlines ("lịch hạn").
extension Msg {
    public static func calendarTitle(month: Int, year: Int) -> String { "Lịch hạn tháng \(month)/\(year)" }
    public static let calendarWeekdays = ["T2", "T3", "T4", "T5", "T6", "T7", "CN"]
    /// After a day number: how many open deadlines fall on it.
    public static func calendarMark(_ count: Int) -> String { "•\(count)" }
    public static let calendarNoDeadlines = "Tháng này không có nhiệm vụ nào chưa xong đến hạn."
    public static let calendarLegend = "15•2: ngày 15 có 2 nhiệm vụ chưa xong đến hạn; [ ]: hôm nay."
    public static func calendarLine(day: String, number: String, title: String, unit: String?) -> String {
        "\(day): \(number) \(title)" + (unit.map { " (\($0))" } ?? "")
    }
}
