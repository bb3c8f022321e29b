import DanVanKnowledge
import DanVanTasks
import DanVanText
import Foundation

/// The task desk over the SQLite task store, opened only when a task command or a unit's tasks need it.
public final class StoreTaskDesk: TaskDesk {
    public let path: String
    public let user: String
    private let parser: TaskCommandParser
    private var responder: TaskResponder?
    private var reader: TaskResponder?
    private var openError: String?
    /// The session's last list, for "xem thêm".
    private var paging = TaskPaging()
    /// Commands that only read: answered from a read-only connection, so they work while another
    /// process writes.
    static let readingIntents: Set<String> = ["task.list", "task.show", "task.history", "task.more", "task.progress"]

    /// - Parameters:
    ///   - path: the store file (`--store`, `$DANVAN_STORE` or the XDG default).
    ///   - vocabulary: `Intents/tasks.yaml`.
    ///   - units: resolves unit names typed in commands.
    public init(path: String, user: String, vocabulary: TaskVocabulary, units: UnitDirectory) {
        self.path = path
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

    public func handle(_ text: String, today: CalendarDate) -> TaskDeskReply? {
        guard let parsed = parser.parse(text, today: today), let parse = paging.resolve(parsed) else { return nil }
        let reading = Self.readingIntents.contains(parse.intent) ? openForReading() : nil
        guard let responder = reading ?? open(create: true) else {
            return TaskDeskReply(intent: parse.intent, document: AnswerDocument(blocks: [.paragraph(Msg.storeUnavailable(openError ?? path))]))
        }
        var paged = responder
        paged.soonDays = parser.soonDays
        let r = paged.respond(to: parse, today: today, user: user)
        if r.succeeded { paging.record(parse, shown: r.tasks.count) }
        return TaskDeskReply(intent: r.intent, slots: r.slots, document: r.document, tasks: r.tasks.map(Self.row))
    }

    public func tasks(ofUnit unit: String, today: CalendarDate) -> (blocks: [AnswerDocument.Block], rows: [TaskRow])? {
        guard let responder = openForReading() else { return nil }
        guard let found = try? responder.unitTasks(unit, today: today) else { return nil }
        return (found.blocks, found.tasks.map { Self.row(TaskSummary($0)) })
    }

    public func taskNumbers() -> [Int64] {
        guard let responder = openForReading(),
              let tasks = try? responder.store.tasks(matching: TaskFilter(status: .open), today: .today()) else { return [] }
        return tasks.map { Int64($0.id) }
    }

    /// The open tasks' numbers with their titles (for Tab completion); empty without a store.
    public func taskTitles() -> [Int64: String] {
        guard let responder = openForReading(),
              let tasks = try? responder.store.tasks(matching: TaskFilter(status: .open), today: .today()) else { return [:] }
        return Dictionary(tasks.map { (Int64($0.id), $0.title) }, uniquingKeysWith: { first, _ in first })
    }

    static func row(_ t: TaskSummary) -> TaskRow {
        TaskRow(id: Int64(t.id), title: t.title, unit: t.unit ?? "", due: t.due, status: t.status)
    }
}
