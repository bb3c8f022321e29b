import DanVanText

/// The task store as the assistant sees it: task commands in, answers out.
///
/// A protocol because two implementations exist: the SQLite store and none (no store opened).
public protocol TaskDesk: AnyObject {
    /// The answer to a task command ("thêm nhiệm vụ…", "xong nhiệm vụ 3"), or nil when `text` is not one.
    func handle(_ text: String, today: CalendarDate) -> TaskDeskReply?
    /// The tasks of a unit, as answer blocks and rows, for "nhiệm vụ của <đơn vị>"; nil without a store.
    func tasks(ofUnit unit: String, today: CalendarDate) -> (blocks: [AnswerDocument.Block], rows: [TaskRow])?
    /// Numbers of the tasks in the store (for Tab completion); empty without a store.
    func taskNumbers() -> [Int64]
}

public struct TaskDeskReply: Sendable {
    public var intent: String
    public var slots: [String: String]
    public var document: AnswerDocument
    public var tasks: [TaskRow]

    public init(intent: String, slots: [String: String] = [:], document: AnswerDocument, tasks: [TaskRow] = []) {
        self.intent = intent
        self.slots = slots
        self.document = document
        self.tasks = tasks
    }
}
