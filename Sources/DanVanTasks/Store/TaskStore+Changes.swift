import DanVanText
import Foundation
import GRDB

extension TaskStore {
    /// Adds a task and returns it with its number.
    ///
    ///     try store.add(TaskDraft(title: "Họp tổ dân vận", unit: "Phòng Kinh tế"), user: "lan").number   // "#1"
    ///
    /// Text is stored in NFC exactly as given (bound, never spliced into SQL).
    /// - Throws: `TaskStoreError.emptyTitle`, or a storage error.
    @discardableResult
    public func add(_ draft: TaskDraft, user: String, at: Date = Date()) throws -> PlanTask {
        var record = try Self.record(from: draft, at: at, importKey: nil)
        return try write("add") { db in
            let change = try ChangeRecorder.begin(db, action: .add, user: Self.author(user), at: at)
            try change.create(&record)
            return try TaskRecord.fetchOne(db, key: record.id)!.task
        }
    }

    /// Marks a task done.
    ///
    /// - Throws: `.taskNotFound`, `.taskDeleted`, `.alreadyDone`.
    @discardableResult
    public func complete(id: Int, user: String, at: Date = Date()) throws -> PlanTask {
        try change(id, action: .done, user: user, at: at) { change, task in
            guard task.status != TaskStatus.done.rawValue else { throw TaskStoreError.alreadyDone(id: id) }
            // completed_at first: the schema requires it for a done task (and undo replays in reverse).
            try change.set(id, .completedAt, to: ChangeRecorder.text(at))
            try change.set(id, .status, to: TaskStatus.done.rawValue)
            try Self.scheduleNext(after: task, change: change)
        }
    }

    /// Puts a done task back to pending.
    ///
    /// - Throws: `.taskNotFound`, `.taskDeleted`, `.notDone`.
    @discardableResult
    public func reopen(id: Int, user: String, at: Date = Date()) throws -> PlanTask {
        try change(id, action: .reopen, user: user, at: at) { change, task in
            guard task.status == TaskStatus.done.rawValue else { throw TaskStoreError.notDone(id: id) }
            try change.set(id, .status, to: TaskStatus.pending.rawValue)
            try change.set(id, .completedAt, to: nil)
        }
    }

    /// Adds a progress note ("đã họp xong").
    ///
    /// - Throws: `.emptyNote`, `.taskNotFound`, `.taskDeleted`.
    @discardableResult
    public func addNote(taskID: Int, text: String, user: String, at: Date = Date()) throws -> ProgressNote {
        let text = Self.clean(text)
        guard !text.isEmpty else { throw TaskStoreError.emptyNote }
        var added: ProgressNoteRecord?
        _ = try change(taskID, action: .note, user: user, at: at) { change, _ in
            added = try change.addNote(taskID: taskID, user: Self.author(user), text: text)
        }
        return added!.note
    }

    /// Sets (or clears, with nil) a task's deadline.
    ///
    /// - Throws: `.taskNotFound`, `.taskDeleted`.
    @discardableResult
    public func reschedule(id: Int, to due: CalendarDate?, user: String, at: Date = Date()) throws -> PlanTask {
        try change(id, action: .reschedule, user: user, at: at) { change, _ in
            try change.set(id, .due, to: due?.iso)
        }
    }

    /// Gives a task to another unit (a canonical name), or to nobody with nil.
    ///
    /// - Throws: `.taskNotFound`, `.taskDeleted`.
    @discardableResult
    public func reassign(id: Int, to unit: String?, user: String, at: Date = Date()) throws -> PlanTask {
        let unit = unit.map(Self.clean).flatMap { $0.isEmpty ? nil : $0 }
        return try change(id, action: .reassign, user: user, at: at) { change, _ in
            try change.set(id, .unit, to: unit)
        }
    }

    /// Soft-deletes a task: it leaves the lists but stays in the store, restorable.
    ///
    /// - Throws: `.taskNotFound`, `.taskDeleted`.
    @discardableResult
    public func delete(id: Int, user: String, at: Date = Date()) throws -> PlanTask {
        try change(id, action: .delete, user: user, at: at) { change, _ in
            try change.set(id, .status, to: TaskStatus.deleted.rawValue)
        }
    }

    /// Brings a deleted task back with the status it had before the delete.
    ///
    /// - Throws: `.taskNotFound`, `.notDeleted`.
    @discardableResult
    public func restore(id: Int, user: String, at: Date = Date()) throws -> PlanTask {
        try change(id, action: .restore, user: user, at: at, allowDeleted: true) { change, task in
            guard task.status == TaskStatus.deleted.rawValue else { throw TaskStoreError.notDeleted(id: id) }
            let before = try String.fetchOne(change.db, sql: """
                SELECT old_value FROM journal_entry
                WHERE task_id = ? AND field = 'status' AND new_value = 'deleted'
                ORDER BY id DESC LIMIT 1
                """, arguments: [id])
            let status = before.flatMap(TaskStatus.init(rawValue:)).flatMap { $0 == .deleted ? nil : $0 } ?? .pending
            let completed = try String.fetchOne(change.db, sql: "SELECT completed_at FROM task WHERE id = ?", arguments: [id])
            try change.set(id, .status, to: status == .done && completed == nil ? TaskStatus.pending.rawValue : status.rawValue)
        }
    }

    /// Loads a task, checks it may change, and runs `body` as one journaled change group.
    func change(_ id: Int, action: ChangeAction, user: String, at: Date, allowDeleted: Bool = false,
                _ body: @escaping (ChangeRecorder, TaskRecord) throws -> Void) throws -> PlanTask {
        try write(action.rawValue) { db in
            guard let task = try TaskRecord.fetchOne(db, key: id) else { throw TaskStoreError.taskNotFound(id: id) }
            if !allowDeleted, task.status == TaskStatus.deleted.rawValue { throw TaskStoreError.taskDeleted(id: id) }
            let change = try ChangeRecorder.begin(db, action: action, user: Self.author(user), at: at)
            try body(change, task)
            return try TaskRecord.fetchOne(db, key: id)!.task
        }
    }

    static func record(from draft: TaskDraft, at: Date, importKey: String?) throws -> TaskRecord {
        let title = clean(draft.title)
        guard !title.isEmpty else { throw TaskStoreError.emptyTitle }
        func optional(_ text: String?) -> String? { text.map(clean).flatMap { $0.isEmpty ? nil : $0 } }
        return TaskRecord(id: nil, title: title, unit: optional(draft.unit), coUnits: optional(draft.coUnits),
                          due: draft.due?.iso, product: optional(draft.product), note: optional(draft.note),
                          status: TaskStatus.pending.rawValue, createdAt: at, completedAt: nil, updatedAt: at,
                          source: optional(draft.source) ?? "manual", importKey: importKey,
                          recurrence: draft.recurrence?.rule)
    }

    /// NFC, trimmed, inner runs of spaces kept as typed.
    static func clean(_ text: String) -> String {
        trimmed(Folding.nfc(text))
    }

    static func author(_ user: String) -> String {
        let user = clean(user)
        return user.isEmpty ? "unknown" : user
    }
}
