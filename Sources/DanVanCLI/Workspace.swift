import ArgumentParser
import DanVanAssistant
import DanVanIntents
import DanVanKnowledge
import DanVanTasks
import DanVanText
import Foundation

/// Loads what a command needs (knowledge, intents, task store) from the options and the environment.
struct Workspace {
    var locator: DataLocator
    var knowledge: KnowledgeBase
    var catalog: IntentCatalog
    var options: WorkspaceOptions
    /// `config.toml`, empty when there is none.
    var config: DanvanConfig
    /// `--store`, `$DANVAN_STORE`, `store` of config.toml, or `$XDG_DATA_HOME/danvan/tasks.sqlite`.
    let storePath: String
    /// How to open `storePath`: the server backend's for a `postgresql://` URL, else the SQLite file.
    let storeOpener: TaskStoreOpener

    /// The task vocabulary, when the start-up snapshot held it.
    private var snapshotTasks: TaskVocabulary?
    /// A snapshot to write once the task vocabulary is decoded too, with what was decoded from the sources.
    private var pendingSnapshot: (snapshot: StartupSnapshot, knowledge: KnowledgeSources, intents: IntentSources)?

    init(_ options: CommonOptions) throws {
        try self.init(options.workspaceOptions)
    }

    init(_ options: WorkspaceOptions) throws {
        self.options = options
        let env = ProcessInfo.processInfo.environment
        locator = DataLocator(environment: env, dataOverride: options.data)
        config = try DanvanConfig.load(environment: env)
        // The store's location, decided once, before anything is read or opened. A `postgresql://` store
        // needs the server backend: in `danvan`, which has none, the process becomes `danvan-pg` here.
        let store = config.storeSetting(flag: options.store, environment: env).value ?? TaskStore.defaultPath(environment: env)
        let server = TaskStoreOpener.isPostgresURL(store) ? try ServerBackends.required() : nil
        storePath = store
        storeOpener = server?.opener ?? .sqlite
        Trace.mark("locator")
        guard let data = locator.dataDirectory, let intents = locator.intentsDirectory else {
            throw CLIError(Msg.dataFolderMissing)
        }
        let fallback = locator.installRoot?.appendingPathComponent("Data")
        let cacheDirectory = DecodingCache.shared.directory
        DateGrammar.configure(vocabularyAt: intents.appendingPathComponent("dates.yaml"), cacheDirectory: cacheDirectory)
        Trace.mark("cache dir")
        // The fallback is the data folder itself unless `--data` names another: fingerprint it once.
        let folders = [data, intents] + [fallback].compactMap { $0 }.filter { $0.standardizedFileURL != data.standardizedFileURL }
        let snapshot = StartupSnapshot(cacheDirectory: cacheDirectory, sourceFolders: folders)
        Trace.mark("fingerprint")
        // With a server the plan library is the shared one (through its local copy), else the user's folder.
        let plansDirectory = server == nil ? locator.userPlansDirectory : server?.libraryDirectory(store: store, locator: locator)
        if let contents = snapshot?.read() {
            Trace.mark("snapshot read")
            knowledge = KnowledgeBase(sources: contents.knowledge, userPlansDirectory: plansDirectory,
                                      builtInDirectory: contents.directory, glossary: contents.glossary)
            Trace.mark("knowledge built")
            catalog = IntentCatalog(sources: contents.intents)
            snapshotTasks = contents.tasks
            Trace.mark("intents compiled")
            return
        }
        do {
            let knowledgeSources = try KnowledgeBase.loadSources(dataDirectory: data, fallbackDirectory: fallback)
            knowledge = KnowledgeBase(sources: knowledgeSources, userPlansDirectory: plansDirectory)
            Trace.mark("knowledge")
            let intentSources = try IntentCatalog.loadSources(directory: intents)
            catalog = IntentCatalog(sources: intentSources)
            Trace.mark("intents")
            pendingSnapshot = snapshot.map { ($0, knowledgeSources, intentSources) }
        } catch let e as KnowledgeError {
            throw CLIError(Self.describe(e))
        } catch let problem as DataFileProblem {
            throw CLIError(problem.message)
        } catch IntentCatalogError.unknownIntent(let p, let id) {
            throw CLIError(Msg.brokenFile(p, line: nil, reason: Msg.unknownIntentID(id)))
        }
    }

    static func describe(_ e: KnowledgeError) -> String {
        switch e {
        case .dataFolderMissing: return Msg.dataFolderMissing
        }
    }

    /// `--user`, `$DANVAN_USER`, `user` of config.toml, `$USER`.
    var user: String { userSetting.value ?? "danvan" }

    var userSetting: ConfigSetting {
        config.setting("user", flag: ("--user", options.user), variables: ["DANVAN_USER"], environment: locator.environment,
                       fallback: locator.environment["USER"])
    }

    /// Where `storePath` came from (`danvan config`).
    var storeSetting: ConfigSetting { config.storeSetting(flag: options.store, environment: locator.environment) }

    /// The store at `storePath`, opened (and created or migrated on SQLite) for writing.
    func openStore() throws -> any TaskStoring { try storeOpener.open(storePath, false) }

    /// The store for a command that only reads: a read-only connection when the SQLite file is current
    /// (never waiting on another process's write lock), else opened (and set up) for writing.
    func openStoreForReading() throws -> any TaskStoring {
        try (try? storeOpener.open(storePath, true)) ?? storeOpener.open(storePath, false)
    }

    /// The shared plan library of the server store (`import`, `plans remove`), or the worded error.
    func sharedPlans() throws -> any SharedPlanStore {
        try ServerBackends.required().sharedPlans(store: storePath, locator: locator)
    }

    /// Whether there is a store to read: always on a server, else when the SQLite file exists.
    var storeExists: Bool { storeOpener.isServer || FileManager.default.fileExists(atPath: storePath) }

    /// The task vocabulary (`Intents/tasks.yaml`). Decoded from the sources, it completes the start-up
    /// snapshot, which is then written for the next run.
    func taskVocabulary() throws -> TaskVocabulary {
        if let snapshotTasks { return snapshotTasks }
        let vocabulary = try decodeTaskVocabulary()
        if let pending = pendingSnapshot {
            pending.snapshot.write(StartupSnapshot.Contents(knowledge: pending.knowledge, intents: pending.intents, tasks: vocabulary))
        }
        return vocabulary
    }

    private func decodeTaskVocabulary() throws -> TaskVocabulary {
        guard let dir = locator.intentsDirectory else { throw CLIError(Msg.dataFolderMissing) }
        do {
            return try TaskVocabulary(contentsOf: dir.appendingPathComponent("tasks.yaml"))
        } catch let problem as DataFileProblem {
            throw CLIError(problem.message)
        }
    }

    /// The assistant, or the worded error on standard error and exit status 2.
    func assistantOrExit() throws -> Assistant {
        do { return try makeAssistant() } catch let e as CLIError { throw CLIError.exit(e.message) }
    }

    func makeAssistant() throws -> Assistant {
        let vocabulary = try taskVocabulary()
        Trace.mark("task vocabulary")
        let desk = StoreTaskDesk(path: storePath, user: user, vocabulary: vocabulary, opener: storeOpener)
        Trace.mark("task desk")
        return Assistant(knowledge: knowledge, catalog: catalog, today: options.todayDate, tasks: desk, taskVocabulary: vocabulary)
    }
}

extension Workspace {
    /// Keeps the intent catalog (compiled intents, vocabulary, the typing repair's tables) until the process
    /// ends: a command that exits once it has answered need not free it object by object (about a million
    /// instructions of a cold `ask`). Nothing that holds a database is kept: the task store and the plan
    /// index are closed as before, and SQLite checkpoints and removes their WAL files then (a store left
    /// with them would open, and fail later, on a read-only disk).
    func keepCatalogUntilExit() {
        Self.keptUntilExit.append(catalog)
    }

    nonisolated(unsafe) private static var keptUntilExit: [IntentCatalog] = []

    /// The workspace, or the worded error on standard error and exit status 2.
    static func orExit(_ options: CommonOptions) throws -> Workspace {
        try orExit(options.workspaceOptions)
    }

    /// The workspace, or the worded error on standard error and exit status 2.
    static func orExit(_ options: WorkspaceOptions) throws -> Workspace {
        do { return try Workspace(options) } catch let e as CLIError { throw CLIError.exit(e.message) }
    }
}

/// An error whose message is already worded for the person.
public struct CLIError: Error, CustomStringConvertible {
    public var message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }

    /// Prints the message on standard error and ends with status 2. Text quoted from a file (a CSV
    /// header, a path) may hold control characters: they are stripped, never sent to the terminal.
    public static func exit(_ message: String) -> ExitCode {
        Console.error(message)
        return ExitCode(2)
    }

    /// Prints the message on standard error and ends with status 64: the command line asked for
    /// something that cannot be (an unknown unit in `--unit`).
    public static func usage(_ message: String) -> ExitCode {
        FileHandle.standardError.write(Data((TextSanitizer.sanitize(message) + "\n").utf8))
        return ExitCode(64)
    }
}
