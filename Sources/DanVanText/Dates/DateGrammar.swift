import Foundation

/// The Vietnamese date grammar: one reader of date phrases for task commands, deadline questions
/// and the plan importer. It works on folded tokens, so phrases are understood with or without
/// diacritics, and it resolves relative phrases against a `today` it is given.
///
///     let grammar = DateGrammar.shared
///     grammar.phrase(in: "thứ sáu tuần sau", today: today)?.phrase          // .date(…)
///     grammar.scan("trước ngày 01/6 và 15/11 hằng năm", today: today).matches  // one match, two yearly rules
///
/// The words come from `Intents/dates.yaml` (`DateVocabulary`); `DateGrammar.shared` is the grammar
/// of the data folder in use, installed at start-up (`configure(vocabularyAt:)`) and read lazily.
public struct DateGrammar: Sendable {
    /// A dated deadline written without a year that would lie more than this many days before today
    /// is taken as next year's ("15/1" written on 20/12 is next January). `DueYearRule` applies it.
    public static let defaultLookBack = 183

    let words: CompiledDateWords

    public init(vocabulary: DateVocabulary) {
        words = CompiledDateWords(vocabulary)
    }

    /// Reads `dates.yaml`.
    ///
    /// - Throws: `DataFileProblem` naming the file and the problem.
    public init(contentsOf url: URL) throws {
        let vocabulary = try DateVocabulary(contentsOf: url)
        words = CompiledDateWords(vocabulary)
    }

    // MARK: The shared grammar

    private final class Slot: @unchecked Sendable {
        let lock = NSLock()
        var url: URL?
        var cacheDirectory: URL?
        var grammar: DateGrammar?
    }
    private static let slot = Slot()

    /// Where `shared` reads its vocabulary (the `Intents/dates.yaml` of the data in use). Reading is
    /// deferred to the first date phrase, so a run that meets none pays nothing.
    ///
    /// - Parameter cacheDirectory: where the decoded vocabulary is kept between runs (nil: decode each time).
    public static func configure(vocabularyAt url: URL, cacheDirectory: URL? = nil) {
        slot.lock.lock()
        defer { slot.lock.unlock() }
        if slot.url != url { slot.grammar = nil }
        slot.url = url
        slot.cacheDirectory = cacheDirectory
    }

    /// `configure(vocabularyAt:)` unless a vocabulary was already chosen: for loaders that know a
    /// likely place (the `Intents/` beside a data folder) but must not override the start-up choice.
    public static func configureIfUnset(vocabularyAt url: URL) {
        slot.lock.lock()
        defer { slot.lock.unlock() }
        guard slot.url == nil, FileManager.default.fileExists(atPath: url.path) else { return }
        slot.url = url
        slot.grammar = nil  // a grammar without words, read before any vocabulary was known
    }

    /// Installs a grammar for the whole process (tests, the fuzzer).
    public static func install(_ grammar: DateGrammar) {
        slot.lock.lock()
        defer { slot.lock.unlock() }
        slot.grammar = grammar
        slot.url = slot.url ?? URL(fileURLWithPath: "/")  // chosen: loaders no longer override it
    }

    /// The grammar of the configured vocabulary; without one (or when it cannot be read), a grammar
    /// with no words, which still reads numeric dates ("15/9/2025").
    public static var shared: DateGrammar {
        slot.lock.lock()
        defer { slot.lock.unlock() }
        if let g = slot.grammar { return g }
        var g = DateGrammar(vocabulary: DateVocabulary())
        if let url = slot.url {
            do {
                g = DateGrammar(vocabulary: try DateVocabularyCache.load(url, cacheDirectory: slot.cacheDirectory))
            } catch {
                // Said once, on standard error; answers go on with numeric dates only.
                let message = (error as? DataFileProblem)?.message ?? Msg.fileMissing(url.path)
                FileHandle.standardError.write(Data((message + "\n").utf8))
            }
        }
        slot.grammar = g
        return g
    }

    // MARK: Reading

    /// Every date phrase of `text`, left to right, and the impossible dates written in it.
    ///
    /// - Parameter lookBack: see `defaultLookBack`; the importer passes 0 (a plan's "15/12" is the
    ///   next 15/12 after the plan's date).
    public func scan(_ text: String, today: CalendarDate, lookBack: Int = DateGrammar.defaultLookBack) -> DateScan {
        var reader = DateReader(text: text, words: words, today: today, lookBack: lookBack, anchored: false)
        return reader.scan()
    }

    /// The date phrase that starts at character `offset` of `text` (leading words such as "trước
    /// ngày" included), reading forms that are only dates in a deadline's place ("15.12", "ngày 15").
    ///
    /// - Returns: nil when no phrase starts there.
    /// - Throws: `InvalidDate` for an impossible date ("31/02/2025").
    public func phrase(in text: String, from offset: Int = 0, today: CalendarDate,
                       lookBack: Int = DateGrammar.defaultLookBack) throws -> DateMatch? {
        var reader = DateReader(text: text, words: words, today: today, lookBack: lookBack, anchored: true)
        return try reader.phrase(startingAt: offset)
    }

    /// "thêm 1 tuần", "thêm 3 ngày nữa" at character `offset`: a length added to the deadline the sentence
    /// speaks of, not to today (`extend` of dates.yaml, then a count and a unit).
    ///
    /// - Returns: the length and the character offset after its words; nil when none starts there.
    public func addedLength(in text: String, from offset: Int) -> (span: DateSpan, end: Int)? {
        let reader = DateReader(text: text, words: words, today: CalendarDate(dayNumber: 0), lookBack: 0, anchored: true)
        return reader.addedLength(at: offset)
    }

    /// Whether any of the folded `words` speaks of a date: holds a digit, or opens a unit ("ngày",
    /// "tháng"), a weekday ("thứ sáu") or a relative day ("mai") of the grammar.
    public func mentionsDate(_ folded: [String]) -> Bool {
        let openers = Set((words.units.map(\.0) + words.weekdays.map(\.0) + words.relativeDays.map(\.0)).compactMap(\.first))
        return folded.contains { w in w.contains(where: \.isNumber) || openers.contains(w) }
    }

    /// Whether the folded `word` is a calendar unit of the grammar ("ngày", "tuần", "tháng", "quý", "năm").
    public func isCalendarUnit(_ word: String) -> Bool {
        words.units.contains { $0.0.count == 1 && $0.0[0] == word }
    }

    /// The written date "ngày 15 tháng 9 năm 2025" as a pattern over folded text (`DateExtractor`); nil
    /// when the vocabulary lacks day or month words.
    public var writtenDatePattern: String? { words.writtenDatePattern }

    /// Whether `word` is a day word ("ngày" in `day_words` of dates.yaml).
    public func isDayWord(_ word: String) -> Bool {
        words.dayWords.contains(Folding.fold(word))
    }

    /// Whether `word` names the year ("năm" in `year_words` of dates.yaml).
    public func isYearWord(_ word: String) -> Bool {
        let folded = Tokenizer.foldedWords(word)
        return words.units.contains { $0.1 == .year && $0.0 == folded }
    }

    /// Whether the words at character `offset` open what looks like a date phrase (a date word, a
    /// duration, a frequency, a number with a date separator), understood or not: what a deadline
    /// clause must not silently drop.
    public func looksLikeDate(_ text: String, from offset: Int = 0) -> Bool {
        let reader = DateReader(text: text, words: words, today: CalendarDate(dayNumber: 0), lookBack: 0, anchored: true)
        return reader.looksLikeDate(at: offset)
    }
}

/// The phrases a scan found.
public struct DateScan: Equatable, Sendable {
    public var matches: [DateMatch]
    public var invalid: [InvalidDate]
}

