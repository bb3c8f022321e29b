import DanVanText
import Foundation

/// Finds the dated obligations of a plan: fixed dates, monthly and yearly ones, and who gets the reports.
///
///     "- Báo cáo lần 1 trước ngày 03/9/2025."          → "Báo cáo lần 1", round 1, 2025-09-03
///     "… thông qua Sở X trước ngày 15 hằng tháng."     → monthly, day 15, recipient "… (qua Sở X)"
///     "… hằng năm (trước ngày 15 tháng 11) …"          → yearly, 15/11
///     "… xong trong tháng 12/2025."                     → 2025-12-31
///
/// The recipient is the one the sentence names, else the last one named earlier in the same section
/// ("báo cáo kết quả thực hiện về Ủy ban nhân dân xã (qua Phòng Văn hóa - Xã hội)").
struct DeadlineExtractor {
    let vocabulary: PlanVocabulary
    let units: UnitNameReader
    /// The plan's date, which gives a year to "trước ngày 15/12".
    let planDate: CalendarDate?

    struct Found {
        var deadline: Deadline
        var to: String?
        var via: String?
    }

    private var openers: NSRegularExpression {
        let alternatives = vocabulary.deadlineOpeners.map(NSRegularExpression.escapedPattern(for:)).joined(separator: "|")
        return try! NSRegularExpression(pattern: "(?<![a-z])(?:\(alternatives))\\s+")
    }
    private var completion: NSRegularExpression {
        let alternatives = vocabulary.completionOpeners.map(NSRegularExpression.escapedPattern(for:)).joined(separator: "|")
        return try! NSRegularExpression(pattern: "(?<![a-z])(?:\(alternatives))\\s+thang\\s+(\\d{1,2})\\s*(?:/|nam)\\s*(\\d{4})")
    }
    private var monthlyDay: NSRegularExpression {
        let alternatives = vocabulary.monthlyWords.map(NSRegularExpression.escapedPattern(for:)).joined(separator: "|")
        return try! NSRegularExpression(pattern: "ngay\\s+(\\d{1,2})\\s+(?:\(alternatives))")
    }

    func read(_ sections: [PlanSection]) -> [Found] {
        var found: [Found] = []
        let patterns = (openers, completion, monthlyDay)
        for section in sections {
            var lastTo: String?, lastVia: String?
            for text in [section.title] + section.paragraphs {
                for sentence in Self.sentences(LineShape.stripMarker(text)) {
                    let folded = Self.fold(sentence)
                    let reports = vocabulary.reportWords.contains { folded.contains($0) }
                    let (to, via) = reports ? recipient(in: sentence) : (nil, nil)
                    if to != nil || via != nil { (lastTo, lastVia) = (to, via) }
                    guard sentence.contains(where: \.isNumber) else { continue }
                    for var f in deadlines(in: sentence, section: section.id, patterns: patterns) {
                        f.to = to ?? (via == nil ? lastTo : nil)
                        f.via = via ?? (to == nil ? lastVia : nil)
                        f.deadline.recipient = f.to.map { t in f.via.map { "\(t) (qua \($0))" } ?? t } ?? f.via
                        if !found.contains(where: { $0.deadline == f.deadline }) { found.append(f) }
                    }
                }
            }
        }
        return found
    }

    /// Sentences of a paragraph: a "." followed by a space and a capital ends one.
    static func sentences(_ text: String) -> [String] {
        let chars = Array(text)
        var out: [String] = []
        var start = 0
        for i in chars.indices where chars[i] == "." && i + 2 < chars.count && chars[i + 1] == " " && chars[i + 2].isUppercase {
            out.append(String(chars[start...i]).trimmingSpaces())
            start = i + 2
        }
        if start < chars.count { out.append(String(chars[start...]).trimmingSpaces()) }
        return out.filter { !$0.isEmpty }
    }

    private func deadlines(in sentence: String, section: String,
                           patterns: (NSRegularExpression, NSRegularExpression, NSRegularExpression)) -> [Found] {
        let folded = Self.fold(sentence)
        let ns = folded as NSString
        let whole = NSRange(location: 0, length: ns.length)
        let yearly = vocabulary.yearlyWords.contains { folded.contains($0) }
        let monthly = vocabulary.monthlyWords.contains { folded.contains($0) }
        var out: [Found] = []
        var covered: [NSRange] = []
        func make(_ utf16Offset: Int, date: CalendarDate? = nil, recurrence: Deadline.Recurrence? = nil, day: Int? = nil, month: Int? = nil) {
            let at = ns.substring(to: utf16Offset).count
            let (label, round) = self.label(sentence, folded: folded, before: at)
            out.append(Found(deadline: Deadline(label: label, round: round, date: date, recurrence: recurrence, day: day,
                                                month: month, section: section, text: sentence)))
        }
        for m in patterns.0.matches(in: folded, range: whole) {
            let after = m.range.location + m.range.length
            let rest = ns.substring(from: after)
            let dayOnly = rest.prefix { $0.isNumber }
            let afterDay = rest.dropFirst(dayOnly.count)
            if let day = Int(dayOnly), dayOnly.count <= 2, monthly,
               afterDay.first != "/" && afterDay.first != "-" && afterDay.first != "." && !afterDay.hasPrefix(" thang") {
                make(m.range.location, recurrence: .monthly, day: day)
                covered.append(NSRange(location: m.range.location, length: m.range.length + dayOnly.count))
                continue
            }
            guard let mention = DateExtractor.mentions(in: "ngay " + String(rest.prefix(32))).first,
                  mention.range.lowerBound <= 5 else { continue }
            switch mention.value {
            case .date(let d):
                make(m.range.location, date: d)
            case .dayMonth(let d, let mo):
                if yearly {
                    make(m.range.location, recurrence: .yearly, day: d, month: mo)
                } else if let planDate {
                    var y = planDate.year
                    if let c = CalendarDate(year: y, month: mo, day: d), c < planDate { y += 1 }
                    if let c = CalendarDate(year: y, month: mo, day: d) { make(m.range.location, date: c) }
                }
            case .invalid:
                continue
            }
            covered.append(m.range)
        }
        for m in patterns.1.matches(in: folded, range: whole) {
            guard let mo = Int(ns.substring(with: m.range(at: 1))), let y = Int(ns.substring(with: m.range(at: 2))),
                  (1...12).contains(mo), let end = CalendarDate(year: y, month: mo, day: CalendarDate.daysIn(month: mo, year: y))
            else { continue }
            make(m.range.location, date: end)
        }
        for m in patterns.2.matches(in: folded, range: whole) where !covered.contains(where: { NSIntersectionRange($0, m.range).length > 0 }) {
            if let day = Int(ns.substring(with: m.range(at: 1))), (1...31).contains(day) { make(m.range.location, recurrence: .monthly, day: day) }
        }
        return out
    }

    // MARK: Label

    /// "Báo cáo lần 1" with its round, else the "báo cáo …" phrase, else the clause before the date.
    private func label(_ sentence: String, folded: String, before position: Int) -> (String, Int?) {
        let chars = Array(sentence)
        let foldedChars = Array(folded)
        // The clause of the date: "Báo cáo sơ kết … trước ngày 15/6/2025; báo cáo tổng kết … trước ngày 15/12/2025".
        let clauseStart = chars[0..<min(position, chars.count)].lastIndex(of: ";").map { $0 + 1 } ?? 0
        // A "báo cáo" before the date names the obligation; after it, only when nothing else does.
        let clauseBefore = String(chars[clauseStart..<min(position, chars.count)]).trimmingCharacters(in: CharacterSet(charactersIn: " ,;:("))
        let report = vocabulary.reportWords.compactMap { w in firstIndex(of: w, in: foldedChars, from: clauseStart, before: position) }.min()
            ?? (clauseBefore.isEmpty
                ? vocabulary.reportWords.compactMap { w in firstIndex(of: w, in: foldedChars, from: 0, before: foldedChars.count) }.min()
                : nil)
        if let r = report {
            let reportWordCount = vocabulary.reportWords.first.map { $0.split(separator: " ").count } ?? 2
            let ws = UnitNameReader.split(String(chars[r...]))
            if ws.count > reportWordCount + 1 {
                let roundWord = ws[reportWordCount].folded
                var numberIndex = reportWordCount + 1
                if ws[numberIndex].folded == "thu", ws.count > numberIndex + 1 { numberIndex += 1 }
                if vocabulary.roundWords.contains(roundWord), let n = roundNumber(ws[numberIndex].text) {
                    let text = ws[0...numberIndex].map { $0.leading + $0.text }.joined(separator: " ")
                    return (capitalisedFirst(text), n)
                }
            }
            let end = position > r ? min(position, chars.count) : chars.count
            let clause = removingParentheses(String(chars[r..<end]))
            let words = UnitNameReader.split(clause)
            var kept: [String] = []
            for (index, w) in words.enumerated() {
                if index >= reportWordCount, stopAt(words, index) { break }
                kept.append(w.leading + w.text)
                if w.trailing.contains(where: { ",;:(".contains($0) }) { break }
            }
            return (capped(capitalisedFirst(kept.joined(separator: " "))), nil)
        }
        var clause = removingParentheses(clauseBefore)
        if let reading = units.read(clause), !reading.rest.isEmpty { clause = reading.rest }
        for opener in vocabulary.completionOpeners {
            let words = opener.split(separator: " ").count
            let ws = clause.split(separator: " ")
            if ws.count > words, ws.suffix(words).map({ Folding.fold(String($0)) }).joined(separator: " ") == opener {
                clause = ws.dropLast(words).joined(separator: " ")
            }
        }
        return (capped(capitalisedFirst(clause.trimmingCharacters(in: CharacterSet(charactersIn: " ,;:(")))), nil)
    }

    private func stopAt(_ words: [UnitNameReader.Word], _ index: Int) -> Bool {
        for stop in vocabulary.labelStopWords {
            let parts = stop.split(separator: " ").map(String.init)
            guard index + parts.count <= words.count else { continue }
            if words[index..<(index + parts.count)].map({ $0.text.lowercased() }) == parts { return true }
        }
        return false
    }

    private func roundNumber(_ word: String) -> Int? {
        if let n = Int(word) { return n }
        let key = Folding.fold(word)
        return vocabulary.roundNumbers.first { Folding.fold($0.key) == key }?.value
    }

    private func firstIndex(of phrase: String, in folded: [Character], from start: Int, before limit: Int) -> Int? {
        let p = Array(phrase)
        guard p.count <= folded.count else { return nil }
        var i = start
        while i + p.count <= min(folded.count, max(limit, 0) + p.count) && i < folded.count {
            if Array(folded[i..<(i + p.count)]) == p, i == 0 || !folded[i - 1].isLetter { return i }
            i += 1
        }
        return nil
    }

    private func removingParentheses(_ text: String) -> String {
        var out = ""
        var depth = 0
        for c in text {
            if c == "(" { depth += 1; continue }
            if c == ")" { depth = max(0, depth - 1); continue }
            if depth == 0 { out.append(c) }
        }
        return TextCleaner.tidy(out)
    }

    private func capitalisedFirst(_ s: String) -> String {
        guard let f = s.first else { return s }
        return String(f).uppercased() + s.dropFirst()
    }

    private func capped(_ s: String) -> String {
        let words = s.split(separator: " ")
        guard words.count > 14 else { return s }
        return words.prefix(12).joined(separator: " ").trimmingCharacters(in: CharacterSet(charactersIn: ",;:")) + "…"
    }

    // MARK: Recipient

    /// Where the sentence sends a report: "về X", "gửi X", "báo cáo X"; "(qua Y)", "thông qua Y".
    func recipient(in sentence: String) -> (to: String?, via: String?) {
        let words = UnitNameReader.split(sentence)
        let report = vocabulary.reportWords.map { $0.split(separator: " ").map(String.init) }
        guard let r = (0..<words.count).first(where: { i in
            report.contains { p in i + p.count <= words.count && words[i..<(i + p.count)].map(\.folded) == p }
        }) else { return (nil, nil) }
        let reportLength = report.first?.count ?? 2
        var to: String?, via: String?
        func unit(from j: Int) -> String? {
            guard j < words.count else { return nil }
            var ws = words[j...].map { $0.leading + $0.text + $0.trailing }
            ws[0] = ws[0].trimmingCharacters(in: CharacterSet(charactersIn: "(“\""))
            return units.read(ws.joined(separator: " "))?.units.first
        }
        func phrase(_ list: [String], at j: Int) -> Int? {
            for p in list.map({ $0.split(separator: " ").map(String.init) }).sorted(by: { $0.count > $1.count })
            where j + p.count <= words.count && words[j..<(j + p.count)].map({ $0.text.lowercased() }) == p {
                return p.count
            }
            return nil
        }
        var j = r + reportLength
        if to == nil, let u = unit(from: j) { to = u }
        while j < words.count {
            if via == nil, let n = phrase(vocabulary.viaOpeners, at: j), let u = unit(from: j + n) { via = u }
            if to == nil, let n = phrase(vocabulary.recipientOpeners, at: j), let u = unit(from: j + n) { to = u }
            if to != nil && via != nil { break }
            j += 1
        }
        return (to, via)
    }

    /// Folds character by character, so offsets in the fold are offsets in the text.
    static func fold(_ text: String) -> String { FastFold.fold(text) }
}
