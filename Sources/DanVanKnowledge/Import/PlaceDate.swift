import DanVanText
import Foundation

/// The place-and-date line of a plan's header: "Hà Nội, ngày 17 tháng 11 năm 2025".
///
///     PlaceDate.parse("Hà Nội, ngày 17 tháng 11 năm 2025")   // ("Hà Nội", 2025-11-17)
///
/// A draft may leave the day blank ("ngày   tháng 11 năm 2025"): the place is kept, the date is nil.
struct PlaceDate: Equatable {
    var place: String?
    var date: CalendarDate?

    private static let pattern = try! NSRegularExpression(
        pattern: #",\s*ngay\s*(\d{1,2}|[.…_ ]*)\s*thang\s*(\d{1,2}|[.…_ ]*)\s*nam\s*(\d{4})"#)

    /// A line that is only the place and the date.
    static func parse(_ line: String) -> PlaceDate? {
        guard line.count < 90, let found = find(in: line), found.offset > 0, found.offset < 60 else { return nil }
        return found.value
    }

    /// The place and date anywhere in a header line, with where the place starts.
    static func find(in line: String) -> (value: PlaceDate, offset: Int)? {
        let chars = Array(line)
        guard chars.contains(where: \.isNumber) else { return nil }
        let folded = FastFold.fold(line)
        let ns = folded as NSString
        guard let m = pattern.firstMatch(in: folded, range: NSRange(location: 0, length: ns.length)) else { return nil }
        let prefixLength = String(ns.substring(to: m.range.location)).count
        var placeWords = String(chars[0..<prefixLength]).split(separator: " ").map(String.init)
        // "Số: 308/KH-UBND Hà Nội": the place is what follows the number.
        if let cut = placeWords.lastIndex(where: { $0.contains(":") || $0.contains("/") || $0.contains(where: \.isNumber) }) {
            placeWords = Array(placeWords[(cut + 1)...])
        }
        let day = Int(ns.substring(with: m.range(at: 1)))
        let month = Int(ns.substring(with: m.range(at: 2)))
        let year = Int(ns.substring(with: m.range(at: 3)))
        var date: CalendarDate?
        if let day, let month, let year { date = CalendarDate(year: year, month: month, day: day) }
        let place = placeWords.isEmpty ? nil : placeWords.joined(separator: " ")
        return (PlaceDate(place: place, date: date), prefixLength)
    }
}
