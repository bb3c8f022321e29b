import DanVanTasks
import DanVanText
import Foundation
import PostgresNIO

extension PostgresTaskStore {
    @discardableResult
    public func add(_ draft: TaskDraft, user: String, at: Date) throws -> PlanTask {
        let title = Self.clean(draft.title)
        guard !title.isEmpty else { throw TaskStoreError.emptyTitle }
        // An official of a unit adds the tasks of their unit: no unit named means theirs.
        let unitName = Self.optional(draft.unit) ?? (rights == "unit" ? unit : nil)
        guard rights == "commune" || unitName == unit else {
            throw PostgresStoreError.refused(role: role, myUnit: unit, action: "add", number: nil, unit: unitName)
        }
        return try changing("add", { changeID -> PlanTask in
            let group = try beginGroup(changeID, action: .add, at: at)
            let id = try insertTask(draft, title: title, unit: unitName, at: at, importKey: nil, source: Self.optional(draft.source) ?? "manual", group: group)
            return try taskByID(id)
        }, alreadyDone: { changeID -> PlanTask? in try createdTasks(changeID).first })
    }

    /// Inserts a task with the commune's next number and journals its creation; returns its id.
    func insertTask(_ draft: TaskDraft, title: String, unit unitName: String?, at: Date, importKey: String?,
                    source: String, group: Int64,
                    plan: (id: String?, row: Int?, group: String?) = (nil, nil, nil)) throws -> Int64 {
        let id = try run("""
            INSERT INTO danvan.task (number, title, unit, co_units, due, product, note, status, created_at, updated_at,
                                     source, import_key, plan_id, plan_row, plan_group, recurrence)
            VALUES (danvan.next_number(), \(title), \(unitName), \(Self.optional(draft.coUnits)), \(draft.due?.iso)::date,
                    \(Self.optional(draft.product)), \(Self.optional(draft.note)), 'pending', \(at), \(at), \(source), \(importKey),
                    \(plan.id), \(plan.row), \(plan.group), \(draft.recurrence?.rule))
            RETURNING id
            """, "add").first!.int64("id")
        try run("""
            INSERT INTO danvan.journal_entry (group_id, task_id, kind, new_value)
            VALUES (\(group), \(id), 'create', \(source))
            """, "add")
        return id
    }

    /// The task with this internal id.
    func taskByID(_ id: Int64) throws -> PlanTask {
        try run("SELECT \(unescaped: Self.taskColumns) FROM danvan.task WHERE id = \(id)", "task").first!.task()
    }

    /// Tasks created by a change group (to answer a retried add or import).
    func createdTasks(_ changeID: UUID) throws -> [PlanTask] {
        try run("""
            SELECT \(unescaped: Self.taskColumns(of: "t"))
            FROM danvan.journal_entry j JOIN danvan.change_group g ON g.id = j.group_id JOIN danvan.task t ON t.id = j.task_id
            WHERE g.change_id = \(changeID) AND j.kind = 'create' ORDER BY j.id
            """, "task").map { try $0.task() }
    }

    @discardableResult
    public func complete(id: Int, user: String, at: Date) throws -> PlanTask {
        try change(id, action: .done, at: at) { change, task in
            guard task.status != .done else { throw TaskStoreError.alreadyDone(id: id) }
            try change.set(.completedAt, to: Self.stamp(at))
            try change.set(.status, to: TaskStatus.done.rawValue)
            try scheduleNext(after: task, change: change)
        }
    }

    /// When `task` recurs, adds its next occurrence (the same task, pending, due on the rule's next date
    /// after this one's deadline) in the same change group, so one undo takes back both — as on SQLite.
    /// Nothing is added when an occurrence following this one is already there (reopened, done again).
    func scheduleNext(after task: PlanTask, change: PostgresChange) throws {
        guard let rule = task.recurrence else { return }
        let existing = try run("""
            SELECT 1 AS one FROM danvan.task WHERE recurs_from = \(change.taskID) AND status <> 'deleted'
            """, "done")
        guard existing.isEmpty else { return }
        let due = rule.next(after: task.due ?? TaskClock.day(of: change.at))
        let id = try run("""
            INSERT INTO danvan.task (number, title, unit, co_units, due, product, note, status, created_at, updated_at,
                                     source, plan_id, plan_row, plan_group, recurrence, recurs_from)
            SELECT danvan.next_number(), title, unit, co_units, \(due.iso)::date, product, note, 'pending', \(change.at),
                   \(change.at), source, plan_id, plan_row, plan_group, recurrence, id
            FROM danvan.task WHERE id = \(change.taskID)
            RETURNING id, source
            """, "done").first!
        try run("""
            INSERT INTO danvan.journal_entry (group_id, task_id, kind, new_value)
            VALUES (\(change.group), \(try id.int64("id")), 'create', \(try id.string("source")))
            """, "done")
    }

    @discardableResult
    public func reopen(id: Int, user: String, at: Date) throws -> PlanTask {
        try change(id, action: .reopen, at: at) { change, task in
            guard task.status == .done else { throw TaskStoreError.notDone(id: id) }
            try change.set(.status, to: TaskStatus.pending.rawValue)
            try change.set(.completedAt, to: nil)
        }
    }

    @discardableResult
    public func addNote(taskID: Int, text: String, user: String, at: Date) throws -> ProgressNote {
        let text = Self.clean(text)
        guard !text.isEmpty else { throw TaskStoreError.emptyNote }
        _ = try change(taskID, action: .note, at: at) { change, _ in
            try change.addNote(text)
        }
        return try notes(taskID: taskID).last!
    }

    @discardableResult
    public func reschedule(id: Int, to due: CalendarDate?, user: String, at: Date) throws -> PlanTask {
        try change(id, action: .reschedule, at: at) { change, _ in try change.set(.due, to: due?.iso) }
    }

    @discardableResult
    public func reassign(id: Int, to unit: String?, user: String, at: Date) throws -> PlanTask {
        let unit = Self.optional(unit)
        return try change(id, action: .reassign, at: at) { change, _ in try change.set(.unit, to: unit) }
    }

    @discardableResult
    public func delete(id: Int, user: String, at: Date) throws -> PlanTask {
        try change(id, action: .delete, at: at) { change, _ in try change.set(.status, to: TaskStatus.deleted.rawValue) }
    }

    @discardableResult
    public func restore(id: Int, user: String, at: Date) throws -> PlanTask {
        try change(id, action: .restore, at: at, allowDeleted: true) { change, task in
            guard task.status == .deleted else { throw TaskStoreError.notDeleted(id: id) }
            let before = try run("""
                SELECT old_value FROM danvan.journal_entry
                WHERE task_id = \(change.taskID) AND field = 'status' AND new_value = 'deleted'
                ORDER BY id DESC LIMIT 1
                """, "restore").first?.optionalString("old_value")
            let status = before.flatMap(TaskStatus.init(rawValue:)).flatMap { $0 == .deleted ? nil : $0 } ?? .pending
            try change.set(.status, to: status == .done && task.completedAt == nil ? TaskStatus.pending.rawValue : status.rawValue)
        }
    }

    /// One journaled change of one task, checked against the rights first (for a worded refusal);
    /// the policies refuse it anyway.
    func change(_ number: Int, action: ChangeAction, at: Date, allowDeleted: Bool = false,
                _ body: (PostgresChange, PlanTask) throws -> Void) throws -> PlanTask {
        try changing(action.rawValue, { changeID -> PlanTask in
            guard let stored = try storedTask(number: number, operation: action.rawValue) else {
                throw TaskStoreError.taskNotFound(id: number)
            }
            if !allowDeleted, stored.task.status == .deleted { throw TaskStoreError.taskDeleted(id: number) }
            guard stored.mayChange else {
                throw PostgresStoreError.refused(role: role, myUnit: unit, action: action.rawValue, number: number, unit: stored.task.unit)
            }
            try run("SELECT 1 AS one FROM danvan.task WHERE id = \(stored.id) FOR UPDATE", action.rawValue)
            let group = try beginGroup(changeID, action: action, at: at)
            let change = PostgresChange(store: self, group: group, taskID: stored.id, number: number, action: action, at: at)
            try body(change, stored.task)
            return try taskByID(stored.id)
        }, alreadyDone: { changeID -> PlanTask? in
            try applied(changeID) ? try task(id: number) : nil
        })
    }
}

/// The changes of one task inside a change group: each `set` journals old → new, then updates.
struct PostgresChange {
    let store: PostgresTaskStore
    let group: Int64
    let taskID: Int64
    let number: Int
    let action: ChangeAction
    let at: Date

    /// The SQL type of a column, for the cast of its text value.
    static func type(of field: TaskField) -> String {
        switch field {
        case .due: return "date"
        case .completedAt: return "timestamptz"
        default: return "text"
        }
    }

    /// Sets one column (its name from `TaskField`, never from user text), journaling old → new.
    @discardableResult
    func set(_ field: TaskField, to value: String?) throws -> Bool {
        try set(taskID: taskID, number: number, field, to: value)
    }

    @discardableResult
    func set(taskID: Int64, number: Int, _ field: TaskField, to value: String?) throws -> Bool {
        let column = field.rawValue
        let old = try store.run("SELECT \(unescaped: column)::text AS v FROM danvan.task WHERE id = \(taskID)", action.rawValue)
            .first?.optionalString("v")
        if old == value { return false }
        try store.run("""
            INSERT INTO danvan.journal_entry (group_id, task_id, kind, field, old_value, new_value)
            VALUES (\(group), \(taskID), 'set', \(column), \(old), \(value))
            """, action.rawValue)
        let updated = try store.run("""
            UPDATE danvan.task SET \(unescaped: column) = \(value)::\(unescaped: Self.type(of: field)), updated_at = \(at)
            WHERE id = \(taskID)
            """, action.rawValue)
        guard updated.affected == 1 else {
            throw PostgresStoreError.refused(role: store.role, myUnit: store.unit, action: action.rawValue, number: number, unit: nil)
        }
        return true
    }

    /// Adds a progress note and journals it.
    func addNote(_ text: String) throws {
        let note = try store.run("""
            INSERT INTO danvan.progress_note (task_id, at, text) VALUES (\(taskID), \(at), \(text)) RETURNING id
            """, "note").first!.int64("id")
        try store.run("UPDATE danvan.task SET updated_at = \(at) WHERE id = \(taskID)", "note")
        try store.run("""
            INSERT INTO danvan.journal_entry (group_id, task_id, kind, new_value, note_id)
            VALUES (\(group), \(taskID), 'note', \(text), \(note))
            """, "note")
    }
}
