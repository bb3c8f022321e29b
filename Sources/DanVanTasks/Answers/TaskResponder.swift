import DanVanText
import Foundation

/// Runs task commands against the store and words the answers.
///
///     let responder = TaskResponder(store: store)
///     if let parse = parser.parse(question, today: today) {
///         let response = responder.respond(to: parse, today: today, user: user)
///         print(PlainRenderer.render(response.document))   // "Đã thêm nhiệm vụ #1. …"
///     }
///
/// A refused command (bad input, unknown number…) answers with the reason and changes nothing.
public struct TaskResponder {
    public let store: any TaskStoring
    /// Rows shown in a list table, a page; "xem thêm" shows the next page.
    public var maxTableRows: Int
    /// The window of "đến hạn trong N ngày" in the line that opens a list (`soon_days` of tasks.yaml).
    public var soonDays = 7

    public init(store: any TaskStoring, maxTableRows: Int = 25) {
        self.store = store
        self.maxTableRows = maxTableRows
    }

    /// The answer to a parsed command.
    ///
    /// - Parameters:
    ///   - today: The day deadlines count from (`--today`); changes are stamped on it.
    ///   - user: Who is acting (`--user` or `$USER`), for the journal.
    public func respond(to parse: TaskCommandParse, today: CalendarDate, user: String) -> TaskResponse {
        var response = TaskResponse(intent: parse.intent, slots: parse.slots, confidence: parse.confidence,
                                    document: AnswerDocument(), tasks: [], succeeded: true)
        do {
            let command = try parse.command.get()
            // A title is never taken for a task number: a change named by words asks first.
            if case .words(let words)? = command.changedReference {
                let found = try confirmation(command, words: words, today: today)
                response.document = found.document
                response.tasks = found.tasks.map(TaskSummary.init)
                response.choices = found.choices
                response.succeeded = false
                return response
            }
            let (document, tasks) = try run(command, today: today, user: user)
            response.document = document
            response.tasks = tasks.map(TaskSummary.init)
        } catch {
            response.document = AnswerDocument(blocks: [.paragraph(TaskErrorWording.message(for: error))],
                                               source: Msg.taskSource)
            response.succeeded = false
        }
        return response
    }

    private func run(_ command: TaskCommand, today: CalendarDate, user: String) throws -> (AnswerDocument, [PlanTask]) {
        let at = TaskClock.timestamp(on: today)
        switch command {
        case .add(let draft):
            let task = try store.add(draft, user: user, at: at)
            return (addedDocument(task, today: today), [task])
        case .complete(let ref):
            let task = try store.complete(id: try id(of: ref), user: user, at: at)
            var doc = message(Msg.taskCompleted(task.number, task.title))
            if task.recurrence != nil, let next = try store.nextOccurrence(of: task.id), let due = next.due {
                doc.blocks.append(.paragraph(Msg.recurrenceScheduled(number: next.number, due: due.display)))
                return (doc, [task, next])
            }
            return (doc, [task])
        case .reopen(let ref):
            let task = try store.reopen(id: try id(of: ref), user: user, at: at)
            return (message(Msg.taskReopened(task.number, task.title)), [task])
        case .update(let ref, let note):
            let id = try id(of: ref)
            let added = try store.addNote(taskID: id, text: note, user: user, at: at)
            let task = try store.task(id: id)!
            return (message(Msg.taskNoteAdded(task.number, task.title, note: added.text)), [task])
        case .reschedule(let ref, let due):
            let task = try store.reschedule(id: try id(of: ref), to: due, user: user, at: at)
            let remaining = TaskTableBuilder.remaining(task, today: today)
            var doc = message(Msg.taskRescheduled(task.number, task.title, to: due.display, remaining: remaining))
            doc.blocks.append(.note(Msg.taskHistoryHint(task.id)))
            return (doc, [task])
        case .extend(let ref, let span):
            let id = try id(of: ref)
            let old = try store.task(id: id)?.due
            let due = span.after(old ?? today)
            let task = try store.reschedule(id: id, to: due, user: user, at: at)
            let remaining = TaskTableBuilder.remaining(task, today: today)
            var doc = message(Msg.taskRescheduled(task.number, task.title, to: due.display, remaining: remaining))
            doc.blocks.append(.paragraph(Msg.taskExtended(by: span.written, from: old?.display)))
            doc.blocks.append(.note(Msg.taskHistoryHint(task.id)))
            return (doc, [task])
        case .reassign(let ref, let unit):
            let task = try store.reassign(id: try id(of: ref), to: unit, user: user, at: at)
            var doc = message(Msg.taskReassigned(task.number, task.title, to: unit))
            doc.blocks.append(.note(Msg.taskHistoryHint(task.id)))
            return (doc, [task])
        case .delete(let ref):
            let task = try store.delete(id: try id(of: ref), user: user, at: at)
            var doc = message(Msg.taskDeleted(task.number, task.title))
            doc.blocks.append(.note(Msg.taskDeletedHint(task.id)))
            return (doc, [task])
        case .restore(let ref):
            let task = try store.restore(id: try id(of: ref, deleted: true), user: user, at: at)
            let status = Msg.taskStatusLong(task.status.rawValue, completedOn: nil)
            return (message(Msg.taskRestored(task.number, task.title, status: status)), [task])
        case .undo:
            let result = try store.undo(user: user, at: at)
            let numbers = result.tasks.prefix(5).map(\.number).joined(separator: ", ") + (result.tasks.count > 5 ? ", …" : "")
            let what = Msg.taskAction(result.action.rawValue, numbers: numbers, count: result.tasks.count, file: result.detail)
            return (message(Msg.taskUndone(what)), result.tasks)
        case .history(let ref):
            guard let ref else { return (try recentHistoryDocument(), []) }
            let task = try store.task(id: try id(of: ref))!
            return (try historyDocument(task), [task])
        case .show(let ref):
            let task = try store.task(id: try id(of: ref))!
            return (try showDocument(task, today: today), [task])
        case .list(let filter):
            return try listPage(filter, offset: 0, today: today)
        case .listPage(let filter, let offset):
            return try listPage(filter, offset: offset, today: today)
        case .more:
            // Without a session remembering the previous list: the whole store's list from the start.
            return try listPage(TaskFilter(), offset: 0, today: today)
        case .progress:
            return (try progressDocument(today: today), [])
        case .agenda:
            let agenda = try store.agenda(today: today, unit: nil)
            let doc = AgendaDocument.make(agenda, plans: [], today: today, unit: nil)
            return (doc ?? message(Msg.agendaNothing(today.display, unit: nil)), [])
        case .deadlineCalendar:
            return (try deadlineCalendarDocument(today: today), [])
        }
    }

    /// One page of a list: only its rows are read, so a store of 100,000 tasks lists as fast as one of 100.
    private func listPage(_ filter: TaskFilter, offset: Int, today: CalendarDate) throws -> (AnswerDocument, [PlanTask]) {
        let (tasks, summary) = try store.listPage(matching: filter, today: today, offset: offset, limit: maxTableRows,
                                                  soonDays: soonDays)
        return (try listDocument(tasks, summary: summary, filter: filter, offset: offset, today: today), tasks)
    }

    /// The task a reference names: its number (which must exist), or the one task whose title has
    /// the words (among deleted tasks when `deleted`).
    private func id(of ref: TaskReference, deleted: Bool = false) throws -> Int {
        switch ref {
        case .number(let n):
            guard try store.task(id: n) != nil else { throw TaskStoreError.taskNotFound(id: n) }
            return n
        case .words(let words):
            let found = try store.tasks(titleContaining: words, includingDeleted: deleted)
            guard let first = found.first else { throw TaskCommandError.noTaskMatches(words) }
            guard found.count == 1 else { throw TaskCommandError.ambiguousTask(words, candidates: found.prefix(6).map(\.id)) }
            return first.id
        }
    }

    private func message(_ text: String) -> AnswerDocument {
        AnswerDocument(blocks: [.paragraph(text)], source: Msg.taskSource)
    }
}
