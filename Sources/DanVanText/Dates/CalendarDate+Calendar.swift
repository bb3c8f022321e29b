/// Calendar arithmetic on days, weeks, months and quarters, without Foundation's `Calendar`.
extension CalendarDate {
    /// ISO weekday: 1 = Monday … 7 = Sunday.
    public var weekday: Int {
        let r = (dayNumber + 3) % 7  // 1970-01-01 was a Thursday
        return (r < 0 ? r + 7 : r) + 1
    }

    /// The quarter, 1–4.
    public var quarter: Int { (month - 1) / 3 + 1 }

    /// The last day of this date's month.
    public var endOfMonth: CalendarDate { Self.clamped(year: year, month: month, day: 31) }

    /// `day` of the month, or the month's last day when the month is shorter (31 → 30/4, 29/2 → 28/2).
    public static func clamped(year: Int, month: Int, day: Int) -> CalendarDate {
        let y = min(max(year, 1), 9999), m = min(max(month, 1), 12)
        let d = min(max(day, 1), daysIn(month: m, year: y))
        return CalendarDate(year: y, month: m, day: d) ?? CalendarDate(dayNumber: 0)
    }

    /// The same day `months` months later (earlier when negative), clamped to the month's length.
    public func adding(months: Int) -> CalendarDate {
        let index = year * 12 + (month - 1) + months
        let y = index >= 0 ? index / 12 : (index - 11) / 12
        return Self.clamped(year: y, month: index - y * 12 + 1, day: day)
    }

    /// The first day of the month `months` away from this one.
    public func startOfMonth(offset months: Int = 0) -> CalendarDate {
        CalendarDate.clamped(year: year, month: month, day: 1).adding(months: months)
    }

    /// Monday of this date's week.
    public var startOfWeek: CalendarDate { adding(days: 1 - weekday) }

    /// The first day of this date's quarter.
    public var startOfQuarter: CalendarDate { CalendarDate.clamped(year: year, month: (quarter - 1) * 3 + 1, day: 1) }

    /// The last day of quarter `q` of `year`.
    public static func endOfQuarter(_ q: Int, year: Int) -> CalendarDate { clamped(year: year, month: q * 3, day: 31) }
}
