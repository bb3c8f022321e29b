import DanVanText

/// The day's agenda as one short answer: overdue, due today, due in the next days, then the next
/// report deadline of each plan. Nil when there is nothing to say (the REPL then stays quiet).
///
///     AgendaDocument.make(try store.agenda(today: today, unit: nil), plans: [])?.title
///     // "Việc hôm nay, 10/09/2025"
public enum AgendaDocument {
    /// A plan's next report deadline, as the agenda lists it.
    public struct PlanDeadline: Equatable, Sendable {
        public var plan: String
        public var label: String
        public var date: CalendarDate

        public init(plan: String, label: String, date: CalendarDate) {
            self.plan = plan
            self.label = label
            self.date = date
        }
    }

    /// Plan deadlines further away than this many days are left out, so a quiet day stays quiet.
    public static let planWindowDays = 30

    public static func make(_ agenda: TaskAgenda?, plans: [PlanDeadline], today: CalendarDate,
                            unit: String?) -> AnswerDocument? {
        var blocks: [AnswerDocument.Block] = []
        if let agenda {
            let sections = [(Msg.agendaOverdue, agenda.overdue), (Msg.agendaDueToday, agenda.dueToday),
                            (Msg.agendaUpcoming(agenda.days), agenda.upcoming)]
            for (heading, section) in sections where section.total > 0 {
                blocks.append(.paragraph(Msg.agendaSection(heading, count: section.total)))
                var lines = section.tasks.map { task in
                    Msg.agendaTask(number: task.number, title: task.title, unit: unit == nil ? task.unit : nil,
                                   due: TaskTableBuilder.dueCell(task), remaining: TaskTableBuilder.remaining(task, today: today))
                }
                if section.total > section.tasks.count { lines.append(Msg.agendaMore(section.total - section.tasks.count)) }
                blocks.append(.bullets(lines))
            }
        }
        let soon = plans.filter { $0.date >= today && today.days(until: $0.date) <= planWindowDays }
            .sorted { ($0.date, $0.plan) < ($1.date, $1.plan) }
        if !soon.isEmpty {
            blocks.append(.paragraph(Msg.agendaPlans))
            blocks.append(.bullets(soon.map { d in
                let days = today.days(until: d.date)
                return Msg.agendaPlanDeadline(plan: d.plan, label: d.label, date: d.date.display,
                                              remaining: days == 0 ? Msg.taskDueToday : Msg.taskDaysLeft(days))
            }))
        }
        guard !blocks.isEmpty else { return nil }
        return AnswerDocument(title: Msg.agendaTitle(today.display, unit: unit), blocks: blocks)
    }
}
