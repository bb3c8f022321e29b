import Foundation

/// `DateVocabulary` folded into token sequences, longest phrases first.
struct CompiledDateWords: Sendable {
    typealias Phrase = [String]

    var relativeDays: [(Phrase, Int)]
    var weekdays: [(Phrase, Int)]
    var weekdayBlockers: [Phrase]
    var units: [(Phrase, DateUnit)]
    var periodOffsets: [(Phrase, Int)]
    var positions: [(Phrase, PeriodPosition)]
    var romanNumbers: [String: Int]
    var within: [Phrase]
    var after: [Phrase]
    var aheadDay: [Phrase]
    var aheadWindow: [Phrase]
    var extend: [Phrase]
    var anchors: [Phrase]
    var hourWords: [Phrase]
    var minuteWords: [Phrase]
    var hourLetters: Set<Character>
    var every: [Phrase]
    var periodic: [Phrase]
    var timesWord: [Phrase]
    var perWords: [Phrase]
    var continuous: [Phrase]
    var joiners: [Phrase]
    var leads: [Phrase]
    var dayWords: Set<String>
    var numberWords: [String: Int]
    var questionEndings: [Phrase]
    var inTimeWords: [Phrase]
    var isItWords: [Phrase]
    /// Single words that may stand inside a code-like token ("lần/ngày", "IV/2025").
    var splittable: Set<String>
    /// Every word a phrase may start with (besides numbers): a scan tries only at these.
    var starters: Set<String>
    /// "ngày 15 tháng 9 năm 2025" over folded text: day word, day, month word, month, then optionally the
    /// year word or a comma and a four-digit year (`DateExtractor`). Nil without day or month words.
    var writtenDatePattern: String?

    init(_ v: DateVocabulary) {
        func f(_ s: String) -> Phrase { Tokenizer.foldedWords(s) }
        func list(_ l: [String]) -> [Phrase] { l.map(f).filter { !$0.isEmpty }.sorted { $0.count > $1.count } }
        func map<T>(_ d: [String: T]) -> [(Phrase, T)] {
            d.map { (f($0.key), $0.value) }.filter { !$0.0.isEmpty }.sorted { ($0.0.count, $0.0.joined()) > ($1.0.count, $1.0.joined()) }
        }
        relativeDays = map(v.relativeDays)
        weekdays = map(v.weekdays)
        weekdayBlockers = list(v.weekdayBlockers)
        var u: [(Phrase, DateUnit)] = []
        u += v.dayWords.map { (f($0), .day) }
        u += v.weekWords.map { (f($0), .week) }
        u += v.monthWords.map { (f($0), .month) }
        u += v.quarterWords.map { (f($0), .quarter) }
        u += v.yearWords.map { (f($0), .year) }
        units = u.filter { !$0.0.isEmpty }.sorted { $0.0.count > $1.0.count }
        periodOffsets = map(v.periodOffsets)
        positions = (v.periodStart.map { (f($0), PeriodPosition.start) } + v.periodMiddle.map { (f($0), .middle) }
            + v.periodEnd.map { (f($0), .end) }).filter { !$0.0.isEmpty }
        romanNumbers = Dictionary(v.romanNumbers.map { (Folding.fold($0.key), $0.value) }, uniquingKeysWith: { a, _ in a })
        within = list(v.within)
        after = list(v.after)
        aheadDay = list(v.aheadDay)
        aheadWindow = list(v.aheadWindow)
        extend = list(v.extend)
        anchors = list(v.anchors)
        hourWords = list(v.hourWords)
        minuteWords = list(v.minuteWords)
        hourLetters = Set(v.hourLetters.compactMap { Folding.fold($0).first })
        every = list(v.every)
        periodic = list(v.periodic)
        timesWord = list(v.timesWord)
        perWords = list(v.perWords)
        continuous = list(v.continuous)
        joiners = list(v.joiners)
        leads = list(v.leads)
        dayWords = Set(v.dayWords.map(Folding.fold))
        questionEndings = list(v.questionEndings)
        inTimeWords = list(v.inTimeWords)
        isItWords = list(v.isItWords)
        numberWords = Dictionary(v.numberWords.map { (Folding.fold($0.key), $0.value) }, uniquingKeysWith: { a, _ in a })
        splittable = Set(units.filter { $0.0.count == 1 }.map { $0.0[0] } + timesWord.filter { $0.count == 1 }.map { $0[0] })
            .union(romanNumbers.keys)
        let phrases: [Phrase] = relativeDays.map(\.0) + weekdays.map(\.0) + units.map(\.0) + positions.map(\.0) + within + after
            + every + periodic + continuous + leads + joiners
        starters = Set(phrases.compactMap(\.first)).union(numberWords.keys)
        writtenDatePattern = Self.writtenDatePattern(units)
    }

    private static func writtenDatePattern(_ units: [(Phrase, DateUnit)]) -> String? {
        func alternatives(_ unit: DateUnit) -> String? {
            let phrases = units.filter { $0.1 == unit }.map { $0.0.map(NSRegularExpression.escapedPattern(for:)).joined(separator: #"\s+"#) }
            return phrases.isEmpty ? nil : "(?:" + phrases.joined(separator: "|") + ")"
        }
        guard let day = alternatives(.day), let month = alternatives(.month) else { return nil }
        let year = alternatives(.year).map { $0 + "|," } ?? ","
        return #"(?<![\p{L}\d])"# + day + #"\s+(\d{1,2})\s+"# + month + #"\s+(\d{1,2})(?:\s*(?:"# + year + #")?\s*(\d{4}))?"#
    }
}

/// A calendar unit a phrase counts in.
enum DateUnit: Sendable {
    case day, week, month, quarter, year

    var frequency: Recurrence.Frequency {
        switch self {
        case .day: return .daily
        case .week: return .weekly
        case .month: return .monthly
        case .quarter: return .quarterly
        case .year: return .yearly
        }
    }
}

/// Where in a period: "đầu", "giữa", "cuối".
enum PeriodPosition: Sendable { case start, middle, end }
