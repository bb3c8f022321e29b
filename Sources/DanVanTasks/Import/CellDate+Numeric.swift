import DanVanText

extension CellDate {
    /// A cell that is only a numeric date, read from its bytes: what `general` reads it as, without
    /// regular expressions (a large appendix is mostly such cells). Nil for any other cell, which
    /// `general` reads.
    ///
    ///     CellDate.numeric("15/09/2025", today: today)   // .exact(2025-09-15)
    ///     CellDate.numeric("2025-9-15", today: today)    // .exact(2025-09-15)
    ///     CellDate.numeric("31/02/2025", today: today)   // .invalid("31/02/2025")
    ///     CellDate.numeric("15/9", today: today)         // .exact(the next 15 September, `DueYearRule`)
    ///     CellDate.numeric("Quý IV/2025", today: today)  // nil
    ///
    /// The forms: `yyyy-m-d` (ISO), `d/m/yyyy` and `d/m/yy` with one of `/`, `-`, `.` twice (a two-digit
    /// year is 20yy), `d/m` and `d-m` (the year from `DueYearRule`); day and month of one or two digits,
    /// nothing before or after. `d.m` is a section number to `DateExtractor`: left to `general`.
    static func numeric(_ text: String, today: CalendarDate) -> CellDate? {
        var numbers: (Int, Int, Int) = (0, 0, 0)
        var widths: (Int, Int, Int) = (0, 0, 0)
        var separator: UInt8 = 0
        var part = 0
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                let digit = Int(byte - UInt8(ascii: "0"))
                switch part {
                case 0: numbers.0 = numbers.0 * 10 + digit; widths.0 += 1; if widths.0 > 4 { return nil }
                case 1: numbers.1 = numbers.1 * 10 + digit; widths.1 += 1; if widths.1 > 2 { return nil }
                default: numbers.2 = numbers.2 * 10 + digit; widths.2 += 1; if widths.2 > 4 { return nil }
                }
            case UInt8(ascii: "/"), UInt8(ascii: "-"), UInt8(ascii: "."):
                // A separator after the digits of a part, the same one both times.
                if part == 2 { return nil }
                if part == 0 { if widths.0 == 0 { return nil }; separator = byte }
                if part == 1 { if widths.1 == 0 || byte != separator { return nil } }
                part += 1
            default:
                return nil
            }
        }
        switch (part, widths.0, widths.1, widths.2) {
        case (2, 4, 1...2, 1...2) where separator == UInt8(ascii: "-"):
            // yyyy-m-d
            return CalendarDate(year: numbers.0, month: numbers.1, day: numbers.2).map(CellDate.exact) ?? .invalid(text)
        case (2, 1...2, 1...2, 2), (2, 1...2, 1...2, 4):
            // d/m/yyyy, d/m/yy
            let year = widths.2 == 2 ? 2000 + numbers.2 : numbers.2
            return CalendarDate(year: year, month: numbers.1, day: numbers.0).map(CellDate.exact) ?? .invalid(text)
        case (1, 1...2, 1...2, 0) where separator != UInt8(ascii: "."):
            // d/m: a day of the year `DueYearRule` picks; a day no year has is invalid as written.
            let (day, month) = (numbers.0, numbers.1)
            guard (1...12).contains(month), day >= 1, day <= CalendarDate.daysIn(month: month, year: 2024) else { return .invalid(text) }
            return DueYearRule.date(day: day, month: month, today: today).map(CellDate.exact) ?? .invalid(text)
        default:
            return nil
        }
    }
}
