import DanVanText
import Foundation
import GRDB

extension TaskStore {
    /// When `task` recurs, adds its next occurrence — the same task, pending, due on the rule's next
    /// date after this one's deadline — in the same change group, so one undo takes back both the
    /// completion and the new occurrence.
    ///
    ///     // #4 "Báo cáo tháng", monthly:15, due 15/01/2025
    ///     try store.complete(id: 4, user: "lan")   // #5 "Báo cáo tháng", due 15/02/2025
    ///
    /// Nothing is added when an occurrence following this one is already there (reopened, then done
    /// again), nor for a task without a deadline (the first occurrence then starts from the completion day).
    static func scheduleNext(after task: TaskRecord, change: ChangeRecorder) throws {
        guard let rule = task.recurrence.flatMap(TaskRecurrence.init(rule:)), let id = task.id else { return }
        let existing = try Int.fetchOne(change.db, sql: """
            SELECT count(*) FROM task WHERE recurs_from = ? AND status <> 'deleted'
            """, arguments: [id]) ?? 0
        guard existing == 0 else { return }
        let base = task.due.flatMap(CalendarDate.init(iso:)) ?? TaskClock.day(of: change.at)
        var next = task
        next.id = nil
        next.due = rule.next(after: base).iso
        next.status = TaskStatus.pending.rawValue
        next.createdAt = change.at
        next.updatedAt = change.at
        next.completedAt = nil
        next.importKey = nil
        next.recursFrom = id
        try change.create(&next)
    }

    /// The occurrence scheduled when `id` was completed, if any (not deleted).
    public func nextOccurrence(of id: Int) throws -> PlanTask? {
        try read("next occurrence") { db in
            try TaskRecord.fetchOne(db, sql: """
                SELECT * FROM task WHERE recurs_from = ? AND status <> 'deleted' ORDER BY id DESC LIMIT 1
                """, arguments: [id])?.task
        }
    }
}
