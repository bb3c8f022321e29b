import DanVanText

/// The version of danvan's JSON outputs (`ask --json`, `tasks list --json`, `tasks export --format
/// json`): raised whenever a field changes meaning or disappears; new fields do not raise it.
public enum TaskJSON {
    public static let schema = 1
}

extension TaskStoring {
    /// `tasks` as `{"schema": 1, "tasks": [...]}`, each with its progress notes.
    public func json(for tasks: [PlanTask]) throws -> String {
        var notes: [Int: [ProgressNote]] = [:]
        for task in tasks { notes[task.id] = try self.notes(taskID: task.id) }
        return try TaskExporter.json(tasks, notes: notes)
    }
}
