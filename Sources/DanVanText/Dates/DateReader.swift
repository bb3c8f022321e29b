/// One reading of a text by the date grammar: the tokens, the words, today, and the rules of
/// `DateGrammar` (phrases are sequences of atoms, joined or not by "và", after optional leads).
struct DateReader {
    let characters: [Character]
    let toks: [Token]
    let w: CompiledDateWords
    let today: CalendarDate
    let lookBack: Int
    /// In a deadline's place: "15.12" and a bare "ngày 15" are dates.
    let anchored: Bool

    init(text: String, words: CompiledDateWords, today: CalendarDate, lookBack: Int, anchored: Bool) {
        let nfc = Folding.nfc(text)
        characters = Array(nfc)
        w = words
        self.today = today
        self.lookBack = lookBack
        self.anchored = anchored
        toks = Self.expand(Tokenizer.tokens(nfc), words: words)
    }

    /// Splits "lan/ngay" and "iv/2025" into their words; dates ("15/12/2025") and codes stay whole.
    static func expand(_ tokens: [Token], words: CompiledDateWords) -> [Token] {
        var out: [Token] = []
        for t in tokens {
            let parts = t.text.split(separator: "/", omittingEmptySubsequences: false)
            // Only a token whose folded text maps one to one onto its characters can be cut by offsets.
            guard parts.count > 1, t.text.count == t.end - t.start, t.text.contains(where: \.isLetter),
                  parts.allSatisfy({ p in !p.isEmpty && (p.allSatisfy(\.isNumber) || words.splittable.contains(String(p))) })
            else { out.append(t); continue }
            var offset = t.start
            for p in parts {
                out.append(Token(text: String(p), start: offset, end: min(t.end, offset + p.count)))
                offset += p.count + 1
            }
        }
        return out
    }

    // MARK: Atoms

    enum Atom {
        case day(Int)
        case dayMonth(Int, Int, written: String)
        case full(CalendarDate)
        case relative(CalendarDate)
        case weekday(Int, weekOffset: Int?)
        case period(CalendarDate, CalendarDate, relative: Bool)
        case window(CalendarDate, CalendarDate)
        case time(TimeOfDay)
        case frequency(Recurrence.Frequency, Int)
        case perPeriod(Int, Recurrence.Frequency)
        case continuous
        case offset(Int, String)
    }

    func text(_ i: Int) -> String? { i >= 0 && i < toks.count ? toks[i].text : nil }

    func match(_ phrases: [[String]], at i: Int) -> Int? {
        for p in phrases where i + p.count <= toks.count {
            if (0..<p.count).allSatisfy({ toks[i + $0].text == p[$0] }) { return i + p.count }
        }
        return nil
    }

    func match<T>(_ phrases: [([String], T)], at i: Int) -> (end: Int, value: T)? {
        for (p, v) in phrases where i + p.count <= toks.count {
            if (0..<p.count).allSatisfy({ toks[i + $0].text == p[$0] }) { return (i + p.count, v) }
        }
        return nil
    }

    /// A count: digits (at most 4), or a number word when `words` allowed.
    func number(at i: Int, words: Bool) -> Int? {
        guard let t = text(i) else { return nil }
        if t.allSatisfy(\.isNumber), t.count <= 4 { return Int(t) }
        return words ? w.numberWords[t] : nil
    }

    func unit(at i: Int) -> (end: Int, value: DateUnit)? { match(w.units, at: i) }

    /// Whether tokens `a` and `b` (b > a) stand in one sentence (no ".", ";", ":" or line break between).
    func sameClause(_ a: Int, _ b: Int) -> Bool {
        guard a < toks.count, b < toks.count, a < b else { return true }
        let gap = characters[toks[a].end..<toks[b].start]
        return !gap.contains { $0 == "." || $0 == ";" || $0 == ":" || $0 == "\n" || $0 == "!" || $0 == "?" }
    }

    /// The atom at token `i`, and the index after it.
    func atom(at i: Int, dayLead: Bool) throws -> (Atom, Int)? {
        guard i < toks.count else { return nil }
        if let end = match(w.continuous, at: i) { return (.continuous, end) }
        if let a = frequency(at: i) { return a }
        if let a = duration(at: i) { return a }
        if let a = time(at: i) { return a }
        if let m = match(w.relativeDays, at: i) { return (.relative(today.adding(days: m.value)), m.end) }
        if let a = weekday(at: i) { return a }
        if let a = try positioned(at: i) { return a }
        if let a = try period(at: i) { return a }
        return try date(at: i, dayLead: dayLead)
    }

    /// "hằng tháng", "mỗi tuần", "định kỳ 6 tháng", "02 lần/ngày".
    func frequency(at i: Int) -> (Atom, Int)? {
        if let e = match(w.every, at: i), let u = unit(at: e) { return (.frequency(u.value.frequency, 1), u.end) }
        if let p = match(w.periodic, at: i) {
            if let e = match(w.every, at: p), let u = unit(at: e) { return (.frequency(u.value.frequency, 1), u.end) }
            if let n = number(at: p, words: true), n > 0, let u = unit(at: p + 1) { return (.frequency(u.value.frequency, n), u.end) }
            if let u = unit(at: p) { return (.frequency(u.value.frequency, 1), u.end) }
        }
        if let n = number(at: i, words: true), n > 0, n < 100, let l = match(w.timesWord, at: i + 1) {
            let afterPer = match(w.perWords, at: l) ?? l
            if let u = unit(at: afterPer) { return (.perPeriod(n, u.value.frequency), u.end) }
        }
        return nil
    }

    /// "trong 10 ngày", "trong thời hạn 10 ngày kể từ ngày nhận …", "sau 2 tuần", "3 ngày nữa", "10 ngày tới".
    func duration(at i: Int) -> (Atom, Int)? {
        func span(_ n: Int, _ u: DateUnit) -> DateSpan { DateSpan(count: n, unit: u, written: "") }
        if let s = match(w.within, at: i), let n = number(at: s, words: true), n > 0, let u = unit(at: s + 1) {
            if let a = match(w.anchors, at: u.end) {
                var end = a
                while end < toks.count, end - a < 12, sameClause(end - 1, end), !commaBefore(end) || end == a { end += 1 }
                guard end > a else { return nil }
                let anchor = String(characters[toks[a].start..<toks[end - 1].end])
                return (.offset(span(n, u.value).approximateDays, anchor), end)
            }
            return (.window(today, span(n, u.value).after(today)), u.end)
        }
        if let s = match(w.after, at: i), let n = number(at: s, words: true), n > 0, let u = unit(at: s + 1) {
            return (.relative(span(n, u.value).after(today)), u.end)
        }
        if let n = number(at: i, words: true), n > 0, let u = unit(at: i + 1) {
            if let e = match(w.aheadDay, at: u.end) { return (.relative(span(n, u.value).after(today)), e) }
            if let e = match(w.aheadWindow, at: u.end) { return (.window(today, span(n, u.value).after(today)), e) }
        }
        return nil
    }

    /// "thêm 1 tuần", "thêm hai tháng nữa" starting at character `offset` (see `DateGrammar.addedLength`).
    func addedLength(at offset: Int) -> (span: DateSpan, end: Int)? {
        guard let i = toks.firstIndex(where: { $0.start >= offset }), let s = match(w.extend, at: i),
              let n = number(at: s, words: true), n > 0, let u = unit(at: s + 1) else { return nil }
        let end = match(w.aheadDay, at: u.end) ?? u.end
        let written = String(characters[toks[s].start..<toks[u.end - 1].end])
        return (DateSpan(count: n, unit: u.value, written: written), toks[end - 1].end)
    }

    func commaBefore(_ i: Int) -> Bool {
        guard i > 0, i < toks.count else { return false }
        return characters[toks[i - 1].end..<toks[i].start].contains { $0 == "," || $0 == "(" || $0 == ")" }
    }

    /// "19h00", "9h", "16g30", "16 giờ 30", "8 giờ 30 phút".
    func time(at i: Int) -> (Atom, Int)? {
        guard let t = text(i) else { return nil }
        let digits = t.prefix { $0.isNumber }
        if !digits.isEmpty, digits.count <= 2, t.count > digits.count, w.hourLetters.contains(t[t.index(t.startIndex, offsetBy: digits.count)]) {
            let rest = t.dropFirst(digits.count + 1)
            guard rest.isEmpty || (rest.count == 2 && rest.allSatisfy(\.isNumber)),
                  let h = Int(digits), let time = TimeOfDay(hour: h, minute: Int(rest) ?? 0) else { return nil }
            return (.time(time), i + 1)
        }
        if let h = number(at: i, words: false), let g = match(w.hourWords, at: i + 1) {
            var end = g
            var minute = 0
            if let m = number(at: g, words: false), m < 60, (text(g)?.count ?? 0) <= 2 {
                minute = m
                end = match(w.minuteWords, at: g + 1) ?? g + 1
            }
            guard let time = TimeOfDay(hour: h, minute: minute) else { return nil }
            return (.time(time), end)
        }
        return nil
    }

    /// "thứ sáu", "thứ 6 tuần sau", "chủ nhật tuần này" (not "lần thứ hai").
    func weekday(at i: Int) -> (Atom, Int)? {
        guard let m = match(w.weekdays, at: i) else { return nil }
        for b in w.weekdayBlockers where i - b.count >= 0 && match([b], at: i - b.count) == i { return nil }
        if let u = unit(at: m.end), u.value == .week, let o = match(w.periodOffsets, at: u.end) {
            return (.weekday(m.value, weekOffset: o.value), o.end)
        }
        return (.weekday(m.value, weekOffset: nil), m.end)
    }

    /// "đầu tháng sau", "giữa tháng", "cuối quý", "cuối năm 2025", "cuối tháng 12".
    func positioned(at i: Int) throws -> (Atom, Int)? {
        guard let p = match(w.positions, at: i) else { return nil }
        var found = try period(at: p.end)
        if found == nil, let u = unit(at: p.end) {
            // "cuối tháng", "cuối năm": the current period.
            found = periodAround(today, u.value, offset: 0).map { (.period($0.0, $0.1, relative: true), u.end) }
        }
        guard let (atom, end) = found, case .period(let a, let b, let relative) = atom else { return nil }
        let day: CalendarDate
        switch p.value {
        case .start: day = a
        case .end: day = b
        case .middle: day = a.adding(days: a.days(until: b) / 2)
        }
        return (relative ? .relative(day) : .full(day), end)
    }

    /// The period of unit `u` holding `date`, moved by `offset` periods.
    func periodAround(_ date: CalendarDate, _ u: DateUnit, offset: Int) -> (CalendarDate, CalendarDate)? {
        switch u {
        case .day: return nil
        case .week:
            let start = date.startOfWeek.adding(days: 7 * offset)
            return (start, start.adding(days: 6))
        case .month:
            let start = date.startOfMonth(offset: offset)
            return (start, start.endOfMonth)
        case .quarter:
            let start = date.startOfQuarter.adding(months: 3 * offset)
            return (start, CalendarDate.endOfQuarter(start.quarter, year: start.year))
        case .year:
            let y = date.year + offset
            guard let a = CalendarDate(year: y, month: 1, day: 1), let b = CalendarDate(year: y, month: 12, day: 31) else { return nil }
            return (a, b)
        }
    }

    /// "tuần sau", "tháng này", "tháng 12", "tháng 12/2025", "quý IV/2025", "quý 4 năm 2025", "năm 2025", "năm ngoái".
    func period(at i: Int) throws -> (Atom, Int)? {
        guard let u = unit(at: i), u.value != .day else { return nil }
        if let o = match(w.periodOffsets, at: u.end), number(at: u.end, words: false) == nil {
            guard let (a, b) = periodAround(today, u.value, offset: o.value) else { return nil }
            return (.period(a, b, relative: true), o.end)
        }
        guard let t = text(u.end) else { return nil }
        /// A year after the number: "/2025" inside the token, "năm 2025", or a bare "2025".
        func year(after j: Int) -> (Int, Int)? {
            if let y = number(at: j, words: false), text(j)?.count == 4 { return (y, j + 1) }
            if let yu = unit(at: j), yu.value == .year, let y = number(at: yu.end, words: false), text(yu.end)?.count == 4 {
                return (y, yu.end + 1)
            }
            return nil
        }
        switch u.value {
        case .month:
            let parts = t.split(whereSeparator: { $0 == "/" || $0 == "-" || $0 == "." })
            guard !parts.isEmpty, parts.allSatisfy({ $0.allSatisfy(\.isNumber) }), parts[0].count <= 2, let m = Int(parts[0]) else { return nil }
            var y: Int?
            var end = u.end + 1
            if parts.count == 2, parts[1].count == 4 { y = Int(parts[1]) } else if parts.count != 1 { return nil }
            if y == nil, let (yy, e) = year(after: end) { y = yy; end = e }
            guard (1...12).contains(m) else { throw invalid(u.end..<end) }
            let year = y ?? yearFor(day: CalendarDate.daysIn(month: m, year: today.year), month: m)
            let start = CalendarDate.clamped(year: year, month: m, day: 1)
            return (.period(start, start.endOfMonth, relative: y == nil), end)
        case .quarter:
            let q: Int
            if let r = w.romanNumbers[t] { q = r } else if let n = number(at: u.end, words: false), (1...4).contains(n), t.count == 1 { q = n } else { return nil }
            var end = u.end + 1
            var y: Int?
            if let (yy, e) = year(after: end) { y = yy; end = e }
            let year = y ?? today.year
            let start = CalendarDate.clamped(year: year, month: 3 * q - 2, day: 1)
            return (.period(start, CalendarDate.endOfQuarter(q, year: year), relative: y == nil), end)
        case .year:
            guard t.count == 4, let y = Int(t), (1900...2200).contains(y),
                  let a = CalendarDate(year: y, month: 1, day: 1), let b = CalendarDate(year: y, month: 12, day: 31) else { return nil }
            return (.period(a, b, relative: false), u.end + 1)
        case .week, .day:
            return nil
        }
    }

    /// "15/12/2025", "15-12", "ngày 15 tháng 12 năm 2025", "ngày 15 tháng sau", "ngày 15", "15.12" (anchored).
    func date(at i: Int, dayLead: Bool) throws -> (Atom, Int)? {
        var j = i
        var lead = dayLead
        if let t = text(j), w.dayWords.contains(t) { j += 1; lead = true }
        guard let t = text(j) else { return nil }
        if t.contains(where: { $0 == "/" || $0 == "-" || $0 == "." }) {
            return try numeric(t, at: j, lead: lead).map { ($0, j + 1) }
        }
        guard lead || anchored, let d = number(at: j, words: false), t.count <= 2 else { return nil }
        if let u = unit(at: j + 1), u.value == .month {
            if let o = match(w.periodOffsets, at: u.end), number(at: u.end, words: false) == nil {
                let month = today.startOfMonth(offset: o.value)
                guard d >= 1, d <= 31 else { throw invalid(j..<o.end) }
                return (.relative(CalendarDate.clamped(year: month.year, month: month.month, day: d)), o.end)
            }
            if let m = number(at: u.end, words: false), text(u.end)?.count ?? 3 <= 2 {
                var end = u.end + 1
                var y: Int?
                if let yu = unit(at: end), yu.value == .year, let yy = number(at: yu.end, words: false), text(yu.end)?.count == 4 {
                    y = yy; end = yu.end + 1
                } else if let yy = number(at: end, words: false), text(end)?.count == 4 {
                    y = yy; end += 1
                }
                return (try dayMonthYear(d, m, y, written: "\(d)/\(m)" + (y.map { "/\($0)" } ?? ""), tokens: j..<end), end)
            }
        }
        guard lead, (1...31).contains(d) else {
            if lead { throw invalid(j..<(j + 1)) }
            return nil
        }
        return (.day(d), j + 1)
    }

    /// A date written with separators: "15/12/2025", "15-12-25", "15/12", "15.12" (anchored or after "ngày").
    func numeric(_ t: String, at j: Int, lead: Bool) throws -> Atom? {
        let separators = t.filter { $0 == "/" || $0 == "-" || $0 == "." }
        guard let sep = separators.first, separators.allSatisfy({ $0 == sep }) else { return nil }
        let parts = t.split(separator: sep, omittingEmptySubsequences: false)
        guard parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isNumber) }), parts[0].count <= 2, parts[1].count <= 2 else {
            // "12/2025" alone: a month.
            if parts.count == 2, parts[0].count <= 2, parts[1].count == 4, parts.allSatisfy({ $0.allSatisfy(\.isNumber) }),
               let m = Int(parts[0]), let y = Int(parts[1]) {
                guard (1...12).contains(m) else { throw invalid(j..<(j + 1)) }
                let start = CalendarDate.clamped(year: y, month: m, day: 1)
                return .period(start, start.endOfMonth, relative: false)
            }
            return nil
        }
        guard let d = Int(parts[0]), let m = Int(parts[1]) else { return nil }
        switch parts.count {
        case 2:
            if sep == ".", !(lead || anchored) { return nil }  // "1.2" is a section number
            return try dayMonthYear(d, m, nil, written: t, tokens: j..<(j + 1))
        case 3:
            guard parts[2].count == 2 || parts[2].count == 4, let y = Int(parts[2]) else { return nil }
            return try dayMonthYear(d, m, parts[2].count == 2 ? 2000 + y : y, written: t, tokens: j..<(j + 1))
        default:
            return nil
        }
    }

    func dayMonthYear(_ d: Int, _ m: Int, _ y: Int?, written: String, tokens: Range<Int>) throws -> Atom {
        if let y {
            guard let date = CalendarDate(year: y, month: m, day: d) else { throw invalid(tokens) }
            return .full(date)
        }
        guard (1...12).contains(m), d >= 1, d <= CalendarDate.daysIn(month: m, year: 2024) else { throw invalid(tokens) }
        return .dayMonth(d, m, written: written)
    }

    /// The year of a day and month written without one, by `lookBack`.
    func yearFor(day: Int, month: Int) -> Int {
        let probe = CalendarDate.clamped(year: today.year, month: month, day: day)
        return probe.days(until: today) > lookBack ? today.year + 1 : today.year
    }

    func invalid(_ tokens: Range<Int>) -> InvalidDate {
        let lo = toks[tokens.lowerBound].start, hi = toks[max(tokens.lowerBound, tokens.upperBound - 1)].end
        return InvalidDate(text: String(characters[lo..<hi]), characters: lo..<hi)
    }
}
