import DanVanText

/// Lays tasks out as an answer table: number, task, unit, deadline, days left, status.
///
///     TaskTableBuilder.table([task], today: today).rows[0]
///     // ["#1", "Họp tổ dân vận", "Phòng Kinh tế", "20/10/2025", "còn 40 ngày", "chưa xong"]
public enum TaskTableBuilder {
    public static func table(_ tasks: [PlanTask], today: CalendarDate) -> AnswerDocument.Table {
        // Ctrl-C in the REPL stops a very long list being built (the REPL throws the partial table away).
        var tasks = tasks
        if let stop = tasks.indices.first(where: { AnswerCancellation.shouldStop(at: $0, every: 256) }) {
            tasks = Array(tasks[..<stop])
        }
        return AnswerDocument.Table(
            headers: Msg.taskTableHeaders,
            rows: tasks.map { task in
                [task.number, task.title, task.unit ?? Msg.taskNone, dueCell(task),
                 remaining(task, today: today), Msg.taskStatus(task.status.rawValue)]
            },
            urgency: tasks.map { urgency($0, today: today) },
            wrapColumns: [1, 2],
            deadlineColumn: 4)  // only "còn N ngày" / "quá hạn N ngày" is coloured; the rest stays readable
    }

    /// The deadline, followed by the period of a recurring task: "15/02/2025 (hằng tháng)".
    public static func dueCell(_ task: PlanTask) -> String {
        guard let due = task.due else { return Msg.taskNone }
        guard let rule = task.recurrence else { return due.display }
        return Msg.recurringDue(due.display, rule.frequency)
    }

    /// "còn 5 ngày", "hôm nay", "quá hạn 3 ngày", or "—" (done, deleted or no deadline).
    public static func remaining(_ task: PlanTask, today: CalendarDate) -> String {
        guard task.status == .pending, let days = task.daysLeft(today: today) else { return Msg.taskNone }
        if days == 0 { return Msg.taskDueToday }
        return days > 0 ? Msg.taskDaysLeft(days) : Msg.taskOverdueBy(-days)
    }

    /// Colour of the deadline: done, overdue, due within a week (soon), later (ok), or none.
    public static func urgency(_ task: PlanTask, today: CalendarDate) -> AnswerDocument.Urgency {
        switch task.status {
        case .done: return .done
        case .deleted: return .none
        case .pending:
            guard let days = task.daysLeft(today: today) else { return .none }
            if days < 0 { return .overdue }
            return days <= 7 ? .soon : .ok
        }
    }
}
