import DanVanCLI
import DanVanKnowledge
import DanVanTasks
import DanVanTasksPostgres
import DanVanText
import Foundation

/// The shared store on a PostgreSQL server: the task store, the plan library every commune reads, and the
/// administrator's commands. Registered by `danvan-pg`, the only executable that links the client.
struct PostgresBackend: ServerBackend {
    var opener: TaskStoreOpener { PostgresTaskStore.opener }

    /// The local copy of the shared library, first brought in step with the server (only what changed is
    /// downloaded). When the server cannot be reached the copy answers as it is; the task store, opened
    /// later, says what is wrong.
    func libraryDirectory(store: String, locator: DataLocator) -> URL? {
        guard let settings = try? PostgresSettings(url: store, environment: locator.environment) else { return nil }
        let cache = DecodingCache.shared.directory ?? locator.userDataDirectory.appendingPathComponent("cache")
        let mirror = SharedPlanMirror(cacheDirectory: cache, settings: settings)
        if let library = try? PostgresPlanLibrary(settings: settings) {
            _ = try? mirror.synchronize(with: library)
            library.close()
        }
        Trace.mark("shared plans")
        return mirror.directory
    }

    func sharedPlans(store: String, locator: DataLocator) throws -> any SharedPlanStore {
        do {
            return SharedLibrary(library: try PostgresPlanLibrary(url: store, environment: locator.environment))
        } catch let e as WordedTaskError {
            throw CLIError.exit(e.wording)
        }
    }
}

/// `PostgresPlanLibrary` as `import` and `plans remove` use it.
private struct SharedLibrary: SharedPlanStore {
    let library: PostgresPlanLibrary

    var commune: String? { library.commune }

    func checkScope(city: Bool) throws {
        do { try library.checkScope(city: city) } catch let e as SharedPlanError { throw CLIError.usage(e.wording) }
    }

    func save(_ plan: Plan, city: Bool) throws -> [String] { try library.save(plan, city: city).replaced }

    func remove(_ reference: String) throws -> (number: String?, issuer: String) {
        let removed = try library.remove(reference)
        return (removed.number, removed.issuer)
    }
}
