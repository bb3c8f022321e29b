/// What `undo` reverted.
public struct UndoResult: Equatable, Sendable {
    /// The action undone.
    public var action: ChangeAction
    /// The tasks it touched, as they are after the undo.
    public var tasks: [PlanTask]
    /// For an undone import: the file name.
    public var detail: String?
}
