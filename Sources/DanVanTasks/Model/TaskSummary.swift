import Foundation

/// The short form of a task that machine answers carry (the JSON `tasks` field).
///
///     {"id":3,"title":"Họp tổ dân vận","unit":"Phòng Kinh tế","due":"2025-10-20","status":"pending"}
///
/// Absent values are encoded as `null`, so every key is always present.
public struct TaskSummary: Codable, Equatable, Sendable {
    public var id: Int
    public var title: String
    public var unit: String?
    /// `YYYY-MM-DD`.
    public var due: String?
    /// `pending`, `done` or `deleted`.
    public var status: String
    /// `YYYY-MM-DD` (local day) when done.
    public var completedAt: String?

    public init(_ task: PlanTask) {
        id = task.id
        title = task.title
        unit = task.unit
        due = task.due?.iso
        status = task.status.rawValue
        completedAt = task.completedAt.map { TaskClock.day(of: $0).iso }
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(title, forKey: .title)
        try c.encode(unit, forKey: .unit)
        try c.encode(due, forKey: .due)
        try c.encode(status, forKey: .status)
        try c.encode(completedAt, forKey: .completedAt)
    }

    private enum CodingKeys: String, CodingKey { case id, title, unit, due, status, completedAt }
}
