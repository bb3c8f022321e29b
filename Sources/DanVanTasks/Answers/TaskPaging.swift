/// What a session remembers of its last task list, so "xem thêm" / "tiếp" shows the next page.
///
///     var paging = TaskPaging()
///     paging.resolve(parse("xem thêm"))        // nil: no list yet, not a task command here
///     paging.record(parse("danh sách nhiệm vụ"), shown: 25)
///     paging.resolve(parse("xem thêm"))?.command // .success(.listPage(TaskFilter(), offset: 25))
public struct TaskPaging: Sendable {
    /// The last list's filter and where its next page starts.
    public private(set) var last: (filter: TaskFilter, next: Int)?

    public init() {}

    /// `parse` with "xem thêm" turned into the next page of the last list; nil for "xem thêm"
    /// when there was no list (the sentence is then left to the other answerers).
    public func resolve(_ parse: TaskCommandParse) -> TaskCommandParse? {
        guard case .success(.more) = parse.command else { return parse }
        guard let last else { return nil }
        var paged = parse
        paged.command = .success(.listPage(last.filter, offset: last.next))
        paged.slots = TaskCommandParse.slots(of: paged.command)
        return paged
    }

    /// Remembers a list just answered with `shown` rows; other commands leave the memory alone.
    public mutating func record(_ parse: TaskCommandParse, shown: Int) {
        switch parse.command {
        case .success(.list(let filter)): last = (filter, shown)
        case .success(.listPage(let filter, let offset)): last = (filter, offset + shown)
        default: break
        }
    }
}
