import DanVanText
import Foundation

// Public initialisers for the values a store returns, so a store in another module (the PostgreSQL
// backend) builds the same values as the SQLite store. Labels differ from the memberwise ones.

extension PlanTask {
    /// A task as a store read it; `number` is its number in its store (`#number`).
    public init(number: Int, title: String, unit: String?, coUnits: String?, due: CalendarDate?, product: String?,
                note: String?, status: TaskStatus, createdAt: Date, completedAt: Date?, updatedAt: Date, source: String,
                recurrence: TaskRecurrence? = nil) {
        self.init(id: number, title: title, unit: unit, coUnits: coUnits, due: due, product: product, note: note,
                  status: status, createdAt: createdAt, completedAt: completedAt, updatedAt: updatedAt, source: source,
                  recurrence: recurrence)
    }
}

extension ProgressNote {
    /// A progress note as a store read it.
    public init(noteID: Int, taskNumber: Int, at: Date, user: String, text: String) {
        self.init(id: noteID, taskID: taskNumber, at: at, user: user, text: text)
    }
}

extension HistoryEvent {
    /// One journal entry with its change group, as a store read it.
    public init(group: Int, taskNumber: Int, at: Date, user: String, action: ChangeAction, kind: JournalKind,
                field: TaskField?, oldValue: String?, newValue: String?, undoneAction: ChangeAction?) {
        self.init(groupID: group, taskID: taskNumber, at: at, user: user, action: action, kind: kind, field: field,
                  oldValue: oldValue, newValue: newValue, undoneAction: undoneAction)
    }
}

extension UndoResult {
    /// What an undo reverted.
    public init(undone action: ChangeAction, tasks: [PlanTask], detail: String?) {
        self.init(action: action, tasks: tasks, detail: detail)
    }
}

extension ImportReport {
    /// The outcome of an import.
    public init(file: String, added: [PlanTask], alreadyPresent: Int, warnings: [ImportWarning], omittedWarnings: Int = 0) {
        self.init(fileName: file, added: added, alreadyPresent: alreadyPresent, warnings: warnings, omittedWarnings: omittedWarnings)
    }
}

extension UnitStatusCount {
    /// How many tasks of a unit have a status.
    public init(unitName: String?, status: TaskStatus, count: Int) {
        self.init(unit: unitName, status: status, count: count)
    }
}
