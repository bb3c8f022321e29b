import DanVanText
import Foundation

extension TaskResponder {
    func addedDocument(_ task: PlanTask, today: CalendarDate) -> AnswerDocument {
        var bullets = [Msg.taskFieldTitle(task.title), Msg.taskFieldUnit(task.unit ?? Msg.taskNoUnit)]
        if let co = task.coUnits { bullets.append(Msg.taskFieldCoUnits(co)) }
        bullets.append(task.due.map { _ in Msg.taskFieldDue(TaskTableBuilder.dueCell(task), remaining: TaskTableBuilder.remaining(task, today: today)) }
                       ?? Msg.taskFieldDue(Msg.taskNoDue, remaining: nil))
        if let product = task.product { bullets.append(Msg.taskFieldProduct(product)) }
        return AnswerDocument(title: Msg.taskAdded(task.number), blocks: [.bullets(bullets), .note(Msg.taskAddHint(task.id))],
                              source: Msg.taskSource)
    }

    func showDocument(_ task: PlanTask, today: CalendarDate) throws -> AnswerDocument {
        var bullets = [Msg.taskFieldUnit(task.unit ?? Msg.taskNoUnit)]
        if let co = task.coUnits { bullets.append(Msg.taskFieldCoUnits(co)) }
        let remaining = task.status == .pending ? TaskTableBuilder.remaining(task, today: today) : nil
        bullets.append(Msg.taskFieldDue(task.due == nil ? Msg.taskNoDue : TaskTableBuilder.dueCell(task), remaining: task.due == nil ? nil : remaining))
        let completed = task.completedAt.map { TaskClock.day(of: $0).display }
        bullets.append(Msg.taskFieldStatus(Msg.taskStatusLong(task.status.rawValue, completedOn: completed)))
        if let product = task.product { bullets.append(Msg.taskFieldProduct(product)) }
        if let note = task.note { bullets.append(Msg.taskFieldNote(note)) }
        bullets.append(Msg.taskFieldOrigin(Self.origin(task.source)))
        var blocks: [AnswerDocument.Block] = [.bullets(bullets)]
        let notes = try store.notes(taskID: task.id)
        if !notes.isEmpty {
            blocks.append(.paragraph(Msg.taskFieldProgress))
            blocks.append(.bullets(notes.suffix(5).map {
                Msg.taskProgressLine(day: TaskClock.day(of: $0.at).display, user: $0.user, text: $0.text)
            }))
        }
        return AnswerDocument(title: Msg.taskShowTitle(task.number, task.title), blocks: blocks, source: Msg.taskSource)
    }

    /// A page of a list: the line of counts, the table, and where the page sits in the list.
    func listDocument(_ tasks: [PlanTask], summary: TaskListSummary, filter: TaskFilter, offset: Int = 0,
                      today: CalendarDate) throws -> AnswerDocument {
        let kind = filter.kind
        let title = Msg.taskListTitle(kind: kind, days: filter.dueWithinDays, unit: filter.unit)
        let total = summary.total
        guard !tasks.isEmpty else {
            if offset > 0 { return AnswerDocument(blocks: [.paragraph(Msg.taskListNoMore(total: total))], source: Msg.taskSource) }
            let storeIsEmpty = try store.statusCounts().isEmpty
            return AnswerDocument(blocks: [.paragraph(storeIsEmpty ? Msg.taskStoreEmpty : Msg.taskListEmpty(title))],
                                  source: Msg.taskSource)
        }
        let shown = Array(tasks.prefix(maxTableRows))
        var blocks: [AnswerDocument.Block] = [.paragraph(Self.summaryLine(summary)),
                                              .table(TaskTableBuilder.table(shown, today: today))]
        let (first, last) = (offset + 1, offset + shown.count)
        if last < total {
            blocks.append(.note(Msg.taskListNextPage(from: first, to: last, total: total)))
        } else if offset > 0 {
            blocks.append(.note(Msg.taskListLastPage(from: first, to: last, total: total)))
        }
        let heading = offset > 0 ? Msg.taskListPageTitle(title, first: first, last: last, total: total)
                                 : Msg.taskListCount(title, count: total)
        return AnswerDocument(title: heading, blocks: blocks, source: Msg.taskSource)
    }

    /// "25 nhiệm vụ: 8 xong, 3 quá hạn, 2 đến hạn trong 7 ngày".
    static func summaryLine(_ s: TaskListSummary) -> String {
        Msg.taskListSummary(total: s.total, done: s.done, overdue: s.overdue, dueSoon: s.dueSoon, soonDays: s.soonDays)
    }

    /// The store's tasks of one unit (not deleted), as blocks to put beside its duties from the plan
    /// ("nhiệm vụ của <đơn vị>", intent `unit.duties`).
    ///
    ///     let (blocks, tasks) = try responder.unitTasks("Phòng Kinh tế", today: today)
    ///     // [.paragraph("Nhiệm vụ trong kho (2):"), .table(…)], or one note when there are none
    ///
    /// - Parameter unit: The canonical unit name (exact match).
    public func unitTasks(_ unit: String, today: CalendarDate) throws -> (blocks: [AnswerDocument.Block], tasks: [PlanTask]) {
        let filter = TaskFilter(unit: unit)
        let (tasks, summary) = try store.listPage(matching: filter, today: today, offset: 0, limit: maxTableRows,
                                                  soonDays: soonDays)
        guard !tasks.isEmpty else { return ([.note(Msg.taskUnitHasNone)], []) }
        let total = summary.total
        let shown = tasks
        var blocks: [AnswerDocument.Block] = [.paragraph(Msg.taskUnitTasks(count: total)), .paragraph(Self.summaryLine(summary)),
                                              .table(TaskTableBuilder.table(shown, today: today))]
        if shown.count < total { blocks.append(.note(Msg.taskListTruncated(shown: shown.count, total: total))) }
        return (blocks, tasks)
    }

    func historyDocument(_ task: PlanTask) throws -> AnswerDocument {
        let lines = try store.history(taskID: task.id).compactMap { event in
            Self.describe(event).map { line(event, $0) }
        }
        return AnswerDocument(title: Msg.taskHistoryTitle(task.number, task.title),
                              blocks: [lines.isEmpty ? .paragraph(Msg.taskHistoryEmpty) : .bullets(lines)],
                              source: Msg.taskSource)
    }

    func recentHistoryDocument() throws -> AnswerDocument {
        let lines = try store.recentHistory(limit: 15).compactMap { event in
            Self.describe(event).map { line(event, Msg.taskHistoryTask("#\(event.taskID)", $0)) }
        }
        return AnswerDocument(title: Msg.taskRecentHistoryTitle,
                              blocks: [lines.isEmpty ? .paragraph(Msg.taskHistoryEmpty) : .bullets(lines)],
                              source: Msg.taskSource)
    }

    private func line(_ event: HistoryEvent, _ text: String) -> String {
        Msg.taskHistoryLine(day: TaskClock.day(of: event.at).display, time: TaskClock.time(of: event.at),
                            user: event.user, text: text)
    }

    /// One journal entry in words, or nil for bookkeeping entries (completion time, import key).
    static func describe(_ event: HistoryEvent) -> String? {
        let text: String
        switch event.kind {
        case .create:
            text = Msg.taskEventCreated + (event.newValue.flatMap { $0 == "manual" ? nil : " (" + origin($0) + ")" } ?? "")
        case .note:
            if let added = event.newValue { text = Msg.taskEventNoteAdded(added) } else { text = Msg.taskEventNoteRemoved(event.oldValue ?? "") }
        case .set:
            guard let field = event.field, field != .completedAt, field != .importKey else { return nil }
            text = Msg.taskEventSet(Msg.taskFieldLabel(field.rawValue), from: value(event.oldValue, field),
                                    to: value(event.newValue, field))
        }
        return event.action == .undo ? Msg.taskEventUndo(text) : text
    }

    private static func value(_ raw: String?, _ field: TaskField) -> String {
        guard let raw else { return field == .unit ? Msg.taskNoUnit : field == .due ? Msg.taskNoDue : Msg.taskNone }
        switch field {
        case .due: return CalendarDate(iso: raw)?.display ?? raw
        case .status: return Msg.taskStatus(raw)
        default: return raw
        }
    }

    /// "import:FILE:LINE" → "nhập từ tệp FILE, dòng LINE"; "manual" → "thêm bằng lệnh".
    static func origin(_ source: String) -> String {
        guard source.hasPrefix("import:") else { return Msg.taskOriginManual }
        let body = source.dropFirst("import:".count)
        guard let colon = body.lastIndex(of: ":") else { return Msg.taskOriginImport(file: String(body), line: "?") }
        return Msg.taskOriginImport(file: String(body[..<colon]), line: String(body[body.index(after: colon)...]))
    }

    /// The answer to `danvan tasks import`: what was added, skipped, and every warning.
    public static func document(for report: ImportReport) -> AnswerDocument {
        var blocks: [AnswerDocument.Block] = []
        blocks.append(.paragraph(report.addedCount == 0 ? Msg.taskImportNothingNew(file: report.fileName)
                                 : Msg.taskImportAdded(report.addedCount, file: report.fileName)))
        if report.alreadyPresent > 0 { blocks.append(.paragraph(Msg.taskImportAlreadyPresent(report.alreadyPresent))) }
        var warnings = report.warnings.map { w -> String in
            switch w {
            case .unknownUnit(let line, let name, let s): return Msg.taskImportUnknownUnit(line: line, name: name, suggestions: s)
            case .headingSkipped(let line, let title): return Msg.taskImportHeading(line: line, title: title)
            case .duplicateRow(let line, let first): return Msg.taskImportDuplicate(line: line, firstLine: first)
            case .approximateDue(let line, let written, let due): return Msg.taskImportApproximate(line: line, written: written, due: due.display)
            case .ignoredColumn(let name): return Msg.taskImportIgnoredColumn(name)
            }
        }
        if report.omittedWarnings > 0 { warnings.append(Msg.taskImportMoreWarnings(report.omittedWarnings)) }
        if !warnings.isEmpty {
            blocks.append(.paragraph(Msg.taskImportWarnings))
            blocks.append(.bullets(warnings))
        }
        if report.addedCount > 0 { blocks.append(.note(Msg.taskImportUndoHint)) }
        return AnswerDocument(blocks: blocks, source: Msg.taskSource)
    }
}
