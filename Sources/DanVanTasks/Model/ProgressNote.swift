import Foundation

/// A dated progress remark on a task ("cập nhật nhiệm vụ 3: đã họp xong").
public struct ProgressNote: Equatable, Sendable {
    public var id: Int
    public var taskID: Int
    public var at: Date
    public var user: String
    public var text: String
}
