extension TaskCommand {
    /// The task a change acts on (done, reopen, update, reschedule, reassign, delete, restore); nil for
    /// commands that only read or act on no one task.
    public var changedReference: TaskReference? {
        switch self {
        case .complete(let r), .reopen(let r), .update(let r, _), .reschedule(let r, _), .extend(let r, _), .reassign(let r, _),
             .delete(let r), .restore(let r):
            return r
        case .add, .undo, .history, .show, .list, .listPage, .more, .progress, .agenda, .deadlineCalendar:
            return nil
        }
    }

    /// The same change acting on `reference` instead (a confirmed title match becomes its number).
    public func replacingReference(with reference: TaskReference) -> TaskCommand {
        switch self {
        case .complete: return .complete(reference)
        case .reopen: return .reopen(reference)
        case .update(_, let note): return .update(reference, note: note)
        case .reschedule(_, let due): return .reschedule(reference, due: due)
        case .extend(_, let span): return .extend(reference, by: span)
        case .reassign(_, let unit): return .reassign(reference, unit: unit)
        case .delete: return .delete(reference)
        case .restore: return .restore(reference)
        case .add, .undo, .history, .show, .list, .listPage, .more, .progress, .agenda, .deadlineCalendar: return self
        }
    }
}
