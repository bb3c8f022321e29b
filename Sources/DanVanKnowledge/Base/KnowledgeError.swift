/// Why the knowledge base could not be loaded; worded by `Msg`.
public enum KnowledgeError: Error, Equatable {
    case dataFolderMissing
    case fileMissing(path: String)
    case brokenFile(path: String, line: Int?, reason: String)
}
