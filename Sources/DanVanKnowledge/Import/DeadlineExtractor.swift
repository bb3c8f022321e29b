import DanVanText
import Foundation

/// Finds the dated obligations of a plan: fixed dates, recurring ones (with their times of day),
/// delays counted from an event, and who gets the reports. Dates are read by the date grammar.
///
///     "- Báo cáo lần 1 trước ngày 03/9/2025."          → "Báo cáo lần 1", round 1, 2025-09-03
///     "… thông qua Sở X trước ngày 15 hằng tháng."     → monthly, day 15, recipient "… (qua Sở X)"
///     "… hằng năm (trước ngày 15 tháng 11) …"          → yearly, 15/11
///     "… trước ngày 01/6 và 15/11 hằng năm."            → yearly 01/6 and yearly 15/11
///     "… báo cáo 02 lần/ngày (trước 9h00 và 16h00)."    → daily, twice, 9h00 and 16h00
///     "… trong thời hạn 10 ngày kể từ ngày nhận …"      → 10 days from "ngày nhận …"
///     "… xong trong tháng 12/2025.", "… hoàn thành trong Quý IV/2025" → the period's last day
///     "Thời gian thực hiện: Tháng 12/2025." (no deadline word)       → 31/12/2025, the task above it
///     "Các Trung tâm y tế … báo cáo hằng ngày."                        → daily
///     "… báo cáo kết quả UBND tỉnh (qua Công an tỉnh) trong tháng 11/2025." → 30/11/2025
///
/// No deadline: "Thời gian thực hiện: Từ 01/7/2025" (a start), "Năm 2025 và các năm tiếp theo",
/// "Thường xuyên", "Hằng năm", "Từ tháng 3 đến tháng 11 hằng năm" (a season), a report "hằng năm" with no day.
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
        return try! NSRegularExpression(pattern: "(?<![a-z])(?:\(alternatives))\\s+")
    }
    private var reportPeriod: NSRegularExpression {
        let alternatives = vocabulary.reportPeriodOpeners.map(NSRegularExpression.escapedPattern(for:)).joined(separator: "|")
        return try! NSRegularExpression(pattern: "(?<![a-z])(?:\(alternatives))\\s+")
    }

    func read(_ sections: [PlanSection]) -> [Found] {
        var found: [Found] = []
        let patterns = Patterns(deadline: openers, completion: completion, reportPeriod: reportPeriod)
        for section in sections {
            var lastTo: String?, lastVia: String?
            let texts = [section.title] + section.paragraphs
            for (index, text) in texts.enumerated() {
                let before = found.count
                for sentence in Self.sentences(LineShape.stripMarker(text)) {
                    let folded = Self.fold(sentence)
                    let reports = vocabulary.reportWords.contains { folded.contains($0) }
                    let (to, via) = reports ? recipient(in: sentence) : (nil, nil)
                    if to != nil || via != nil { (lastTo, lastVia) = (to, via) }
                    guard sentence.contains(where: \.isNumber) || reports else { continue }
                    for var f in deadlines(in: sentence, section: section.id, patterns: patterns, reports: reports) {
                        f.to = to ?? (via == nil ? lastTo : nil)
                        f.via = via ?? (to == nil ? lastVia : nil)
                        f.deadline.recipient = f.to.map { t in f.via.map { "\(t) (qua \($0))" } ?? t } ?? f.via
                        // "Thời gian thực hiện: Hoàn thành trong năm 2025.": the task is the item above, not the label.
                        let labelKey = Self.fold(f.deadline.label).trimmingCharacters(in: CharacterSet(charactersIn: " :.").union(.letters.inverted))
                        if index > 0, vocabulary.timingLabels.contains(labelKey) {
                            f.deadline.label = capped(capitalisedFirst(task(before: index, in: texts)))
                        }
                        if !found.contains(where: { $0.deadline == f.deadline }) { found.append(f) }
                    }
                }
                // "Thời gian thực hiện: Tháng 12/2025." with no deadline word: the end of the period it names.
                if found.count == before, let f = timingDeadline(texts, at: index, section: section),
                   !found.contains(where: { $0.deadline == f.deadline }) {
                    found.append(f)
                }
            }
        }
        return found
    }

    private struct Patterns {
        var deadline: NSRegularExpression
        var completion: NSRegularExpression
        var reportPeriod: NSRegularExpression
    }

    // MARK: Timing lines

    /// The deadline a timing line gives: "Thời gian thực hiện: Tháng 12/2025." (the task is the section's
    /// title), or a heading "Thời gian thực hiện" whose first paragraph is "Từ nay đến hết năm 2025.".
    /// A time that goes on or waits for an event (`openEndedTimings`) gives none.
    private func timingDeadline(_ texts: [String], at index: Int, section: PlanSection) -> Found? {
        let line = LineShape.stripMarker(texts[index])
        let folded = Self.fold(line)
        guard let label = vocabulary.timingLabels.sorted(by: { $0.count > $1.count }).first(where: { folded.hasPrefix($0) }) else {
            return nil
        }
        let rest = line.dropFirst(label.count).drop { $0 == " " }
        let value: String
        if rest.first == ":" {
            value = String(rest.dropFirst()).trimmingSpaces()
        } else if !rest.isEmpty {
            return nil
        } else {
            value = ""
        }
        let heading = String(line.prefix(label.count))
        if value.isEmpty {
            // The heading alone: its value is the section's first paragraph.
            guard index == 0, let first = texts.dropFirst().first else { return nil }
            return timingDeadline(value: LineShape.stripMarker(first), label: heading, text: first, section: section.id)
        }
        let task = index == 0 ? heading : self.task(before: index, in: texts)
        return timingDeadline(value: value, label: task, text: line, section: section.id)
    }

    /// The task a label line belongs to: the nearest list item above it that is not itself a label line
    /// ("- Ra mắt AI pháp luật …" above "Đơn vị chủ trì: …" and "Thời gian thực hiện: Tháng 12/2025."),
    /// else the section's title.
    private func task(before index: Int, in texts: [String]) -> String {
        for k in stride(from: index - 1, to: 0, by: -1) {
            let line = LineShape.stripMarker(texts[k])
            let head = line.split(separator: " ").prefix(6).joined(separator: " ")
            if line != texts[k].trimmingSpaces(), !head.contains(":") { return line }
        }
        return texts[0].trimmingCharacters(in: CharacterSet(charactersIn: " .:;"))
    }

    private func timingDeadline(value: String, label: String, text: String, section: String) -> Found? {
        let folded = Self.fold(value)
        guard value.contains(where: \.isNumber),
              !vocabulary.openEndedTimings.contains(where: { Self.containsWords(folded, $0) }) else { return nil }
        // "Từ 01/7/2025": a start, not an end.
        if startsWindow(folded), !vocabulary.timingEndWords.contains(where: { Self.containsWords(folded, $0) }) { return nil }
        let today = planDate ?? CalendarDate(year: 2000, month: 1, day: 1)!
        var end: CalendarDate?
        let matches = DateGrammar.shared.scan(value, today: today, lookBack: 0).matches
        // A number the grammar did not read after the last date ("Từ năm 2026 - 2030"): the end is not known.
        if let last = matches.last, Array(value).dropFirst(last.characters.upperBound).contains(where: \.isNumber) { return nil }
        for m in matches {
            guard !m.dependsOnToday, !(m.yearless && planDate == nil) else { return nil }
            switch m.phrase {
            case .date(let d): end = max(end ?? d, d)
            case .dates(let ds): if let d = ds.max() { end = max(end ?? d, d) }
            case .range(_, let d): end = max(end ?? d, d)
            case .recurring, .offset, .continuous, .timeOnly: return nil
            }
        }
        guard let end else { return nil }
        return Found(deadline: Deadline(label: capped(capitalisedFirst(label)), date: end, section: section, text: text))
    }

    /// Whether the folded text starts with a start word ("từ", "bắt đầu từ").
    private func startsWindow(_ folded: String) -> Bool {
        let words = folded.split { !$0.isLetter && !$0.isNumber }.map(String.init)
        return vocabulary.timingStartWords.contains { w in
            let parts = w.split(separator: " ").map(String.init)
            return words.starts(with: parts)
        }
    }

    /// Whether `phrase` stands in `text` as whole words (both folded).
    private static func containsWords(_ text: String, _ phrase: String) -> Bool {
        (" " + text.split { !$0.isLetter && !$0.isNumber }.joined(separator: " ") + " ").contains(" " + phrase + " ")
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

    private func deadlines(in sentence: String, section: String, patterns: Patterns, reports: Bool) -> [Found] {
        let folded = Self.fold(sentence)
        let ns = folded as NSString
        let whole = NSRange(location: 0, length: ns.length)
        let grammar = DateGrammar.shared
        // Without the plan's date, a day and month with no year cannot be placed (unless it recurs).
        let today = planDate ?? CalendarDate(year: 2000, month: 1, day: 1)!
        let scan = grammar.scan(sentence, today: today, lookBack: 0)
        let yearlyRule = scan.matches.contains { m in
            if case .recurring(let rules) = m.phrase { return rules.contains { $0.frequency == .yearly } }
            return false
        }
        var out: [Found] = []
        var covered: [Range<Int>] = []
        func make(_ at: Int, _ fields: (inout Deadline) -> Void) {
            let (label, round) = self.label(sentence, folded: folded, before: at)
            var d = Deadline(label: label, round: round, section: section, text: sentence)
            fields(&d)
            out.append(Found(deadline: d))
        }
        /// Every deadline one phrase of the grammar names.
        func take(_ m: DateMatch, at: Int, periodsToo: Bool) -> Bool {
            // One phrase, one deadline ("hoàn thành trong tháng 11/2025" is read after "hoàn thành trong" and "trong").
            guard !covered.contains(where: { $0.overlaps(m.characters) }) else { return true }
            let times = m.times.isEmpty ? nil : m.times
            switch m.phrase {
            case .date, .dates:
                // A plan's deadlines are written dates: "ngày 20" alone (of which month?) is not one.
                let dates = Self.days(m.phrase)
                guard !dates.isEmpty, !m.dependsOnToday else { return false }
                if m.yearless, yearlyRule {
                    for d in dates { make(at) { $0.recurrence = .yearly; $0.day = d.day; $0.month = d.month; $0.times = times } }
                } else if m.yearless, planDate == nil {
                    return false
                } else {
                    for d in dates { make(at) { $0.date = d; $0.times = times } }
                }
            case .recurring(let rules):
                for r in rules {
                    make(at) {
                        $0.recurrence = Self.kind(r.frequency)
                        $0.day = r.day
                        $0.month = r.frequency == .yearly ? r.month : nil
                        $0.interval = r.interval > 1 ? r.interval : nil
                        $0.times = times
                        $0.timesPerPeriod = m.timesPerPeriod
                    }
                }
            case .offset(let days, let anchor):
                make(at) { $0.offsetDays = days; $0.anchor = anchor }
            case .range(_, let end):
                guard periodsToo, !m.dependsOnToday else { return false }
                make(at) { $0.date = end; $0.times = times }
            case .continuous, .timeOnly:
                return false
            }
            covered.append(m.characters)
            return true
        }
        // After a deadline word ("trước ngày", "chậm nhất ngày") or a completion word ("xong trong").
        // In a report sentence, "trong tháng 11/2025" also says when it is due.
        var leadIns = [(patterns.deadline, false), (patterns.completion, true)]
        if reports { leadIns.append((patterns.reportPeriod, true)) }
        for (regex, periods) in leadIns {
            for r in regex.matches(in: folded, range: whole) {
                let at = ns.substring(to: r.range.location).count
                let after = ns.substring(to: r.range.location + r.range.length).count
                guard !covered.contains(where: { $0.contains(at) }) else { continue }
                // Inside a rule the scan read whole ("hằng năm (trước ngày 15 tháng 11)"): the rule.
                if let rule = scan.matches.first(where: { $0.characters.contains(at) && $0.phrase.isRecurring }),
                   take(rule, at: at, periodsToo: false) { continue }
                let read = (try? grammar.phrase(in: sentence, from: at, today: today, lookBack: 0)) ?? nil
                if let m = read, m.characters.lowerBound <= after, take(m, at: at, periodsToo: periods) { continue }
                if let m = (try? grammar.phrase(in: sentence, from: after, today: today, lookBack: 0)) ?? nil,
                   m.characters.lowerBound == after {
                    _ = take(m, at: at, periodsToo: periods)
                }
            }
        }
        // Phrases that are deadlines by themselves: a rule with a day or time ("ngày 15 hằng tháng",
        // "02 lần/ngày (trước 9h00 và 16h00)", "định kỳ 06 tháng" in a report sentence), a delay from an event.
        for m in scan.matches where !covered.contains(where: { $0.overlaps(m.characters) }) {
            let at = m.characters.lowerBound
            switch m.phrase {
            case .recurring(let rules):
                // "Từ tháng 3 đến tháng 11 hằng năm": a season, not a deadline.
                let clause = String(Array(folded)[max(0, at - 12)..<min(folded.count, m.characters.upperBound)])
                if vocabulary.timingStartWords.contains(where: { Self.containsWords(clause, $0) }),
                   vocabulary.timingEndWords.contains(where: { Self.containsWords(clause, $0) }) { continue }
                // A bare "hằng năm" qualifies many things (budgets, plans); a rule with a day, a time or an interval is a deadline.
                if !m.times.isEmpty || m.timesPerPeriod != nil || rules.contains(where: { $0.day != nil || $0.interval > 1 }) {
                    _ = take(m, at: at, periodsToo: false)
                } else if reports, rules.allSatisfy({ $0.frequency == .daily }), reportNear(m.characters, in: folded) {
                    // "báo cáo hằng ngày", "Báo cáo tổng hợp hàng ngày gửi UBND tỉnh": due every day.
                    // (A report "hằng năm" with no day does not say when it is due.)
                    _ = take(m, at: at, periodsToo: false)
                }
            case .offset:
                _ = take(m, at: at, periodsToo: false)
            default:
                break
            }
        }
        return out
    }

    /// Whether a report word stands within a few words of the phrase ("báo cáo nhanh hàng ngày").
    private func reportNear(_ range: Range<Int>, in folded: String) -> Bool {
        let chars = Array(folded)
        let lo = max(0, range.lowerBound - 30), hi = min(chars.count, range.upperBound + 30)
        let window = String(chars[lo..<hi])
        return vocabulary.reportWords.contains { window.contains($0) }
    }

    /// The days a phrase names, in order.
    private static func days(_ p: DatePhrase) -> [CalendarDate] {
        switch p {
        case .date(let d): return [d]
        case .dates(let ds): return ds
        default: return []
        }
    }

    private static func kind(_ f: DanVanText.Recurrence.Frequency) -> Deadline.Recurrence {
        switch f {
        case .daily: return .daily
        case .weekly: return .weekly
        case .monthly: return .monthly
        case .quarterly: return .quarterly
        case .yearly: return .yearly
        }
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
                if vocabulary.foldedOrdinalWords.contains(ws[numberIndex].folded), ws.count > numberIndex + 1 { numberIndex += 1 }
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
