import DanVanIntents
import DanVanKnowledge
import Foundation

/// The repository's own Data/ and Intents/, loaded once for the tests.
enum Repository {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let knowledge = try! KnowledgeBase.load(dataDirectory: root.appendingPathComponent("Data"), userPlansDirectory: nil)
    static let catalog = try! IntentCatalog.load(directory: root.appendingPathComponent("Intents"))
}
