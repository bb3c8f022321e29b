import DanVanText

/// Finds a recurrence in folded words: a period phrase ("hằng tháng"), optionally right after a day
/// of the period ("ngày 15 hằng tháng"), with the words of `Intents/tasks.yaml`'s `recurrence:`.
///
///     let reader = RecurrenceReader(vocabulary.recurrence ?? [:])
///     reader.find(in: Tokenizer.foldedWords("trước ngày 15 hằng tháng"))
///     // Match(frequency: .monthly, day: 15, words: 1..<5)
public struct RecurrenceReader: Sendable {
    /// A period found: its frequency, the day written before it, and the words it spans.
    public struct Match: Equatable, Sendable {
        public var frequency: TaskRecurrence.Frequency
        /// The day as written ("ngày 31"): may be out of range, the caller reports it.
        public var day: Int?
        public var words: Range<Int>
    }

    private let periods: [(TaskRecurrence.Frequency, [String])]
    private let dayWords: [[String]]

    public init(_ words: [String: [String]]) {
        func folded(_ list: [String]) -> [[String]] {
            list.map(Tokenizer.foldedWords).filter { !$0.isEmpty }.sorted { $0.count > $1.count }
        }
        periods = TaskRecurrence.Frequency.allCases
            .flatMap { f in folded(words[f.rawValue] ?? []).map { (f, $0) } }
            .sorted { $0.1.count > $1.1.count }
        dayWords = folded(words["day_words"] ?? [])
    }

    /// Whether the vocabulary names any period (an old tasks.yaml has none).
    public var isEmpty: Bool { periods.isEmpty }

    /// The last period phrase of `words` (folded, one word each) and the day before it.
    public func find(in words: [String]) -> Match? {
        for start in stride(from: words.count - 1, through: 0, by: -1) {
            for (frequency, phrase) in periods where start + phrase.count <= words.count {
                guard words[start..<start + phrase.count].elementsEqual(phrase) else { continue }
                var match = Match(frequency: frequency, day: nil, words: start..<start + phrase.count)
                if start >= 1, let day = Int(words[start - 1]), words[start - 1].count <= 3 {
                    // "ngày 15 hằng tháng", or "15 hằng tháng" after a deadline word.
                    match.day = day
                    match.words = start - 1..<match.words.upperBound
                    for dayWord in dayWords where start - 1 >= dayWord.count {
                        if words[start - 1 - dayWord.count..<start - 1].elementsEqual(dayWord) {
                            match.words = start - 1 - dayWord.count..<match.words.upperBound
                            break
                        }
                    }
                }
                return match
            }
        }
        return nil
    }

    /// The rule and first deadline a deadline cell or a command asks for, or nil when it names no
    /// period. A day out of 1–31 gives `.failure`.
    public func recurrence(in text: String, anchor: CalendarDate?,
                           today: CalendarDate) -> Result<(rule: TaskRecurrence, first: CalendarDate), RecurrenceDayError>? {
        guard let match = find(in: Tokenizer.foldedWords(text)) else { return nil }
        return Self.resolve(match, anchor: anchor, today: today)
    }

    /// The rule and first deadline of a match.
    public static func resolve(_ match: Match, anchor: CalendarDate?,
                               today: CalendarDate) -> Result<(rule: TaskRecurrence, first: CalendarDate), RecurrenceDayError> {
        guard let found = TaskRecurrence.starting(match.frequency, day: anchor == nil ? match.day : nil,
                                                  anchor: anchor, today: today) else {
            return .failure(RecurrenceDayError(day: match.day ?? 0))
        }
        return .success(found)
    }
}

/// A day of the period out of 1–31 ("ngày 32 hằng tháng").
public struct RecurrenceDayError: Error, Equatable, Sendable {
    public var day: Int
}
