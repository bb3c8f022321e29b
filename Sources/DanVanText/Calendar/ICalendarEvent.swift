/// One all-day event of an iCalendar file: a deadline.
///
///     ICalendarEvent(uid: "task-3@danvan", date: due, summary: "Họp tổ dân vận", rule: "FREQ=MONTHLY;BYMONTHDAY=15")
public struct ICalendarEvent: Equatable, Sendable {
    /// Stable across exports, so a calendar that imports the file again updates the event.
    public var uid: String
    public var date: CalendarDate
    public var summary: String
    public var description: String?
    public var categories: [String]
    /// An RRULE value (RFC 5545 §3.3.10) for a recurring deadline, nil for a one-off.
    public var rule: String?

    public init(uid: String, date: CalendarDate, summary: String, description: String? = nil,
                categories: [String] = [], rule: String? = nil) {
        self.uid = uid
        self.date = date
        self.summary = summary
        self.description = description
        self.categories = categories
        self.rule = rule
    }

    /// The RRULE BYMONTHDAY part of "day `day` of the month, or the month's last day when it is shorter":
    /// `BYMONTHDAY=15`, or `BYMONTHDAY=28,29,30,31;BYSETPOS=-1` for 31 (the last existing one of them).
    public static func monthDay(_ day: Int) -> String {
        guard day > 28 else { return "BYMONTHDAY=\(day)" }
        return "BYMONTHDAY=" + (28...min(day, 31)).map(String.init).joined(separator: ",") + ";BYSETPOS=-1"
    }
}
