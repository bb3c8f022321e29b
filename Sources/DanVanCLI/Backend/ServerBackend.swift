import DanVanKnowledge
import DanVanTasks
import DanVanText
import Foundation

/// What `danvan-pg` adds to the commands: the shared store on a PostgreSQL server. The command
/// definitions (options, help, checks of the arguments) stay in this module for both executables; the
/// work that needs the PostgreSQL client is done here, by the backend `danvan-pg` registers
/// (`ServerBackends.register`). `danvan` registers none and hands such commands over to `danvan-pg`.
public protocol ServerBackend {
    /// Opens a `postgresql://` task store.
    var opener: TaskStoreOpener { get }

    /// The folder the knowledge base reads as the plan library of a `postgresql://` store: the local copy
    /// of the shared library, first brought in step with the server.
    func libraryDirectory(store: String, locator: DataLocator) -> URL?

    /// The shared plan library of a `postgresql://` store, or the worded error and exit status 2.
    func sharedPlans(store: String, locator: DataLocator) throws -> any SharedPlanStore

    /// `danvan admin init URL --commune …`: creates or upgrades the schema and the commune.
    func adminInit(url: String, commune: String) throws
    /// `danvan admin official add URL …`, with the password read from standard input when one was piped in.
    func adminAddOfficial(url: String, login: String, commune: String, unit: String, rights: String, password: String?) throws
    /// `danvan admin official list URL`.
    func adminListOfficials(url: String) throws
    /// `danvan admin report URL`: the city's counts on the day `today`.
    func adminReport(url: String, today: CalendarDate) throws
    /// `danvan tasks migrate`: the SQLite store at `source` into the commune of the server at `url`.
    func migrate(source: String, to url: String, commune: String) throws
}

/// The plan library shared on a server, as `import` and `plans remove` use it.
public protocol SharedPlanStore {
    /// The commune of the official's login; nil for an administrator (the city's library).
    var commune: String? { get }
    /// Refuses (a usage error, status 64) an import the login may not make: `--city` by an official,
    /// a commune's import by an administrator.
    func checkScope(city: Bool) throws
    /// Stores the plan (the city's library with `city`); the ids of the plans it replaced.
    func save(_ plan: Plan, city: Bool) throws -> [String]
    /// Removes a plan by id or number; its number and issuer.
    func remove(_ reference: String) throws -> (number: String?, issuer: String)
}
