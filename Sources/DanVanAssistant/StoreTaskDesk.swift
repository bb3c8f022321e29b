import DanVanKnowledge
import DanVanTasks
import DanVanText
import Foundation

/// The task desk over the task store (the SQLite file, or a PostgreSQL server through `opener`),
/// opened only when a task command or a unit's tasks need it.
public final class StoreTaskDesk: TaskDesk {
    public let path: String
    /// Opens the store at `path` (SQLite unless the executable chose a server backend).
    public let opener: TaskStoreOpener
    public let user: String
    private let parser: TaskCommandParser
    private var responder: TaskResponder?
    private var reader: TaskResponder?
    /// Why the store could not be opened (worded), once an attempt failed.
    public private(set) var openError: String?
    /// Commands that only read: answered from a read-only connection, so they work while another
    /// process writes.
    static let readingIntents: Set<String> = ["task.list", "task.show", "task.history"]

    /// - Parameters:
    ///   - path: the store file (`--store`, `$DANVAN_STORE` or the XDG default).
    ///   - vocabulary: `Intents/tasks.yaml`.
    ///   - units: resolves unit names typed in commands.
    ///   - opener: how to open `path` (`.sqlite` by default).
    public init(path: String, user: String, vocabulary: TaskVocabulary, units: UnitDirectory,
                opener: TaskStoreOpener = .sqlite) {
        self.path = path
        self.opener = opener
        self.user = user
        parser = TaskCommandParser(vocabulary: vocabulary, resolveUnit: { text in
            switch units.resolve(text) {
            case .known(let name): return .known(name)
            case .unknown(let suggestions): return .unknown(suggestions: suggestions)
            }
        })
    }

    private func openForReading() -> TaskResponder? {
        if let responder { return responder }
        if let reader { return reader }
        if opener.isServer { return open(create: true) }
        guard FileManager.default.fileExists(atPath: path) else { return nil }
        if let store = try? opener.open(path, true) {
            reader = TaskResponder(store: store)
            return reader
        }
        return open(create: false)
    }

    private func open(create: Bool) -> TaskResponder? {
        if let responder { return responder }
        if !create && !opener.isServer && !FileManager.default.fileExists(atPath: path) { return nil }
        do {
            let r = TaskResponder(store: try opener.open(path, false))
            responder = r
            return r
        } catch {
            openError = TaskErrorWording.message(for: error)
            return nil
        }
    }

    public func handle(_ text: String, today: CalendarDate) -> TaskDeskReply? {
        guard let parse = parser.parse(text, today: today) else { return nil }
        let reading = Self.readingIntents.contains(parse.intent) ? openForReading() : nil
        guard let responder = reading ?? open(create: true) else {
            return TaskDeskReply(intent: parse.intent, document: AnswerDocument(blocks: [.paragraph(Msg.storeUnavailable(openError ?? path))]))
        }
        let r = responder.respond(to: parse, today: today, user: user)
        return TaskDeskReply(intent: r.intent, slots: r.slots, document: r.document, tasks: r.tasks.map(Self.row))
    }

    public func tasks(ofUnit unit: String, today: CalendarDate) -> (blocks: [AnswerDocument.Block], rows: [TaskRow])? {
        guard let responder = openForReading() else { return nil }
        guard let found = try? responder.unitTasks(unit, today: today) else { return nil }
        return (found.blocks, found.tasks.map { Self.row(TaskSummary($0)) })
    }

    public func taskNumbers() -> [Int64] {
        guard let responder = openForReading(),
              let tasks = try? responder.store.tasks(matching: TaskFilter(status: .open), today: .today(), limit: nil) else { return [] }
        return tasks.map { Int64($0.id) }
    }

    /// The store for a report draft: the one already open, else opened now (never creating a SQLite
    /// file); nil when there is no store yet.
    /// - Throws: the opening error.
    public func storeForReport() throws -> (any TaskStoring)? {
        if let responder = responder ?? reader { return responder.store }
        if !opener.isServer && !FileManager.default.fileExists(atPath: path) { return nil }
        let store = try opener.open(path, false)
        responder = TaskResponder(store: store)
        return store
    }

    static func row(_ t: TaskSummary) -> TaskRow {
        TaskRow(id: Int64(t.id), title: t.title, unit: t.unit ?? "", due: t.due, status: t.status)
    }
}
