import DanVanText

extension TaskResponder {
    /// "lịch hạn": this month as a grid (Monday first), a day with open deadlines marked with their
    /// count ("15•2"), today in brackets; then the month's open deadlines listed. Plain text, fits 80
    /// columns, needs no colour.
    func deadlineCalendarDocument(today: CalendarDate) throws -> AnswerDocument {
        guard let first = CalendarDate(year: today.year, month: today.month, day: 1) else { return AnswerDocument(blocks: []) }
        let days = CalendarDate.daysIn(month: today.month, year: today.year)
        let last = first.adding(days: days - 1)
        let due = try store.openTasks(dueFrom: first, through: last)
        var count: [Int: Int] = [:]
        for task in due { if let d = task.due { count[d.day, default: 0] += 1 } }
        // 2024-01-01 was a Monday.
        let monday = CalendarDate(year: 2024, month: 1, day: 1)?.dayNumber ?? 0
        let offset = ((first.dayNumber - monday) % 7 + 7) % 7
        var rows: [[String]] = []
        var week = Array(repeating: "", count: offset)
        for day in 1...days {
            var cell = String(day)
            if let n = count[day] { cell += Msg.calendarMark(n) }
            if day == today.day { cell = "[\(cell)]" }
            week.append(cell)
            if week.count == 7 {
                rows.append(week)
                week = []
            }
        }
        if !week.isEmpty { rows.append(week + Array(repeating: "", count: 7 - week.count)) }
        var blocks: [AnswerDocument.Block] = [.table(AnswerDocument.Table(headers: Msg.calendarWeekdays, rows: rows))]
        if due.isEmpty {
            blocks.append(.paragraph(Msg.calendarNoDeadlines))
        } else {
            blocks.append(.bullets(due.map { task in
                Msg.calendarLine(day: task.due?.display ?? "", number: task.number, title: task.title, unit: task.unit)
            }))
        }
        blocks.append(.note(Msg.calendarLegend))
        return AnswerDocument(title: Msg.calendarTitle(month: today.month, year: today.year), blocks: blocks, source: Msg.taskSource)
    }
}
