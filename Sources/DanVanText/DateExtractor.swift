import Foundation

/// A date written in Vietnamese text, valid or not, with where it stood.
public struct DateMention: Equatable, Sendable {
    public enum Value: Equatable, Sendable {
        /// A real calendar day.
        case date(CalendarDate)
        /// Day and month given, no year ("15/9", "ngày 15 tháng 9").
        case dayMonth(day: Int, month: Int)
        /// Written like a date but impossible ("31/02/2025", "40/13").
        case invalid(text: String)
    }
    public var value: Value
    /// Character range in the text it was found in.
    public var range: Range<Int>
}

/// Finds dates in Vietnamese text: `06/8/2025`, `15-9-2025`, `15.9.2025`, `15/9`,
/// `ngày 15 tháng 9 năm 2025`, `ngày 15 tháng 9`, `tháng 12/2025` (a month: its last day is not guessed).
/// The words of the written form are the date grammar's (`day_words`, `month_words`, `year_words` of
/// `Intents/dates.yaml`); a grammar without words reads the numeric forms only.
///
///     DateExtractor.mentions(in: "hạn 15/9").first?.value   // .dayMonth(day: 15, month: 9)
public enum DateExtractor {
    private static let numeric = try! NSRegularExpression(
        pattern: #"(?<![\d/.\-])(\d{1,2})\s*([/.\-])\s*(\d{1,2})(?:\s*\2\s*(\d{4}|\d{2}))?(?![\d/\-]|\.\d)"#)

    /// The written form's pattern, compiled once per vocabulary (ICU compiles on first use).
    private final class WrittenForm: @unchecked Sendable {
        let lock = NSLock()
        var pattern: String?
        var expression: NSRegularExpression?
    }
    private static let written = WrittenForm()

    private static func writtenExpression(_ grammar: DateGrammar) -> NSRegularExpression? {
        guard let pattern = grammar.writtenDatePattern else { return nil }
        written.lock.lock()
        defer { written.lock.unlock() }
        if written.pattern != pattern {
            written.expression = try? NSRegularExpression(pattern: pattern)
            written.pattern = pattern
        }
        return written.expression
    }

    /// Every date written in `text`, in order of appearance.
    ///
    /// - Parameter grammar: whose words read the written form (nil: the shared grammar).
    public static func mentions(in text: String, defaultYear: Int? = nil, grammar: DateGrammar? = nil) -> [DateMention] {
        // Every date form holds a digit; without one, the patterns (compiled by ICU on first use) are not needed.
        guard text.unicodeScalars.contains(where: { $0.properties.numericType != nil }) else { return [] }
        let grammar = grammar ?? .shared
        // Folding keeps one character per character for Vietnamese letters, so offsets carry over.
        let source = Folding.nfc(text)
        let folded = String(source.map { c -> Character in
            let f = Folding.foldCharacter(c)
            return f.count == 1 ? f.first! : c
        })
        let ns = folded as NSString
        var found: [DateMention] = []
        var taken: [NSRange] = []
        for m in writtenExpression(grammar)?.matches(in: folded, range: NSRange(location: 0, length: ns.length)) ?? [] {
            guard let d = Int(ns.substring(with: m.range(at: 1))), let mo = Int(ns.substring(with: m.range(at: 2))) else { continue }
            let y = m.range(at: 3).location != NSNotFound ? Int(ns.substring(with: m.range(at: 3))) : nil
            found.append(DateMention(value: value(day: d, month: mo, year: y, text: ns.substring(with: m.range)),
                                     range: charRange(m.range, in: folded)))
            taken.append(m.range)
        }
        for m in numeric.matches(in: folded, range: NSRange(location: 0, length: ns.length)) {
            if taken.contains(where: { NSIntersectionRange($0, m.range).length > 0 }) { continue }
            // `\d` matches any script's digits; Int reads only ASCII ones.
            guard let d = Int(ns.substring(with: m.range(at: 1))), let mo = Int(ns.substring(with: m.range(at: 3))) else { continue }
            var y: Int? = nil
            if m.range(at: 4).location != NSNotFound {
                let ys = ns.substring(with: m.range(at: 4))
                y = Int(ys).map { ys.count == 2 ? 2000 + $0 : $0 }
            } else if ns.substring(with: m.range(at: 2)) == "." {
                continue  // "1.2" is a section number, not a date
            }
            found.append(DateMention(value: value(day: d, month: mo, year: y, text: ns.substring(with: m.range)),
                                     range: charRange(m.range, in: folded)))
        }
        found.sort { $0.range.lowerBound < $1.range.lowerBound }
        if let year = defaultYear {
            found = found.map { m in
                if case .dayMonth(let d, let mo) = m.value {
                    let v: DateMention.Value = CalendarDate(year: year, month: mo, day: d).map { .date($0) }
                        ?? .invalid(text: "\(d)/\(mo)/\(year)")
                    return DateMention(value: v, range: m.range)
                }
                return m
            }
        }
        return found
    }

    private static func value(day: Int, month: Int, year: Int?, text: String) -> DateMention.Value {
        if let year {
            if let date = CalendarDate(year: year, month: month, day: day) { return .date(date) }
            return .invalid(text: text)
        }
        guard (1...12).contains(month), day >= 1, day <= CalendarDate.daysIn(month: month, year: 2024) else {
            return .invalid(text: text)
        }
        return .dayMonth(day: day, month: month)
    }

    private static func charRange(_ r: NSRange, in s: String) -> Range<Int> {
        let utf16 = Array(s.utf16)
        let prefix = String(decoding: utf16[0..<r.location], as: UTF16.self).count
        let body = String(decoding: utf16[r.location..<(r.location + r.length)], as: UTF16.self).count
        return prefix..<(prefix + body)
    }
}
