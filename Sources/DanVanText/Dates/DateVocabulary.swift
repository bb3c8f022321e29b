import Foundation

/// The words of Vietnamese date phrases, as `Intents/dates.yaml` lists them (with diacritics; the
/// grammar folds them).
///
///     let vocabulary = try DateVocabulary(contentsOf: intents.appendingPathComponent("dates.yaml"))
///     vocabulary.weekdays["thứ sáu"]   // 5
public struct DateVocabulary: Codable, Sendable, Equatable {
    public var relativeDays: [String: Int] = [:]
    public var weekdays: [String: Int] = [:]
    public var weekdayBlockers: [String] = []
    public var dayWords: [String] = []
    public var weekWords: [String] = []
    public var monthWords: [String] = []
    public var quarterWords: [String] = []
    public var yearWords: [String] = []
    public var periodOffsets: [String: Int] = [:]
    public var periodStart: [String] = []
    public var periodMiddle: [String] = []
    public var periodEnd: [String] = []
    public var romanNumbers: [String: Int] = [:]
    public var within: [String] = []
    public var after: [String] = []
    public var aheadDay: [String] = []
    public var aheadWindow: [String] = []
    /// "thêm": a length added to a deadline ("gia hạn nhiệm vụ 3 thêm 1 tuần").
    public var extend: [String] = []
    public var anchors: [String] = []
    public var hourWords: [String] = []
    public var minuteWords: [String] = []
    public var hourLetters: [String] = []
    public var every: [String] = []
    public var periodic: [String] = []
    public var timesWord: [String] = []
    public var perWords: [String] = []
    public var continuous: [String] = []
    public var joiners: [String] = []
    public var leads: [String] = []
    public var numberWords: [String: Int] = [:]
    /// Words that end a yes/no question ("không", "à", "phải không").
    public var questionEndings: [String] = []
    /// "còn kịp": the question asks whether the deadline is still ahead.
    public var inTimeWords: [String] = []
    /// "hạn là": the question asks whether the deadline is the day it names.
    public var isItWords: [String] = []

    /// No words: only numeric dates ("15/9/2025") are understood.
    public init() {}

    private enum CodingKeys: String, CodingKey {
        case relativeDays = "relative_days", weekdays, weekdayBlockers = "weekday_blockers", dayWords = "day_words"
        case weekWords = "week_words", monthWords = "month_words", quarterWords = "quarter_words", yearWords = "year_words"
        case periodOffsets = "period_offsets", periodStart = "period_start", periodMiddle = "period_middle"
        case periodEnd = "period_end", romanNumbers = "roman_numbers", within, after, aheadDay = "ahead_day"
        case aheadWindow = "ahead_window", extend, anchors, hourWords = "hour_words", minuteWords = "minute_words"
        case hourLetters = "hour_letters", every, periodic, timesWord = "times_word", perWords = "per_words"
        case continuous, joiners, leads, numberWords = "number_words", questionEndings = "question_endings"
        case inTimeWords = "in_time_words", isItWords = "is_it_words"
    }

    /// Every key is required: a missing list is a mistake in the file, not an empty list.
    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        relativeDays = try c.decode([String: Int].self, forKey: .relativeDays)
        weekdays = try c.decode([String: Int].self, forKey: .weekdays)
        weekdayBlockers = try c.decode([String].self, forKey: .weekdayBlockers)
        dayWords = try c.decode([String].self, forKey: .dayWords)
        weekWords = try c.decode([String].self, forKey: .weekWords)
        monthWords = try c.decode([String].self, forKey: .monthWords)
        quarterWords = try c.decode([String].self, forKey: .quarterWords)
        yearWords = try c.decode([String].self, forKey: .yearWords)
        periodOffsets = try c.decode([String: Int].self, forKey: .periodOffsets)
        periodStart = try c.decode([String].self, forKey: .periodStart)
        periodMiddle = try c.decode([String].self, forKey: .periodMiddle)
        periodEnd = try c.decode([String].self, forKey: .periodEnd)
        romanNumbers = try c.decode([String: Int].self, forKey: .romanNumbers)
        within = try c.decode([String].self, forKey: .within)
        after = try c.decode([String].self, forKey: .after)
        aheadDay = try c.decode([String].self, forKey: .aheadDay)
        aheadWindow = try c.decode([String].self, forKey: .aheadWindow)
        extend = try c.decode([String].self, forKey: .extend)
        anchors = try c.decode([String].self, forKey: .anchors)
        hourWords = try c.decode([String].self, forKey: .hourWords)
        minuteWords = try c.decode([String].self, forKey: .minuteWords)
        hourLetters = try c.decode([String].self, forKey: .hourLetters)
        every = try c.decode([String].self, forKey: .every)
        periodic = try c.decode([String].self, forKey: .periodic)
        timesWord = try c.decode([String].self, forKey: .timesWord)
        perWords = try c.decode([String].self, forKey: .perWords)
        continuous = try c.decode([String].self, forKey: .continuous)
        joiners = try c.decode([String].self, forKey: .joiners)
        leads = try c.decode([String].self, forKey: .leads)
        numberWords = try c.decode([String: Int].self, forKey: .numberWords)
        questionEndings = try c.decode([String].self, forKey: .questionEndings)
        inTimeWords = try c.decode([String].self, forKey: .inTimeWords)
        isItWords = try c.decode([String].self, forKey: .isItWords)
    }
}
