import DanVanTasks
import DanVanText

/// The task store as the assistant sees it: understood commands in, answers out.
///
/// A protocol because two implementations exist: the store (`StoreTaskDesk`) and test doubles; the
/// report drafter and the unit answers read the store through it, never around it.
public protocol TaskDesk: AnyObject {
    /// Where the store is (a path), for messages.
    var location: String { get }
    /// The answer to a task command the engine understood ("thêm nhiệm vụ…", "xong nhiệm vụ 3"); nil
    /// when the desk finds it is not one after all ("xem thêm" with no list to continue).
    func perform(_ command: TaskCommandParse, today: CalendarDate) -> TaskDeskReply?
    /// The tasks of a unit, as answer blocks and rows, for "nhiệm vụ của <đơn vị>"; nil without a store.
    func tasks(ofUnit unit: String, today: CalendarDate) -> (blocks: [AnswerDocument.Block], rows: [TaskRow])?
    /// Numbers of the tasks in the store (for Tab completion); empty without a store.
    func taskNumbers() -> [Int64]
    /// The open tasks' numbers with their titles (for Tab completion); empty without a store.
    func taskTitles() -> [Int64: String]
    /// Why the store could not be opened, when a command needed it and it could not.
    var openError: String? { get }
    /// Every task not deleted with its progress notes, for a report draft; nil when there is no store yet.
    ///
    /// - Throws: the store's error when it exists but cannot be read.
    func reportTasks() throws -> [(task: PlanTask, notes: [ProgressNote])]?
    /// The day's tasks of `unit` (or everybody's); nil without a store.
    func agenda(today: CalendarDate, unit: String?) -> TaskAgenda?
}

extension TaskDesk {
    public func agenda(today: CalendarDate, unit: String?) -> TaskAgenda? { nil }
    public func taskTitles() -> [Int64: String] { [:] }
    public var openError: String? { nil }
}

public struct TaskDeskReply: Sendable {
    public var intent: TaskIntent
    public var slots: [String: String]
    public var document: AnswerDocument
    public var tasks: [TaskRow]
    /// A change named by title words: the same change on each matching task's number, to offer as a
    /// numbered choice; nothing was changed.
    public var choices: [TaskCommandParse] = []

    public init(intent: TaskIntent, slots: [String: String] = [:], document: AnswerDocument, tasks: [TaskRow] = [],
                choices: [TaskCommandParse] = []) {
        self.choices = choices
        self.intent = intent
        self.slots = slots
        self.document = document
        self.tasks = tasks
    }
}
