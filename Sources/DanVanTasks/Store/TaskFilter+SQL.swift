extension TaskFilter.Status {
    /// The condition on the `status` column, the same on both backends (SQLite and PostgreSQL): a
    /// constant, never user text.
    public var sqlCondition: String {
        switch self {
        case .active: return "status <> 'deleted'"
        case .open: return "status = 'pending'"
        case .done: return "status = 'done'"
        case .deleted: return "status = 'deleted'"
        }
    }
}
