import DanVanText
import Foundation

/// Turns between moments and calendar days, honouring a fixed "today" (`--today`).
///
///     TaskClock.timestamp(on: CalendarDate(iso: "2025-09-12")!)   // 12/09/2025 at the current local time
public enum TaskClock {
    /// The moment to stamp a change made "today": `now` itself when `today` is the real local day,
    /// otherwise `today` at the current local time of day, so journals read in `--today` terms.
    public static func timestamp(on today: CalendarDate, now: Date = Date()) -> Date {
        let calendar = localCalendar
        var parts = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second, .nanosecond], from: now)
        if parts.year == today.year, parts.month == today.month, parts.day == today.day { return now }
        parts.year = today.year
        parts.month = today.month
        parts.day = today.day
        return calendar.date(from: parts) ?? now
    }

    /// The local calendar day of a moment.
    public static func day(of date: Date) -> CalendarDate {
        let parts = localCalendar.dateComponents([.year, .month, .day], from: date)
        return CalendarDate(year: parts.year!, month: parts.month!, day: parts.day!)!
    }

    /// `HH:mm` in local time.
    public static func time(of date: Date) -> String {
        let parts = localCalendar.dateComponents([.hour, .minute], from: date)
        return String(format: "%02d:%02d", parts.hour ?? 0, parts.minute ?? 0)
    }

    private static var localCalendar: Calendar {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = .current
        return calendar
    }
}
