import DanVanKnowledge
import DanVanIntents
import DanVanText

extension KnowledgeAnswerer {
    /// The deadlines of a plan; a yes/no question ("tháng này có hạn gì không", "còn kịp nộp báo cáo
    /// lần 1 không", "hạn là hôm qua à") gets its "Có." / "Không." first, then the facts.
    func deadlines(_ plan: Plan, round: Int?, question: NormalizedQuestion) -> AnswerDocument {
        guard let asked = DeadlineQuestion.read(question.text, grammar: .shared, today: today) else {
            return deadlines(plan, round: round)
        }
        let chosen = round.map { r in plan.deadlines.filter { $0.round == r } } ?? plan.deadlines
        guard !chosen.isEmpty else { return deadlines(plan, round: round) }
        var verdict: String
        var shown = plan
        switch asked {
        case .stillInTime:
            let upcoming = chosen.compactMap { d in d.nextOccurrence(from: today).map { (d, $0) } }
            if let next = upcoming.filter({ $0.1 >= today }).min(by: { $0.1 < $1.1 }) {
                verdict = Msg.stillInTime(days: today.days(until: next.1), date: next.1.display)
            } else if let last = upcoming.max(by: { $0.1 < $1.1 }) {
                verdict = Msg.tooLate(days: last.1.days(until: today), date: last.1.display)
            } else {
                return deadlines(plan, round: round)
            }
        case .isDeadline(let m):
            guard let window = m.phrase.window(from: today) else { return deadlines(plan, round: round) }
            let hits = chosen.compactMap { occurrence(of: $0, in: window) }
            if let hit = hits.min() {
                verdict = Msg.deadlineIsThat(m.text, date: hit.display)
            } else {
                let dates = chosen.compactMap { $0.nextOccurrence(from: today) }.map(\.display)
                guard !dates.isEmpty else { return deadlines(plan, round: round) }
                verdict = Msg.deadlineIsOther(dates.joined(separator: ", "))
            }
        case .anyDeadlineIn(let m):
            guard let window = m.phrase.window(from: today) else { return deadlines(plan, round: round) }
            let inside = chosen.filter { occurrence(of: $0, in: window) != nil }
            if inside.isEmpty {
                verdict = Msg.noDeadlineInWindow(phrase: m.text, from: window.lowerBound.display, to: window.upperBound.display)
                let after = chosen.compactMap { d in d.nextOccurrence(from: window.upperBound.adding(days: 1)).map { (d, $0) } }
                    .filter { $0.1 > window.upperBound }.min { $0.1 < $1.1 }
                if let (d, _) = after {
                    verdict += " " + Msg.nextDeadlineAfter(line(d) + ".")
                }
            } else {
                verdict = Msg.deadlinesInWindow(inside.count, phrase: m.text, from: window.lowerBound.display, to: window.upperBound.display)
                shown.deadlines = inside
            }
        }
        var document = deadlines(shown, round: shown.deadlines.count == plan.deadlines.count ? round : nil)
        document.blocks.insert(.paragraph(verdict), at: 0)
        return document
    }

    /// The day a deadline falls on inside `window`, if it does (a recurring one: its first occurrence there).
    private func occurrence(of d: Deadline, in window: ClosedRange<CalendarDate>) -> CalendarDate? {
        if let date = d.date { return window.contains(date) ? date : nil }
        guard let next = d.nextOccurrence(from: window.lowerBound), window.contains(next) else { return nil }
        return next
    }

    func deadlines(_ plan: Plan, round: Int?) -> AnswerDocument {
        let all = plan.deadlines
        guard !all.isEmpty else {
            // No date to give: what the plan says of reporting instead ("kết quả thực hiện báo cáo về Công an
            // tỉnh", "định kỳ báo cáo"), its sentences holding the reporting words, in the plan's order.
            let words = vocabulary.sectionWords(.reporting).map(Tokenizer.foldedWords).filter { !$0.isEmpty }
            let said = words.flatMap { searcher(plan).search([], phrases: [$0], limit: 4) }
                .filter { $0.section != "preamble" }
                .sorted { $0.section.localizedStandardCompare($1.section) == .orderedAscending }
            var blocks: [AnswerDocument.Block] = [.paragraph(Msg.noDeadlines)]
            if !said.isEmpty {
                blocks.append(.paragraph(Msg.reportingSaid))
                blocks.append(.bullets(said.map { "[\($0.section)] \($0.text)" }))
            }
            let sections = said.isEmpty ? [plan.allUnitsSection ?? ""].filter { !$0.isEmpty } : said.map(\.section)
            return AnswerDocument(title: Msg.deadlinesTitle, blocks: blocks, source: source(plan, sections))
        }
        var chosen = all
        if let round {
            chosen = all.filter { $0.round == round }
            if chosen.isEmpty {
                let available = all.map { line($0) }.joined(separator: "; ")
                return AnswerDocument(title: Msg.deadlineRoundTitle(round),
                                      blocks: [.paragraph(Msg.noSuchRound(round, available: available))],
                                      source: source(plan, all.map(\.section)))
            }
        }
        let recipients = Array(Set(chosen.compactMap(\.recipient))).sorted()
        var blocks: [AnswerDocument.Block]
        if recipients.count > 1 {
            // Different receivers: each line says where its report goes.
            blocks = [.bullets(chosen.map { d in line(d) + (d.recipient.map { " — " + Msg.sendTo($0) } ?? "") })]
        } else {
            blocks = [.bullets(chosen.map(line))]
            if let r = recipients.first ?? plan.reportsTo { blocks.append(.paragraph(Msg.sendTo(r))) }
        }
        blocks.append(.note(Msg.today(today.display)))
        return AnswerDocument(title: round.map(Msg.deadlineRoundTitle) ?? Msg.deadlinesTitle, blocks: blocks,
                              source: source(plan, chosen.map(\.section)), marks: chosen.compactMap(mark))
    }

    /// The "còn N ngày" / "quá hạn N ngày" phrase of a deadline, coloured by how close it is.
    func mark(_ d: Deadline) -> AnswerDocument.UrgencyMark? {
        guard let next = d.nextOccurrence(from: today) else { return nil }
        let n = today.days(until: next)
        return .init(Msg.daysLeft(n), n < 0 ? .overdue : (n <= 7 ? .soon : .ok))
    }

    func line(_ d: Deadline) -> String {
        if d.date == nil, let rule = d.ruleText {
            guard let next = d.nextOccurrence(from: today) else { return Msg.ruleOnlyLine(label: d.label, rule: rule) }
            return Msg.recurringLine(label: d.label, rule: rule, next: next.display,
                                     status: Msg.daysLeft(today.days(until: next)))
        }
        guard let date = d.date else { return d.text }
        return Msg.deadlineLine(label: d.label, date: date.display, status: Msg.daysLeft(today.days(until: date)))
    }
}
