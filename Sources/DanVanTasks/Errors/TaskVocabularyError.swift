/// A vocabulary file that cannot be used.
public enum TaskVocabularyError: Error, Equatable, Sendable {
    case unreadable(path: String)
    case malformed(path: String, detail: String)
}
