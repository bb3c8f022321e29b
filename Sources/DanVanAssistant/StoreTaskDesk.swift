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
    public var location: String { path }
    private var responder: TaskResponder?
    private var reader: TaskResponder?
    /// Why the store could not be opened for a change, worded; nil while it could.
    public private(set) var openError: String?
    /// The session's last list, for "xem thêm".
    private var paging = TaskPaging()
    /// Days ahead that "sắp đến hạn" covers in a list's line of counts (`soon_days` of tasks.yaml).
    private let soonDays: Int

    /// - Parameters:
    ///   - path: the store file (`--store`, `$DANVAN_STORE` or the XDG default).
    ///   - user: who acts, for the journal.
    ///   - vocabulary: `Intents/tasks.yaml` (the days "sắp đến hạn" covers).
    ///   - opener: how to open `path` (`.sqlite` by default).
    public init(path: String, user: String, vocabulary: TaskVocabulary, opener: TaskStoreOpener = .sqlite) {
        self.path = path
        self.opener = opener
        self.user = user
        soonDays = vocabulary.list.soonDays
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

    public func perform(_ parsed: TaskCommandParse, today: CalendarDate) -> TaskDeskReply? {
        // "xem thêm" continues the session's last list; with none, the line is not a task command.
        guard let command = paging.resolve(parsed) else { return nil }
        // Commands that only read are answered from a read-only connection, so they work while another
        // process writes.
        let reading = command.intent.onlyReads ? openForReading() : nil
        guard let responder = reading ?? open(create: true) else {
            return TaskDeskReply(intent: command.intent, document: AnswerDocument(blocks: [.paragraph(Msg.storeUnavailable(openError ?? path))]))
        }
        var paged = responder
        paged.soonDays = soonDays
        let r = paged.respond(to: command, today: today, user: user)
        if r.succeeded { paging.record(command, shown: r.tasks.count) }
        let choices = r.choices.map { TaskCommandParse(intent: r.intent, command: .success($0), slots: TaskCommandParse.slots(of: .success($0))) }
        return TaskDeskReply(intent: r.intent, slots: r.slots, document: r.document, tasks: r.tasks.map(TaskRow.init), choices: choices)
    }

    public func agenda(today: CalendarDate, unit: String?) -> TaskAgenda? {
        try? openForReading()?.store.agenda(today: today, unit: unit)
    }

    public func tasks(ofUnit unit: String, today: CalendarDate) -> (blocks: [AnswerDocument.Block], rows: [TaskRow])? {
        guard let responder = openForReading() else { return nil }
        guard let found = try? responder.unitTasks(unit, today: today) else { return nil }
        return (found.blocks, found.tasks.map { TaskRow(TaskSummary($0)) })
    }

    public func taskNumbers() -> [Int64] {
        guard let responder = openForReading(),
              let tasks = try? responder.store.tasks(matching: TaskFilter(status: .open), today: .today(), limit: nil) else { return [] }
        return tasks.map { Int64($0.id) }
    }

    /// The open tasks' numbers with their titles (for Tab completion); empty without a store.
    public func taskTitles() -> [Int64: String] {
        guard let responder = openForReading(),
              let tasks = try? responder.store.tasks(matching: TaskFilter(status: .open), today: .today(), limit: nil) else { return [:] }
        return Dictionary(tasks.map { (Int64($0.id), $0.title) }, uniquingKeysWith: { first, _ in first })
    }

    public func reportTasks() throws -> [(task: PlanTask, notes: [ProgressNote])]? {
        if let responder = responder ?? reader { return try responder.store.reportSnapshot() }
        if opener.isServer {
            // A server store is always there; its opening error is what the report shows.
            let store = try opener.open(path, false)
            responder = TaskResponder(store: store)
            return try store.reportSnapshot()
        }
        guard FileManager.default.fileExists(atPath: path) else { return nil }
        if let responder = openForReading() { return try responder.store.reportSnapshot() }
        return try opener.open(path, true).reportSnapshot()
    }
}

extension TaskRow {
    /// A task as the JSON `tasks` array shows it.
    public init(_ t: TaskSummary) {
        self.init(id: Int64(t.id), title: t.title, unit: t.unit ?? "", due: t.due, status: t.status)
    }
}
