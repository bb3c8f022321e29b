/// What an import did.
public struct ImportReport: Equatable, Sendable {
    /// The file's name (no directory).
    public var fileName: String
    /// Tasks created, in file order.
    public var added: [PlanTask]
    /// Rows already in the store from an earlier import (same content and unit), left as they are.
    public var alreadyPresent: Int
    public var warnings: [ImportWarning]
}
