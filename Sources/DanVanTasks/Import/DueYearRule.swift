import DanVanText

/// The year of a deadline written without one ("15/9", "ngày 15 tháng 9").
///
///     DueYearRule.date(day: 15, month: 1, today: CalendarDate(iso: "2025-12-20")!)   // 15/01/2026
///
/// Rule: today's year, unless that date lies more than `lookBack` (183) days before today — then
/// next year. A deadline a few weeks or months past stays in this year (it is overdue); one that
/// would be over half a year past is taken as next year's.
public enum DueYearRule {
    public static let lookBack = DateGrammar.defaultLookBack

    /// The date, or nil when the day does not exist in the chosen year (29/2 in 2025).
    public static func date(day: Int, month: Int, today: CalendarDate) -> CalendarDate? {
        let year = year(day: day, month: month, today: today)
        return CalendarDate(year: year, month: month, day: day)
    }

    /// The year the rule picks.
    public static func year(day: Int, month: Int, today: CalendarDate) -> Int {
        // Compare on a day that exists in any year so 29/2 still gets a year (and then fails).
        let probe = CalendarDate(year: today.year, month: month, day: min(day, CalendarDate.daysIn(month: month, year: today.year)))
        guard let probe else { return today.year }
        return probe.days(until: today) > lookBack ? today.year + 1 : today.year
    }
}
