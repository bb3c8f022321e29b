import DanVanText
import Foundation

extension TaskStore {
    /// The filtered tasks as CSV, JSON or Markdown (`danvan tasks export --format`).
    ///
    ///     try store.export(format: .md, today: today)   // a Markdown table of every task not deleted
    public func export(format: ExportFormat, matching filter: TaskFilter = TaskFilter(),
                       today: CalendarDate) throws -> String {
        let tasks = try tasks(matching: filter, today: today)
        var notes: [Int: [ProgressNote]] = [:]
        if format == .json {
            for task in tasks { notes[task.id] = try self.notes(taskID: task.id) }
        }
        return try TaskExporter.render(tasks, notes: notes, format: format)
    }
}
