import Foundation

/// One change to a task, as the journal keeps it.
///
///     HistoryEvent(action: .reschedule, field: .due, oldValue: "2025-10-20", newValue: "2025-10-30", …)
public struct HistoryEvent: Equatable, Sendable {
    public var groupID: Int
    public var taskID: Int
    public var at: Date
    public var user: String
    /// The command the change belonged to.
    public var action: ChangeAction
    /// What the entry did: created the task, set a field, or added a progress note.
    public var kind: JournalKind
    /// The field set (`kind == .set`).
    public var field: TaskField?
    /// Values as stored: dates `YYYY-MM-DD`, statuses `pending`/`done`/`deleted`.
    public var oldValue: String?
    public var newValue: String?
    /// For an undo: the action that was undone.
    public var undoneAction: ChangeAction?
}
