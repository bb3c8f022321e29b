import DanVanIntents
import DanVanKnowledge
import Foundation

/// The repository's own Data/ and Intents/, loaded once for the tests.
enum Repository {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let knowledge = try! KnowledgeBase.load(dataDirectory: root.appendingPathComponent("Data"), userPlansDirectory: nil)
    static let catalog = try! IntentCatalog.load(directory: root.appendingPathComponent("Intents"))
}

import DanVanTasks

extension Repository {
    static let taskVocabulary = try! TaskVocabulary(contentsOf: root.appendingPathComponent("Intents/tasks.yaml"))
    static let taskParser = TaskCommandParser(vocabulary: taskVocabulary, courtesy: catalog.courtesy, resolveUnit: { text in
        switch knowledge.units.resolve(text) {
        case .known(let name): return .known(name)
        case .unknown(let suggestions): return .unknown(suggestions: suggestions)
        }
    })
    /// The engine as the assistant builds it: keyword intents and task commands.
    static let engine = UnderstandingEngine(knowledge: knowledge, catalog: catalog, parsers: [taskParser])
}
