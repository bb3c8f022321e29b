import DanVanTasks
import DanVanText
import Foundation

/// The task desk over the SQLite task store, opened only when a task command or a unit's tasks need it.
public final class StoreTaskDesk: TaskDesk {
    public let path: String
    public let user: String
    public var location: String { path }
    private var responder: TaskResponder?
    private var reader: TaskResponder?
    /// Why the store could not be opened for a change, worded; nil while it could.
    public private(set) var openError: String?

    /// - Parameters:
    ///   - path: the store file (`--store`, `$DANVAN_STORE` or the XDG default).
    ///   - user: who acts, for the journal.
    public init(path: String, user: String) {
        self.path = path
        self.user = user
    }

    private func openForReading() -> TaskResponder? {
        if let responder { return responder }
        if let reader { return reader }
        guard FileManager.default.fileExists(atPath: path) else { return nil }
        if let store = try? TaskStore(path: path, readOnly: true) {
            reader = TaskResponder(store: store)
            return reader
        }
        return open(create: false)
    }

    private func open(create: Bool) -> TaskResponder? {
        if let responder { return responder }
        if !create && !FileManager.default.fileExists(atPath: path) { return nil }
        do {
            let r = TaskResponder(store: try TaskStore(path: path))
            responder = r
            return r
        } catch {
            openError = TaskErrorWording.message(for: error)
            return nil
        }
    }

    public func perform(_ command: TaskCommandParse, today: CalendarDate) -> TaskDeskReply {
        // Commands that only read are answered from a read-only connection, so they work while another
        // process writes.
        let reading = command.intent.onlyReads ? openForReading() : nil
        guard let responder = reading ?? open(create: true) else {
            return TaskDeskReply(intent: command.intent, document: AnswerDocument(blocks: [.paragraph(Msg.storeUnavailable(openError ?? path))]))
        }
        let r = responder.respond(to: command, today: today, user: user)
        return TaskDeskReply(intent: r.intent, slots: r.slots, document: r.document, tasks: r.tasks.map(TaskRow.init))
    }

    public func tasks(ofUnit unit: String, today: CalendarDate) -> (blocks: [AnswerDocument.Block], rows: [TaskRow])? {
        guard let responder = openForReading() else { return nil }
        guard let found = try? responder.unitTasks(unit, today: today) else { return nil }
        return (found.blocks, found.tasks.map { TaskRow(TaskSummary($0)) })
    }

    public func taskNumbers() -> [Int64] {
        guard let responder = openForReading(),
              let tasks = try? responder.store.tasks(matching: TaskFilter(status: .open), today: .today()) else { return [] }
        return tasks.map { Int64($0.id) }
    }

    public func reportTasks() throws -> [(task: PlanTask, notes: [ProgressNote])]? {
        guard FileManager.default.fileExists(atPath: path) else { return nil }
        if let responder = openForReading() { return try responder.store.reportSnapshot() }
        return try TaskStore(path: path, readOnly: true).reportSnapshot()
    }
}

extension TaskRow {
    /// A task as the JSON `tasks` array shows it.
    public init(_ t: TaskSummary) {
        self.init(id: Int64(t.id), title: t.title, unit: t.unit ?? "", due: t.due, status: t.status)
    }
}
