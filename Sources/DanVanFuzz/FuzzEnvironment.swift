import DanVanAssistant
import DanVanIntents
import DanVanKnowledge
import DanVanTasks
import DanVanText
import Foundation

/// The scratch folder `atexit` removes (a C callback cannot capture it).
private var scratchToRemove: String?

/// What the fuzz targets share: the repository's knowledge and intents, a scratch folder for stores.
///
/// The knowledge comes from the `Data/` and `Intents/` found the way `danvan` finds them (beside the
/// binary or a parent folder, or `$DANVAN_HOME`). Stores live in `/dev/shm` when it exists, so
/// fuzzing does not wear the disk; the folder is removed at exit.
final class FuzzEnvironment {
    static let shared = FuzzEnvironment()

    let knowledge: KnowledgeBase
    let catalog: IntentCatalog
    let taskVocabulary: TaskVocabulary
    let scratch: URL
    let today = CalendarDate(iso: "2025-09-10")!

    private init() {
        let locator = DataLocator(environment: ProcessInfo.processInfo.environment)
        guard let data = locator.dataDirectory, let intents = locator.intentsDirectory else { fatalError(Msg.dataFolderMissing) }
        DateGrammar.configure(vocabularyAt: intents.appendingPathComponent("dates.yaml"))
        do {
            knowledge = try KnowledgeBase.load(dataDirectory: data, userPlansDirectory: nil)
            catalog = try IntentCatalog.load(directory: intents)
            taskVocabulary = try TaskVocabulary(contentsOf: intents.appendingPathComponent("tasks.yaml"))
        } catch {
            fatalError("\(error)")
        }
        let base = FileManager.default.fileExists(atPath: "/dev/shm") ? "/dev/shm" : NSTemporaryDirectory()
        Self.removeLeftovers(in: base)
        scratch = URL(fileURLWithPath: base).appendingPathComponent("danvan-fuzz-\(getpid())")
        try? FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        scratchToRemove = scratch.path
        atexit { if let path = scratchToRemove { try? FileManager.default.removeItem(atPath: path) } }
    }

    /// Removes the scratch folders of fuzz processes that died without `atexit` (a crash found).
    private static func removeLeftovers(in base: String) {
        for name in (try? FileManager.default.contentsOfDirectory(atPath: base)) ?? [] where name.hasPrefix("danvan-fuzz-") {
            guard let pid = Int32(name.dropFirst("danvan-fuzz-".count)), kill(pid, 0) != 0, errno == ESRCH else { continue }
            try? FileManager.default.removeItem(atPath: (base as NSString).appendingPathComponent(name))
        }
    }

    /// A fresh store file path under the scratch folder (its old files removed).
    func freshStorePath(_ name: String) -> String {
        let path = scratch.appendingPathComponent(name).path
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
        return path
    }

    /// The unit resolver commands and imports use, over the repository's units.
    var resolveUnit: UnitResolver {
        let units = knowledge.units
        return { text in
            switch units.resolve(text) {
            case .known(let name): return .known(name)
            case .unknown(let suggestions): return .unknown(suggestions: suggestions)
            }
        }
    }
}
