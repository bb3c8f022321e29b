import DanVanText

/// The sentences of the day's agenda (`danvan agenda`, "hôm nay có gì", the REPL's first lines).
extension Msg {
    /// "Việc hôm nay, 10/09/2025 — Phòng Kinh tế".
    public static func agendaTitle(_ date: String, unit: String?) -> String {
        "Việc hôm nay, \(date)" + (unit.map { " — \($0)" } ?? "")
    }

    public static let agendaOverdue = "Quá hạn"
    public static let agendaDueToday = "Đến hạn hôm nay"
    public static func agendaUpcoming(_ days: Int) -> String { "Đến hạn trong \(days) ngày tới" }
    public static let agendaPlans = "Hạn báo cáo sắp tới của các kế hoạch:"

    /// "Quá hạn (3):".
    public static func agendaSection(_ heading: String, count: Int) -> String { "\(heading) (\(count)):" }

    /// "#3 Họp tổ dân vận (Phòng Kinh tế) — hạn 01/09/2025, quá hạn 9 ngày".
    public static func agendaTask(number: String, title: String, unit: String?, due: String, remaining: String) -> String {
        "\(number) \(title)" + (unit.map { " (\($0))" } ?? "") + " — hạn \(due), \(remaining)"
    }

    public static func agendaMore(_ count: Int) -> String { "… và \(count) nhiệm vụ khác" }

    /// "Kế hoạch 123/KH-UBND: Báo cáo lần 1 — 15/09/2025, còn 5 ngày".
    public static func agendaPlanDeadline(plan: String, label: String, date: String, remaining: String) -> String {
        "\(plan): \(label) — \(date), \(remaining)"
    }

    /// `danvan agenda` on a day with nothing due.
    public static func agendaNothing(_ date: String, unit: String?) -> String {
        "Hôm nay (\(date)) không có nhiệm vụ quá hạn hay đến hạn trong 7 ngày tới" + (unit.map { " của \($0)" } ?? "") + "."
    }
}

extension Msg {
    /// "Kế hoạch số 123/KH-UBND", or the plan's title when it has no number.
    public static func agendaPlanName(number: String?, title: String) -> String {
        number.map { "Kế hoạch số \($0)" } ?? title
    }
}
