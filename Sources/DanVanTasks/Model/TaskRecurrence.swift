import DanVanText

/// How a recurring task comes back: every week, or on a day of every month, quarter or year.
///
///     let rule = TaskRecurrence(rule: "monthly:31")!
///     rule.next(after: CalendarDate(iso: "2025-01-31")!)   // 28/02/2025 (the month's last day)
///     rule.next(after: CalendarDate(iso: "2025-02-28")!)   // 31/03/2025 (the day is kept, not drifted)
///
/// The store keeps `rule` (column `recurrence`). A day the month lacks ("ngày 31", 29/2) falls on
/// the month's last day. Small on purpose: a shared date grammar's recurrence can replace `next(after:)`.
public struct TaskRecurrence: Equatable, Hashable, Sendable {
    /// The period, as `Intents/tasks.yaml` names it under `recurrence:`.
    public enum Frequency: String, CaseIterable, Sendable {
        case weekly, monthly, quarterly, yearly

        /// Months between two occurrences (0: weekly).
        var months: Int {
            switch self {
            case .weekly: 0
            case .monthly: 1
            case .quarterly: 3
            case .yearly: 12
            }
        }
    }

    public let frequency: Frequency
    /// A month the task falls in (quarterly: any month of the cycle; monthly: ignored).
    public let month: Int
    /// The day of the month, 1–31 (clamped to the month's length); ignored for weekly.
    public let day: Int

    /// A rule; nil when the month or day is out of range.
    public init?(frequency: Frequency, month: Int = 12, day: Int = 31) {
        guard (1...12).contains(month), (1...31).contains(day) else { return nil }
        self.frequency = frequency
        self.month = frequency == .monthly || frequency == .weekly ? 1 : month
        self.day = frequency == .weekly ? 1 : day
    }

    /// Reads a stored rule: `weekly`, `monthly:15`, `quarterly:3-31`, `yearly:2-29`.
    public init?(rule: String) {
        let parts = rule.split(separator: ":", maxSplits: 1).map(String.init)
        guard let name = parts.first, let frequency = Frequency(rawValue: name) else { return nil }
        switch (frequency, parts.count) {
        case (.weekly, 1):
            self.init(frequency: .weekly)
        case (.monthly, 2):
            guard let day = Int(parts[1]) else { return nil }
            self.init(frequency: .monthly, day: day)
        case (.quarterly, 2), (.yearly, 2):
            let md = parts[1].split(separator: "-").compactMap { Int($0) }
            guard md.count == 2 else { return nil }
            self.init(frequency: frequency, month: md[0], day: md[1])
        default:
            return nil
        }
    }

    /// The text the store keeps.
    public var rule: String {
        switch frequency {
        case .weekly: "weekly"
        case .monthly: "monthly:\(day)"
        case .quarterly, .yearly: "\(frequency.rawValue):\(month)-\(day)"
        }
    }

    /// The first occurrence strictly after `date`.
    public func next(after date: CalendarDate) -> CalendarDate {
        guard frequency != .weekly else { return date.adding(days: 7) }
        let start = date.year * 12 + (date.month - 1)
        for k in 0...24 {
            let total = start + k
            let (year, m) = (total / 12, total % 12 + 1)
            guard ((m - month) % frequency.months + frequency.months) % frequency.months == 0 else { continue }
            let candidate = CalendarDate(year: year, month: m, day: min(day, CalendarDate.daysIn(month: m, year: year)))
            if let candidate, candidate > date { return candidate }
        }
        return date.adding(days: 366)  // unreachable: a cycle is at most 12 months
    }

    /// The first occurrence on or after `date`.
    public func first(onOrAfter date: CalendarDate) -> CalendarDate {
        next(after: date.adding(days: -1))
    }

    /// The occurrences from `date` (included) up to `last` (included), at most `limit`.
    public func occurrences(from date: CalendarDate, through last: CalendarDate, limit: Int = 400) -> [CalendarDate] {
        var found: [CalendarDate] = []
        var current = date
        while current <= last, found.count < limit {
            found.append(current)
            current = next(after: current)
        }
        return found
    }

    /// The rule and the first deadline of a task written with `frequency`: anchored on `anchor` (an
    /// explicit deadline), else on `day` of the period ("trước ngày 15 hằng tháng"), else on the end of
    /// the current period (Sunday for a week, the month's, quarter's or year's last day).
    ///
    /// - Returns: nil when `day` is not 1–31.
    public static func starting(_ frequency: Frequency, day: Int?, anchor: CalendarDate?,
                                today: CalendarDate) -> (rule: TaskRecurrence, first: CalendarDate)? {
        if let anchor {
            guard let rule = TaskRecurrence(frequency: frequency, month: anchor.month, day: anchor.day) else { return nil }
            return (rule, anchor)
        }
        switch frequency {
        case .weekly:
            // 2024-01-01 was a Monday; the week ends on Sunday.
            let monday = CalendarDate(year: 2024, month: 1, day: 1)?.dayNumber ?? 0
            let weekday = ((today.dayNumber - monday) % 7 + 7) % 7
            return TaskRecurrence(frequency: .weekly).map { ($0, today.adding(days: 6 - weekday)) }
        case .monthly, .quarterly, .yearly:
            guard let rule = TaskRecurrence(frequency: frequency, month: 12, day: day ?? 31) else { return nil }
            return (rule, rule.first(onOrAfter: today))
        }
    }
}
