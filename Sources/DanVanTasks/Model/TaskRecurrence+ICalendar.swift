import DanVanText

extension TaskRecurrence {
    /// The rule as an iCalendar RRULE value, counted from the task's deadline (DTSTART):
    /// `FREQ=WEEKLY`, `FREQ=MONTHLY;BYMONTHDAY=15`, `FREQ=MONTHLY;INTERVAL=3;BYMONTHDAY=28,29,30,31;BYSETPOS=-1`,
    /// `FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=28,29;BYSETPOS=-1` — the same dates as `next(after:)`.
    public var icalendarRule: String {
        switch frequency {
        case .weekly: "FREQ=WEEKLY"
        case .monthly: "FREQ=MONTHLY;" + ICalendarEvent.monthDay(day)
        case .quarterly: "FREQ=MONTHLY;INTERVAL=3;" + ICalendarEvent.monthDay(day)
        case .yearly: "FREQ=YEARLY;BYMONTH=\(month);" + ICalendarEvent.monthDay(day)
        }
    }
}
