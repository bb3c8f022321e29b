import DanVanKnowledge
import DanVanTasks
import DanVanTasksPostgres
import DanVanText
import Foundation

/// The plan library when the store is a PostgreSQL server: the shared one, read through a local copy.
enum SharedPlans {
    /// The folder the knowledge base reads as the library: the user's own with an SQLite store; with a
    /// `postgresql://` store, the local copy of the shared library, first brought in step with the server
    /// (only what changed is downloaded). When the server cannot be reached the copy answers as it is;
    /// the task store, opened later, says what is wrong.
    static func libraryDirectory(store: String, locator: DataLocator) -> URL? {
        guard TaskStoreOpener.isPostgresURL(store) else { return locator.userPlansDirectory }
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

    /// Opens the shared library of a `postgresql://` store, or the worded error and exit status 2.
    static func open(store: String, locator: DataLocator) throws -> PostgresPlanLibrary {
        do {
            return try PostgresPlanLibrary(url: store, environment: locator.environment)
        } catch let e as WordedTaskError {
            throw CLIError.exit(e.wording)
        }
    }
}
