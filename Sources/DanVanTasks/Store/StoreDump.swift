import Foundation

/// Everything a SQLite store holds, read from one snapshot, to move it to another backend
/// (`danvan tasks migrate --to postgresql://…`). Ids are the SQLite ones; references use them.
public struct StoreDump: Sendable {
    public struct Task: Sendable {
        public var task: PlanTask
        public var importKey: String?
        /// The plan, appendix row and group of rows an imported task comes from.
        public var planID: String? = nil
        public var planRow: Int? = nil
        public var planGroup: String? = nil
        /// The recurrence rule, and the (SQLite) id of the occurrence this one follows.
        public var recurrence: String? = nil
        public var recursFrom: Int? = nil
    }
    public struct Note: Sendable {
        public var id: Int
        public var taskID: Int
        public var at: Date
        public var user: String
        public var text: String
    }
    public struct Group: Sendable {
        public var id: Int
        public var action: String
        public var at: Date
        public var user: String
        public var detail: String?
        public var undoesID: Int?
    }
    public struct Entry: Sendable {
        public var id: Int
        public var groupID: Int
        public var taskID: Int
        public var kind: String
        public var field: String?
        public var oldValue: String?
        public var newValue: String?
        public var noteID: Int?
    }

    public var tasks: [Task]
    public var notes: [Note]
    public var groups: [Group]
    public var entries: [Entry]
}
