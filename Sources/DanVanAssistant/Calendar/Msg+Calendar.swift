import DanVanText

/// The words of the calendar export (`danvan calendar export`).
extension Msg {
    public static let calendarName = "Hạn báo cáo và nhiệm vụ (danvan)"
    public static let calendarReportCategory = "Hạn báo cáo"
    public static let calendarTaskCategory = "Nhiệm vụ"

    /// "Hạn báo cáo: Báo cáo lần 1 — Kế hoạch số 123/KH-UBND".
    public static func calendarPlanSummary(label: String, plan: String) -> String { "Hạn báo cáo: \(label) — \(plan)" }

    public static func calendarPlanDescription(text: String, recipient: String?) -> String {
        text + (recipient.map { "\nGửi: \($0)" } ?? "")
    }

    /// "Hạn nhiệm vụ #3: Họp tổ dân vận".
    public static func calendarTaskSummary(number: String, title: String) -> String { "Hạn nhiệm vụ \(number): \(title)" }

    public static func calendarTaskDescription(unit: String?, product: String?, note: String?) -> String? {
        let lines = [unit.map { "Đơn vị chủ trì: \($0)" }, product.map { "Sản phẩm: \($0)" }, note.map { "Ghi chú: \($0)" }]
            .compactMap { $0 }
        return lines.isEmpty ? nil : lines.joined(separator: "\n")
    }

    /// `danvan calendar export --output FILE`: done.
    public static func calendarWritten(_ path: String, events: Int) -> String { "Đã ghi \(events) sự kiện vào \(path)." }
}
