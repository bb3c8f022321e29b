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
    /// How many tasks a filter selects, up to `TaskStore.countCap + 1`.
    func count(matching filter: TaskFilter, today: CalendarDate) throws -> Int
    /// Tasks whose folded title contains the folded words.
    func tasks(titleContaining text: String, includingDeleted: Bool) throws -> [PlanTask]
    /// A task's progress notes, oldest first.
    func notes(taskID: Int) throws -> [ProgressNote]
    /// How many tasks each unit has in each status.
    func statusCounts() throws -> [UnitStatusCount]
    /// Every task not deleted with all its notes, from one snapshot (the report drafts).
    func reportSnapshot() throws -> [(task: PlanTask, notes: [ProgressNote])]

    /// Imports an appendix CSV as one change group (rows already imported are left alone).
    func importCSV(at url: URL, vocabulary: TaskVocabulary, resolveUnit: @escaping UnitResolver,
                   today: CalendarDate, user: String, at: Date) throws -> ImportReport
    /// The filtered tasks as CSV, JSON or Markdown.
    func export(format: ExportFormat, matching filter: TaskFilter, today: CalendarDate) throws -> String
}

extension TaskStoring {
    /// The filtered tasks with their latest progress note, for a report by unit.
    public func reportRows(matching filter: TaskFilter, today: CalendarDate) throws -> [TaskReportRow] {
        try tasks(matching: filter, today: today, limit: nil).map { task in
            let notes = try self.notes(taskID: task.id)
            return TaskReportRow(task: task, latestNote: notes.last, noteCount: notes.count)
        }
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
