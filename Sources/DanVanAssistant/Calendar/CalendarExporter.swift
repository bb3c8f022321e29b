import DanVanKnowledge
import DanVanTasks
import DanVanText

/// The deadlines danvan knows as calendar events: each plan's report deadlines (recurring ones with
/// an RRULE) and the pending tasks' deadlines (a recurring task once, at its next occurrence, with
/// its rule). UIDs are stable, so importing a newer file updates the events instead of duplicating them.
///
///     let events = CalendarExporter(today: today).events(plans: kb.plans, tasks: try store.calendarTasks(unit: nil))
public struct CalendarExporter {
    public var today: CalendarDate

    public init(today: CalendarDate) {
        self.today = today
    }

    public func events(plans: [Plan], tasks: [(task: PlanTask, series: Int)]) -> [ICalendarEvent] {
        plans.flatMap(planEvents) + tasks.map { taskEvent($0.task, series: $0.series) }
    }

    func planEvents(_ plan: Plan) -> [ICalendarEvent] {
        let name = Msg.agendaPlanName(number: plan.number, title: plan.title)
        var seen: Set<String> = []
        return plan.deadlines.compactMap { d in
            let rule: String?
            switch (d.date, d.recurrence, d.day) {
            case (.some, _, _): rule = nil
            case (nil, .monthly?, let day?): rule = "FREQ=MONTHLY;" + ICalendarEvent.monthDay(day)
            case (nil, .yearly?, let day?):
                guard let month = d.month else { return nil }
                rule = "FREQ=YEARLY;BYMONTH=\(month);" + ICalendarEvent.monthDay(day)
            default: return nil
            }
            guard let date = d.date ?? d.nextOccurrence(from: today) else { return nil }
            var key = d.round.map { "round-\($0)" } ?? Self.slug(d.label)
            while !seen.insert(key).inserted { key += "-" + date.iso }
            return ICalendarEvent(uid: "plan-\(Self.slug(plan.id))-\(key)@danvan", date: date,
                                  summary: Msg.calendarPlanSummary(label: d.label, plan: name),
                                  description: Msg.calendarPlanDescription(text: d.text, recipient: d.recipient),
                                  categories: [Msg.calendarReportCategory], rule: rule)
        }
    }

    func taskEvent(_ task: PlanTask, series: Int) -> ICalendarEvent {
        ICalendarEvent(uid: "task-\(series)@danvan", date: task.due ?? today,
                       summary: Msg.calendarTaskSummary(number: task.number, title: task.title),
                       description: Msg.calendarTaskDescription(unit: task.unit, product: task.product, note: task.note),
                       categories: [Msg.calendarTaskCategory], rule: task.recurrence?.icalendarRule)
    }

    /// Lower-case ASCII letters and digits joined by "-": "Báo cáo lần 1" → "bao-cao-lan-1".
    static func slug(_ text: String) -> String {
        let folded = Folding.fold(text).lowercased()
        var out = ""
        for scalar in folded.unicodeScalars {
            if ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) {
                out.unicodeScalars.append(scalar)
            } else if !out.isEmpty, !out.hasSuffix("-") {
                out += "-"
            }
        }
        while out.hasSuffix("-") { out.removeLast() }
        return out.isEmpty ? "x" : out
    }
}
