/// Why the knowledge base could not be loaded; worded by `Msg`.
public enum KnowledgeError: Error, Equatable {
    case dataFolderMissing
}
