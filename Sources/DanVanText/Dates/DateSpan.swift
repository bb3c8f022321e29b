/// A length of time counted in calendar units, as written: "1 tuần", "hai tháng", "10 ngày".
///
///     let span = DateGrammar.shared.addedLength(in: "thêm 1 tuần", today: today)?.span
///     span?.after(CalendarDate(iso: "2025-09-30")!)   // 2025-10-07
public struct DateSpan: Equatable, Sendable {
    public let count: Int
    let unit: DateUnit
    /// The words that wrote it ("1 tuần"), for answers.
    public let written: String

    init(count: Int, unit: DateUnit, written: String) {
        self.count = count
        self.unit = unit
        self.written = written
    }

    /// The day `count` units after `day`: months and quarters keep the day of the month where they can.
    public func after(_ day: CalendarDate) -> CalendarDate {
        switch unit {
        case .day: return day.adding(days: count)
        case .week: return day.adding(days: 7 * count)
        case .month: return day.adding(months: count)
        case .quarter: return day.adding(months: 3 * count)
        case .year: return day.adding(months: 12 * count)
        }
    }

    /// The length in days, counting a month as 30 and a year as 365 (offsets from an event).
    var approximateDays: Int {
        switch unit {
        case .day: return count
        case .week: return 7 * count
        case .month: return 30 * count
        case .quarter: return 90 * count
        case .year: return 365 * count
        }
    }
}
