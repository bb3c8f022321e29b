import DanVanText
import Foundation

/// What the assistant, the reports and the command line need from a task store, whatever the engine:
/// the embedded SQLite file (`TaskStore`) or a shared PostgreSQL server (`PostgresTaskStore`).
///
///     let store: any TaskStoring = try TaskStoreOpener.sqlite.open("/tmp/tasks.sqlite", false)
///     try store.add(TaskDraft(title: "Họp tổ dân vận"), user: "lan", at: Date()).number   // "#1"
///
/// Every change is one journaled change group (what `undo` reverts); a refused change changes
/// nothing. `user` names the author on SQLite; a server store records its connected role instead.
public protocol TaskStoring: AnyObject, Sendable {
    /// Where the store is, for messages: a file path or a URL without its password.
    var location: String { get }

    /// Adds a task and returns it with its number.
    func add(_ draft: TaskDraft, user: String, at: Date) throws -> PlanTask
    /// Marks a task done.
    func complete(id: Int, user: String, at: Date) throws -> PlanTask
    /// Puts a done task back to pending.
    func reopen(id: Int, user: String, at: Date) throws -> PlanTask
    /// Adds a progress note.
    func addNote(taskID: Int, text: String, user: String, at: Date) throws -> ProgressNote
    /// Sets or clears a deadline.
    func reschedule(id: Int, to due: CalendarDate?, user: String, at: Date) throws -> PlanTask
    /// Gives a task to another unit, or to nobody.
    func reassign(id: Int, to unit: String?, user: String, at: Date) throws -> PlanTask
    /// Soft-deletes a task.
    func delete(id: Int, user: String, at: Date) throws -> PlanTask
    /// Brings a deleted task back.
    func restore(id: Int, user: String, at: Date) throws -> PlanTask
    /// Reverts the latest change group not yet undone (on a server: the latest of this user's).
    func undo(user: String, at: Date) throws -> UndoResult

    /// Every journaled change of one task, oldest first.
    func history(taskID: Int) throws -> [HistoryEvent]
    /// The latest journaled changes, newest first.
    func recentHistory(limit: Int) throws -> [HistoryEvent]
    /// One task by number, whatever its status.
    func task(id: Int) throws -> PlanTask?
    /// The tasks a filter selects, in list order (open by deadline, then done, then deleted).
    func tasks(matching filter: TaskFilter, today: CalendarDate, limit: Int?) throws -> [PlanTask]
    /// The tasks a filter selects from position `offset` in list order, at most `limit` (a page of a
    /// list; "xem thêm" asks for the next).
    func tasks(matching filter: TaskFilter, today: CalendarDate, offset: Int, limit: Int) throws -> [PlanTask]
    /// How many tasks a filter selects, up to `TaskStore.countCap + 1`.
    func count(matching filter: TaskFilter, today: CalendarDate) throws -> Int
    /// The counts that open a list of `filter`'s tasks: total, done, overdue, due within `soonDays`.
    func summary(matching filter: TaskFilter, today: CalendarDate, soonDays: Int) throws -> TaskListSummary
    /// A page of a list with the counts that open it (a server store answers both in one request).
    func listPage(matching filter: TaskFilter, today: CalendarDate, offset: Int, limit: Int,
                  soonDays: Int) throws -> (tasks: [PlanTask], summary: TaskListSummary)
    /// Tasks whose folded title contains the folded words.
    func tasks(titleContaining text: String, includingDeleted: Bool) throws -> [PlanTask]
    /// A task's progress notes, oldest first.
    func notes(taskID: Int) throws -> [ProgressNote]
    /// The pending tasks overdue, due today and due in the next `days` days, of `unit` or of everybody;
    /// at most `limit` of each, by deadline, with their totals.
    func agenda(today: CalendarDate, unit: String?, days: Int, limit: Int) throws -> TaskAgenda
    /// The pending tasks due from `first` to `last` (both included), by deadline then number.
    func openTasks(dueFrom first: CalendarDate, through last: CalendarDate) throws -> [PlanTask]
    /// The pending tasks with a deadline, of `unit` or of everybody, each with the number of the first
    /// task of its series (a recurring task's later occurrences share it).
    func calendarTasks(unit: String?) throws -> [(task: PlanTask, series: Int)]
    /// The occurrence scheduled when recurring task `id` was completed, if any (not deleted).
    func nextOccurrence(of id: Int) throws -> PlanTask?
    /// How many tasks each unit has in each status.
    func statusCounts() throws -> [UnitStatusCount]
    /// Every unit's tasks (not deleted): total, done and overdue, units by name, unassigned last.
    func unitProgress(today: CalendarDate) throws -> [UnitProgress]
    /// Every task not deleted with all its notes, from one snapshot (the report drafts).
    func reportSnapshot() throws -> [(task: PlanTask, notes: [ProgressNote])]

    /// Imports an appendix CSV as one change group (rows already imported are left alone).
    func importCSV(at url: URL, vocabulary: TaskVocabulary, resolveUnit: @escaping UnitResolver,
                   today: CalendarDate, user: String, at: Date) throws -> ImportReport
    /// Imports the rows of an appendix table read from a plan or a workbook as one change group; each
    /// task keeps its plan, row and group of rows.
    func importRows(_ rows: [TaskTableRow], fileName: String, vocabulary: TaskVocabulary,
                    resolveUnit: @escaping UnitResolver, today: CalendarDate, user: String, at: Date) throws -> ImportReport
    /// The plan, appendix row and group a task was imported from, when it was.
    func planLink(ofTask id: Int) throws -> (planID: String, row: Int, group: String?)?
    /// The filtered tasks as CSV, JSON or Markdown.
    func export(format: ExportFormat, matching filter: TaskFilter, today: CalendarDate) throws -> String
}

extension TaskStoring {
    /// The day's agenda: overdue, due today, due in the next 7 days, the first 5 of each.
    public func agenda(today: CalendarDate, unit: String?) throws -> TaskAgenda {
        try agenda(today: today, unit: unit, days: 7, limit: 5)
    }

    /// The counts that open a list of `filter`'s tasks: total, done, overdue, due within `soonDays`
    /// (each a capped `count`, so any backend answers as fast for a large store as for a small one).
    public func summary(matching filter: TaskFilter, today: CalendarDate, soonDays: Int) throws -> TaskListSummary {
        let parts = filter.summaryParts(soonDays: soonDays)
        func count(_ part: TaskFilter?) throws -> Int { try part.map { try self.count(matching: $0, today: today) } ?? 0 }
        return TaskListSummary(total: try count(parts.total), done: try count(parts.done), overdue: try count(parts.overdue),
                               dueSoon: try count(parts.dueSoon), soonDays: soonDays)
    }

    /// A page of a list and the counts that open it: `tasks(matching:today:offset:limit:)` and `summary`.
    public func listPage(matching filter: TaskFilter, today: CalendarDate, offset: Int, limit: Int,
                         soonDays: Int) throws -> (tasks: [PlanTask], summary: TaskListSummary) {
        (try tasks(matching: filter, today: today, offset: offset, limit: limit),
         try summary(matching: filter, today: today, soonDays: soonDays))
    }

    /// Renders tasks already read with `TaskExporter` (JSON carries each task's notes).
    public func render(_ tasks: [PlanTask], format: ExportFormat) throws -> String {
        var notes: [Int: [ProgressNote]] = [:]
        if format == .json {
            for task in tasks { notes[task.id] = try self.notes(taskID: task.id) }
        }
        return try TaskExporter.render(tasks, notes: notes, format: format)
    }
}
