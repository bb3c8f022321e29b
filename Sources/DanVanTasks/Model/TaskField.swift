/// A task column a journal entry may change (its raw value is the SQL column name).
public enum TaskField: String, Codable, Sendable, CaseIterable {
    case title, unit, coUnits = "co_units", due, product, note, status
    case completedAt = "completed_at", importKey = "import_key"
}
