/// Where a task stands. `deleted` is soft: the row stays and can be restored.
public enum TaskStatus: String, Codable, Sendable, CaseIterable {
    case pending
    case done
    case deleted
}
