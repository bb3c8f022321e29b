import DanVanText
import Foundation

/// A deadline cell of the appendix, read.
///
///     CellDate.read("tháng 12/2025", today: today, noDeadline: [])   // .approximate(31/12/2025, "tháng 12/2025")
///     CellDate.read("2025 - 2030", today: today, noDeadline: [])     // .approximate(31/12/2030, "2025 - 2030")
enum CellDate: Equatable {
    case none
    case exact(CalendarDate)
    /// A month, quarter or year: its last day, with the text as written.
    case approximate(CalendarDate, String)
    /// A standing task ("Thường xuyên"): no deadline; the text goes to the note.
    case noDeadline(String)
    /// Written like a date but impossible.
    case invalid(String)
    /// Not a deadline danvan can read.
    case unreadable(String)

    private static let iso = try! NSRegularExpression(pattern: #"^(\d{4})-(\d{1,2})-(\d{1,2})$"#)
    private static let month = try! NSRegularExpression(pattern: #"thang\s+(\d{1,2})\s*(?:/|-|\.|nam)\s*(\d{4})"#)
    private static let quarter = try! NSRegularExpression(pattern: #"quy\s+(iv|iii|ii|i|[1-4])\s*(?:/|-|nam)?\s*(\d{4})"#)
    private static let year = try! NSRegularExpression(pattern: #"nam\s+(\d{4})"#)
    /// A cell that is only a year or a span of years ("2026", "2025 - 2030", "giai đoạn 2026-2030").
    private static let years = try! NSRegularExpression(pattern: #"^(?:giai doan\s+|nam\s+)?(\d{4})(?:\s*[-–]\s*(?:nam\s+)?(\d{4}))?$"#)

    /// The cell read: a plain numeric date ("15/09/2025", "2025-09-15", "15/9") without the general
    /// grammar (`numeric`), anything else with it (`general`); both give the same value.
    static func read(_ cell: String, today: CalendarDate, noDeadline: [String]) -> CellDate {
        let text = TaskStore.trimmed(Folding.nfc(cell))
        if text.isEmpty { return .none }
        return numeric(text, today: today) ?? general(text, today: today, noDeadline: noDeadline)
    }

    /// A trimmed, NFC, non-empty cell read with the regular expressions and `DateExtractor`: every form.
    static func general(_ text: String, today: CalendarDate, noDeadline: [String]) -> CellDate {
        let folded = Folding.fold(text).split(whereSeparator: \.isWhitespace).joined(separator: " ")
        if let m = firstMatch(iso, folded) {
            let (y, mo, d) = (Int(m[1])!, Int(m[2])!, Int(m[3])!)
            return CalendarDate(year: y, month: mo, day: d).map(CellDate.exact) ?? .invalid(text)
        }
        let mentions = DateExtractor.mentions(in: text)
        if let bad = mentions.first(where: { if case .invalid = $0.value { return true }; return false }),
           case .invalid(let written) = bad.value {
            return .invalid(written)
        }
        if let last = mentions.last {
            switch last.value {
            case .date(let date): return .exact(date)
            case .dayMonth(let d, let mo):
                return DueYearRule.date(day: d, month: mo, today: today).map(CellDate.exact) ?? .invalid(text)
            case .invalid(let written): return .invalid(written)
            }
        }
        if let m = firstMatch(month, folded) {
            let (mo, y) = (Int(m[1])!, Int(m[2])!)
            guard (1...12).contains(mo), let date = CalendarDate(year: y, month: mo, day: CalendarDate.daysIn(month: mo, year: y))
            else { return .invalid(text) }
            return .approximate(date, text)
        }
        if let m = firstMatch(quarter, folded) {
            let q = ["i": 1, "ii": 2, "iii": 3, "iv": 4][m[1]] ?? Int(m[1])!
            let y = Int(m[2])!
            return CalendarDate(year: y, month: q * 3, day: CalendarDate.daysIn(month: q * 3, year: y))
                .map { .approximate($0, text) } ?? .invalid(text)
        }
        if let m = firstMatch(years, folded) {
            // A span ends with its last year.
            let y = Int(m[2].isEmpty ? m[1] : m[2])!
            return CalendarDate(year: y, month: 12, day: 31).map { .approximate($0, text) } ?? .invalid(text)
        }
        if noDeadline.contains(where: { folded.contains(Folding.fold($0)) }) { return .noDeadline(text) }
        if let m = firstMatch(year, folded), let date = CalendarDate(year: Int(m[1])!, month: 12, day: 31) {
            return .approximate(date, text)
        }
        return .unreadable(text)
    }

    private static func firstMatch(_ regex: NSRegularExpression, _ text: String) -> [String]? {
        let ns = text as NSString
        guard let m = regex.firstMatch(in: text, range: NSRange(location: 0, length: ns.length)) else { return nil }
        return (0..<m.numberOfRanges).map { m.range(at: $0).location == NSNotFound ? "" : ns.substring(with: m.range(at: $0)) }
    }
}
