import DanVanKnowledge
import DanVanText

extension KnowledgeAnswerer {
    func deadlines(_ plan: Plan, round: Int?) -> AnswerDocument {
        let all = plan.deadlines
        guard !all.isEmpty else {
            return AnswerDocument(title: Msg.deadlinesTitle, blocks: [.paragraph(Msg.noDeadlines)],
                                  source: source(plan, [plan.allUnitsSection ?? ""].filter { !$0.isEmpty }))
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
        if d.date == nil, let rec = d.recurrence, let day = d.day, let next = d.nextOccurrence(from: today) {
            let rule = rec == .monthly ? Msg.monthlyRule(day: day) : Msg.yearlyRule(day: day, month: d.month ?? 0)
            return Msg.recurringLine(label: d.label, rule: rule, next: next.display,
                                     status: Msg.daysLeft(today.days(until: next)))
        }
        guard let date = d.date else { return d.text }
        return Msg.deadlineLine(label: d.label, date: date.display, status: Msg.daysLeft(today.days(until: date)))
    }
}
