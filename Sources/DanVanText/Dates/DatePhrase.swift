/// What a Vietnamese date phrase means.
///
///     "15/12/2025"                              → .date(15/12/2025)
///     "trước ngày 01/6 và 15/11"                 → .dates([01/06, 15/11])
///     "tháng 12/2025", "quý IV", "tuần sau"      → .range(first day, last day)
///     "trước ngày 15 hằng tháng", "hằng năm"     → .recurring([monthly day 15])
///     "trong 10 ngày kể từ ngày nhận văn bản"    → .offset(days: 10, anchor: "ngày nhận văn bản")
///     "thường xuyên"                             → .continuous
public enum DatePhrase: Equatable, Sendable {
    case date(CalendarDate)
    /// Several days named in one phrase, in the order written.
    case dates([CalendarDate])
    /// A period: a week, month, quarter or year, or a window ("trong 10 ngày": today to today + 10).
    case range(CalendarDate, CalendarDate)
    /// One or more rules ("trước ngày 01/6 và 15/11 hằng năm": two yearly rules).
    case recurring([Recurrence])
    /// A number of days counted from an event, not from today.
    case offset(days: Int, anchor: String)
    /// A standing duty with no date ("thường xuyên").
    case continuous
    /// Only a time of day ("trước 19h00"): on the day the context gives.
    case timeOnly

    /// The day a deadline written this way falls on, seen from `today`: the date, the last of
    /// several, a period's last day, a rule's next occurrence (today included). nil for offsets and
    /// standing duties.
    public func dueDate(from today: CalendarDate) -> CalendarDate? {
        switch self {
        case .date(let d): return d
        case .dates(let ds): return ds.max()
        case .range(_, let end): return end
        case .recurring(let rules): return rules.map { $0.next(onOrAfter: today) }.min()
        case .offset, .continuous: return nil
        case .timeOnly: return today
        }
    }

    /// The first and last day the phrase covers, for "có hạn gì trong …" questions.
    public func window(from today: CalendarDate) -> ClosedRange<CalendarDate>? {
        switch self {
        case .date(let d): return d...d
        case .dates(let ds): return ds.min().flatMap { lo in ds.max().map { lo...$0 } }
        case .range(let a, let b): return min(a, b)...max(a, b)
        case .recurring, .offset, .continuous: return nil
        case .timeOnly: return today...today
        }
    }

    public var isRecurring: Bool { if case .recurring = self { return true }; return false }
}

/// A date phrase found in a text: what it means, its times of day, and where it stood.
public struct DateMatch: Equatable, Sendable {
    public var phrase: DatePhrase
    /// Times of day named with it ("trước 9h00 và 16h00"), in order.
    public var times: [TimeOfDay]
    /// "02 lần/ngày": how many times per period.
    public var timesPerPeriod: Int?
    /// Whether it was read relative to today ("ngày mai", "tuần sau", "tháng 12" without a year).
    public var dependsOnToday: Bool
    /// Whether a day and month were written without a year ("15/11"): its year was chosen from today.
    public var yearless: Bool = false
    /// Token indices covered, in the tokens of `Tokenizer.tokens(text)`.
    public var tokens: Range<Int>
    /// Character offsets covered in the text (NFC).
    public var characters: Range<Int>
    /// The phrase as written.
    public var text: String
}

/// A phrase that is written like a date but names an impossible day ("31/02/2025", "ngày 30 tháng 2").
public struct InvalidDate: Error, Equatable, Sendable {
    /// As written, or as day/month/year when written in words.
    public var text: String
    public var characters: Range<Int>
}
