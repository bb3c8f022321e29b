/// Why a task command cannot run; the store is left unchanged. `message` words it (`TaskErrorWording`).
public enum TaskCommandError: Error, Equatable, Sendable {
    /// `thêm nhiệm vụ` with no content.
    case missingContent
    /// A command about one task without its number; the intent's example shows how.
    case missingNumber(example: String?)
    case missingNote
    /// `đổi hạn` without a new date.
    case missingDate
    /// `giao lại` without a unit.
    case missingUnit
    case unknownUnit(name: String, suggestions: [String])
    /// A date that does not exist, as written ("31/02/2025", "40/13").
    case invalidDate(String)
    /// A deadline that is not a date ("hạn chót: tuần sau").
    case unreadableDate(String)
    /// A deadline phrase that looks like a date but is not understood ("trong 10 ngày làm việc").
    case dateNotUnderstood(String)
    /// A new deadline that names no single day ("đổi hạn … sang hằng tháng").
    case dateNotADay(String)
    /// Text that reads like SQL.
    case looksLikeSQL
    /// No task's title contains these words.
    case noTaskMatches(String)
    /// Several tasks' titles contain these words.
    case ambiguousTask(String, candidates: [Int])
    /// The store refused (unknown number, deleted task…).
    case store(TaskStoreError)
}
