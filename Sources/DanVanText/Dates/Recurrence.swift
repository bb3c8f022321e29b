/// A duty that comes back: "hằng ngày", "hằng tuần", "trước ngày 15 hằng tháng", "hằng quý",
/// "trước ngày 15/11 hằng năm", "định kỳ 6 tháng".
///
///     Recurrence(.monthly, day: 31).next(after: CalendarDate(iso: "2025-04-10")!)   // 30/04/2025
///     Recurrence(.yearly, day: 29, month: 2).next(after: CalendarDate(iso: "2025-01-01")!)   // 28/02/2025
public struct Recurrence: Hashable, Codable, Sendable {
    public enum Frequency: String, Codable, Sendable { case daily, weekly, monthly, quarterly, yearly }

    public var frequency: Frequency
    /// Every `interval` periods ("định kỳ 6 tháng": monthly, 6); at least 1.
    public var interval: Int
    /// Day of the month (monthly, quarterly: of the quarter's last month, yearly), or weekday 1–7
    /// (weekly). nil: the period's last day (Sunday for weeks).
    public var day: Int?
    /// Month of the year, for yearly ones (nil: December).
    public var month: Int?

    public init(_ frequency: Frequency, interval: Int = 1, day: Int? = nil, month: Int? = nil) {
        self.frequency = frequency
        self.interval = max(1, interval)
        self.day = day
        self.month = month
    }

    /// The first occurrence strictly after `date`. A day the month lacks falls on the month's last
    /// day (31 → 30/4, 29/2 → 28/2 outside leap years).
    public func next(after date: CalendarDate) -> CalendarDate {
        switch frequency {
        case .daily:
            return date.adding(days: interval)
        case .weekly:
            let weekday = min(max(day ?? 7, 1), 7)
            var ahead = (weekday - date.weekday + 7) % 7
            if ahead == 0 { ahead = 7 }
            return date.adding(days: ahead + 7 * (interval - 1))
        case .monthly, .quarterly, .yearly:
            // Candidate months: every `step` months, aligned so that the period ends in December.
            let step = frequency == .monthly ? interval : (frequency == .quarterly ? 3 * interval : 12 * interval)
            let anchorMonth = frequency == .yearly ? (month ?? 12) : 12
            var y = date.year, m = date.month
            for _ in 0..<(12 * 12 + 2) {
                if Self.aligned(m, anchor: anchorMonth, step: step) {
                    let candidate = CalendarDate.clamped(year: y, month: m, day: day ?? 31)
                    if candidate > date { return candidate }
                }
                m += 1
                if m > 12 { m = 1; y += 1 }
            }
            return date.adding(days: 1)  // unreachable: every step ≤ 144 months meets an aligned month
        }
    }

    /// The occurrence on `date` itself, else the next one: the deadline still open on that day.
    public func next(onOrAfter date: CalendarDate) -> CalendarDate { next(after: date.adding(days: -1)) }

    /// Whether month `m` is one of the period's months: the anchor month and every `step` months from it.
    private static func aligned(_ m: Int, anchor: Int, step: Int) -> Bool {
        guard step < 12 * 12 else { return m == anchor }
        if step >= 12 { return m == anchor }  // yearly intervals over several years are rare: every year's anchor
        return ((m - anchor) % step + step) % step == 0
    }
}
