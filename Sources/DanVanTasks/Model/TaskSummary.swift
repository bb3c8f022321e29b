import Foundation

/// The short form of a task that machine answers carry (the JSON `tasks` field).
///
///     {"id":3,"title":"Họp tổ dân vận","unit":"Phòng Kinh tế","due":"2025-10-20","status":"pending"}
///
/// Absent values are encoded as `null` (`NullWhenAbsent`), so every key is always present.
public struct TaskSummary: Codable, Equatable, Sendable {
    public var id: Int
    public var title: String
    @NullWhenAbsent public var unit: String?
    /// `YYYY-MM-DD`.
    @NullWhenAbsent public var due: String?
    /// `pending`, `done` or `deleted`.
    public var status: String
    /// `YYYY-MM-DD` (local day) when done.
    @NullWhenAbsent public var completedAt: String?

    public init(_ task: PlanTask) {
        id = task.id
        title = task.title
        unit = task.unit
        due = task.due?.iso
        status = task.status.rawValue
        completedAt = task.completedAt.map { TaskClock.day(of: $0).iso }
    }
}
