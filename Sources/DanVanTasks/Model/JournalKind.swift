/// What one journal entry did.
public enum JournalKind: String, Codable, Sendable {
    case create, set, note
}
