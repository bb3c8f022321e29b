extension DateReader {
    /// The phrase starting at the first token at or after character `offset`.
    mutating func phrase(startingAt offset: Int) throws -> DateMatch? {
        guard let i = toks.firstIndex(where: { $0.start >= offset }) else { return nil }
        return try phrase(at: i)
    }

    /// Every phrase of the text, left to right; impossible dates are listed apart.
    mutating func scan() -> DateScan {
        var found = DateScan(matches: [], invalid: [])
        var i = 0
        while i < toks.count {
            // Most words start no phrase: only a number or a word of the vocabulary can.
            guard toks[i].text.first?.isNumber == true || w.starters.contains(toks[i].text) else {
                i += 1
                continue
            }
            do {
                if let m = try phrase(at: i) {
                    found.matches.append(m)
                    i = max(m.tokens.upperBound, i + 1)
                    continue
                }
            } catch let bad as InvalidDate {
                found.invalid.append(bad)
                i = max(i + 1, toks.firstIndex { $0.start >= bad.characters.upperBound } ?? toks.count)
                continue
            } catch {}
            i += 1
        }
        return found
    }

    /// Leads, atoms and joiners from token `start`, within one sentence; nil when no atom comes.
    func phrase(at start: Int) throws -> DateMatch? {
        var atoms: [Atom] = []
        var i = start
        var end = start
        while i < toks.count {
            if !atoms.isEmpty, !sameClause(end - 1, i) { break }
            // An atom may itself start with a lead word ("ngày kia", "sau 2 tuần"): try it first.
            var found = try atom(at: i, dayLead: false)
            if found == nil, let l = longestLead(at: i) { found = try atom(at: l.end, dayLead: l.dayWord) }
            guard let (atom, next) = found else { break }
            atoms.append(atom)
            end = next
            i = next
            if let joined = match(w.joiners, at: i) { i = joined }
        }
        guard !atoms.isEmpty, let (phrase, times, perPeriod, relative) = try combine(atoms, tokens: start..<end) else { return nil }
        let lo = toks[start].start, hi = toks[end - 1].end
        let yearless = atoms.contains { if case .dayMonth = $0 { return true }; return false }
        return DateMatch(phrase: phrase, times: times, timesPerPeriod: perPeriod, dependsOnToday: relative, yearless: yearless,
                         tokens: start..<end, characters: lo..<hi, text: String(characters[lo..<hi]))
    }

    /// The longest lead at `i` ("trước ngày", "chậm nhất"), and whether it ends with "ngày".
    func longestLead(at i: Int) -> (end: Int, dayWord: Bool)? {
        var best: (Int, Bool)?
        for l in w.leads {
            if let e = match([l], at: i), e > (best?.0 ?? i) { best = (e, l.last.map { w.dayWords.contains($0) } ?? false) }
        }
        return best.map { (end: $0.0, dayWord: $0.1) }
    }

    /// What the atoms say together.
    func combine(_ atoms: [Atom], tokens: Range<Int>) throws
        -> (DatePhrase, [TimeOfDay], Int?, Bool)? {
        var times: [TimeOfDay] = []
        var frequency: (Recurrence.Frequency, Int)?
        var perPeriod: Int?
        var continuous = false
        var offset: (Int, String)?
        var dates: [CalendarDate] = []
        var days: [Int] = []
        var dayMonths: [(Int, Int, String)] = []
        var weekdays: [Int] = []
        var ranges: [(CalendarDate, CalendarDate)] = []
        var relative = false
        for a in atoms {
            switch a {
            case .time(let t): times.append(t)
            case .frequency(let f, let n): if frequency == nil { frequency = (f, n) }
            case .perPeriod(let n, let f):
                perPeriod = n
                if frequency == nil { frequency = (f, 1) }
            case .continuous: continuous = true
            case .offset(let n, let anchor): offset = (n, anchor)
            case .full(let d): dates.append(d); dayMonths.append((d.day, d.month, ""))
            case .relative(let d): dates.append(d); relative = true
            case .day(let d): days.append(d)
            case .dayMonth(let d, let m, let written): dayMonths.append((d, m, written))
            case .weekday(let wd, let off):
                weekdays.append(wd)
                relative = true
                if let off {
                    dates.append(today.startOfWeek.adding(days: 7 * off + wd - 1))
                } else {
                    dates.append(today.adding(days: (wd - today.weekday + 7) % 7))
                }
            case .period(let a, let b, let r): ranges.append((a, b)); relative = relative || r
            case .window(let a, let b): ranges.append((a, b)); relative = true
            }
        }
        if let offset { return (.offset(days: offset.0, anchor: offset.1), times, perPeriod, false) }
        if let (f, n) = frequency {
            var rules: [Recurrence] = []
            switch f {
            case .yearly:
                rules = dayMonths.map { Recurrence(.yearly, interval: n, day: $0.0, month: $0.1) }
                if rules.isEmpty, !ranges.isEmpty {
                    rules = ranges.map { Recurrence(.yearly, interval: n, day: $0.1.day, month: $0.1.month) }
                }
            case .monthly, .quarterly:
                rules = (days + dayMonths.map(\.0)).map { Recurrence(f, interval: n, day: $0) }
            case .weekly:
                rules = weekdays.map { Recurrence(.weekly, interval: n, day: $0) }
            case .daily:
                break
            }
            if rules.isEmpty { rules = [Recurrence(f, interval: n)] }
            return (.recurring(rules), times, perPeriod, false)
        }
        if continuous { return (.continuous, times, perPeriod, false) }
        for d in days {
            // "ngày 15": the next 15th (this month's when still to come).
            var c = CalendarDate.clamped(year: today.year, month: today.month, day: d)
            if c < today { c = CalendarDate.clamped(year: today.adding(months: 1).year, month: today.adding(months: 1).month, day: d) }
            dates.append(c)
            relative = true
        }
        for (d, m, written) in dayMonths where !written.isEmpty {
            let y = yearFor(day: d, month: m)
            guard let c = CalendarDate(year: y, month: m, day: d) else {
                throw InvalidDate(text: "\(CalendarDate.padded(d, 2))/\(CalendarDate.padded(m, 2))/\(y)",
                                  characters: toks[tokens.lowerBound].start..<toks[tokens.upperBound - 1].end)
            }
            dates.append(c)
        }
        if !dates.isEmpty {
            return (dates.count == 1 ? .date(dates[0]) : .dates(dates), times, perPeriod, relative)
        }
        if !ranges.isEmpty, let lo = ranges.map(\.0).min(), let hi = ranges.map(\.1).max() {
            return (.range(lo, hi), times, perPeriod, relative)
        }
        if !times.isEmpty { return (.timeOnly, times, perPeriod, true) }
        return nil
    }

    /// See `DateGrammar.looksLikeDate`.
    func looksLikeDate(at offset: Int) -> Bool {
        guard var i = toks.firstIndex(where: { $0.start >= offset }) else { return false }
        if let l = longestLead(at: i) {
            if l.dayWord, let t = text(l.end), t.first?.isNumber == true { return true }
            i = l.end
        }
        guard let t = text(i) else { return false }
        let isNumber = { (j: Int) in self.number(at: j, words: true) != nil }
        if t.first?.isNumber == true, t.contains(where: { "/-.".contains($0) || w.hourLetters.contains($0) }) { return true }
        if isNumber(i), unit(at: i + 1) != nil || match(w.timesWord, at: i + 1) != nil || match(w.hourWords, at: i + 1) != nil { return true }
        if match(w.relativeDays, at: i) != nil || weekday(at: i) != nil { return true }
        if match(w.every, at: i).flatMap({ unit(at: $0) }) != nil || match(w.periodic, at: i) != nil || match(w.continuous, at: i) != nil {
            return true
        }
        if let s = match(w.within, at: i) ?? match(w.after, at: i), isNumber(s) || unit(at: s) != nil { return true }
        if let p = match(w.positions, at: i), unit(at: p.end) != nil { return true }
        if let u = unit(at: i) {
            if u.value == .day { return text(u.end)?.first?.isNumber == true }
            return isNumber(u.end) || match(w.periodOffsets, at: u.end) != nil || w.romanNumbers[text(u.end) ?? ""] != nil
        }
        return false
    }
}
