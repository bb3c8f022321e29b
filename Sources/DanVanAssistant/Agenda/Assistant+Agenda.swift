import DanVanKnowledge
import DanVanTasks
import DanVanText

extension Assistant {
    /// The day's agenda: the tasks of `agendaUnit` (or everybody's) overdue, due today and in the next
    /// 7 days, then each plan's next report deadline within `AgendaDocument.planWindowDays`; nil when
    /// there is nothing to say.
    ///
    ///     assistant.agendaUnit = "Phòng Kinh tế"
    ///     assistant.agenda()?.title   // "Việc hôm nay, 10/09/2025 — Phòng Kinh tế"
    public func agenda() -> AnswerDocument? {
        let agenda = tasks?.agenda(today: today, unit: agendaUnit)
        return AgendaDocument.make(agenda, plans: planDeadlines(), today: today, unit: agendaUnit)
    }

    /// Each plan's next report deadline from today (recurring ones at their next date).
    func planDeadlines() -> [AgendaDocument.PlanDeadline] {
        knowledge.plans.compactMap { plan in
            let upcoming = plan.deadlines.compactMap { d in d.nextOccurrence(from: today).map { (d, $0) } }
                .filter { $0.1 >= today }
                .min { $0.1 < $1.1 }
            guard let (deadline, date) = upcoming else { return nil }
            return AgendaDocument.PlanDeadline(plan: Msg.agendaPlanName(number: plan.number, title: plan.title),
                                               label: deadline.label, date: date)
        }
    }
}
