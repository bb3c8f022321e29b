// The sentences of the date grammar's users: deadlines in task commands and yes/no deadline questions.
extension Msg {
    /// A deadline phrase that looks like a date but is not understood; nothing is saved.
    public static func dateNotUnderstood(_ phrase: String) -> String {
        "Chưa hiểu thời hạn “\(phrase)”; chưa thay đổi gì. Hãy ghi ngày cụ thể (“15/12/2025”, “ngày 15 tháng 12”) "
            + "hoặc cách nói quen thuộc (“ngày mai”, “thứ sáu tuần sau”, “cuối tháng”, “trong 10 ngày”, “hằng tháng”)."
    }

    /// A new deadline that names no single day (a standing or recurring duty, a delay counted from an event).
    public static func dateNotADay(_ phrase: String) -> String {
        "“\(phrase)” không phải một ngày cụ thể; chưa thay đổi gì. Hãy ghi ngày hạn mới, ví dụ “20/10/2025” hoặc “cuối tháng sau”."
    }

    /// The note kept with a task whose deadline says more than one day ("hằng tháng", "kể từ ngày nhận").
    public static func dueAsWritten(_ phrase: String) -> String { "Thời hạn theo lời giao: \(phrase)" }

    // MARK: Yes/no deadline questions

    public static let answerYes = "Có."
    public static let answerNo = "Không."
    /// "Còn kịp: còn 5 ngày (hạn 03/09/2025)."
    public static func stillInTime(days: Int, date: String) -> String {
        days == 0 ? "Còn kịp: hạn là hôm nay (\(date))." : "Còn kịp: còn \(days) ngày (hạn \(date))."
    }
    /// "Không kịp nữa: đã quá hạn 3 ngày (hạn 03/09/2025)."
    public static func tooLate(days: Int, date: String) -> String { "Không kịp nữa: đã quá hạn \(days) ngày (hạn \(date))." }
    /// "Không, hạn là 03/09/2025 (còn 7 ngày)."
    public static func deadlineIsOther(_ dates: String) -> String { "Không, hạn là \(dates)." }
    /// "Có: 1 hạn trong tháng này (01/09/2025 – 30/09/2025)."; one day: "Có: 1 hạn vào ngày mai (05/09/2025)."
    public static func deadlinesInWindow(_ count: Int, phrase: String, from: String, to: String) -> String {
        from == to ? "Có: \(count) hạn vào \(phrase) (\(from))." : "Có: \(count) hạn trong \(phrase) (\(from) – \(to))."
    }
    /// "Không: không có hạn nào trong tuần sau (08/09/2025 – 14/09/2025)."
    public static func noDeadlineInWindow(phrase: String, from: String, to: String) -> String {
        from == to ? "Không: không có hạn nào vào \(phrase) (\(from))." : "Không: không có hạn nào trong \(phrase) (\(from) – \(to))."
    }
    /// The line after a "no": the next deadline after the window.
    public static func nextDeadlineAfter(_ line: String) -> String { "Hạn gần nhất sau đó: \(line)" }
}

// MARK: Recurring deadlines in words
extension Msg {
    public static func monthlyRule(day: Int) -> String { "trước ngày \(day) hằng tháng" }
    public static func yearlyRule(day: Int, month: Int) -> String { "trước ngày \(day) tháng \(month) hằng năm" }
    public static let dailyRule = "hằng ngày"
    public static func weeklyRule(weekday: Int?) -> String {
        guard let weekday, (1...7).contains(weekday) else { return "hằng tuần" }
        return (weekday == 7 ? "chủ nhật" : "thứ \(weekday + 1)") + " hằng tuần"
    }
    public static let monthEndRule = "cuối mỗi tháng"
    public static func everyMonthsRule(_ months: Int) -> String { "định kỳ \(months) tháng" }
    public static let quarterlyRule = "hằng quý (cuối quý)"
    public static func quarterlyDayRule(_ day: Int) -> String { "trước ngày \(day) tháng cuối quý, hằng quý" }
    public static let yearEndRule = "hằng năm (cuối năm)"
    public static func offsetRule(days: Int, anchor: String) -> String {
        anchor.isEmpty ? "trong \(days) ngày" : "trong \(days) ngày kể từ \(anchor)"
    }
    /// "hằng ngày, 02 lần (trước 9h00 và 16h00)".
    public static func withTimes(_ rule: String, perPeriod: Int?, times: [String]) -> String {
        var out = rule
        if let n = perPeriod { out += ", \(n) lần" }
        if !times.isEmpty {
            let list = times.count == 1 ? times[0] : times.dropLast().joined(separator: ", ") + " và " + times[times.count - 1]
            out += perPeriod == nil ? ", trước \(list)" : " (trước \(list))"
        }
        return out
    }
}

extension Msg {
    /// "Báo cáo: trong 10 ngày kể từ ngày nhận văn bản".
    public static func ruleOnlyLine(label: String, rule: String) -> String { "\(label): \(rule)" }
    /// "Có, hạn là hôm qua (26/08/2025)."
    public static func deadlineIsThat(_ phrase: String, date: String) -> String { "Có, hạn là \(phrase) (\(date))." }
}
