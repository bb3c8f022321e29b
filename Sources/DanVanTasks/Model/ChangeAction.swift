/// The command a change group belongs to.
public enum ChangeAction: String, Codable, Sendable, CaseIterable {
    case add, done, reopen, note, reschedule, reassign, delete, restore, `import`, undo
}
