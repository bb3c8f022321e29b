/// What an import did.
public struct ImportReport: Equatable, Sendable {
    /// Tasks listed in a report at most, and warnings kept: an import of a million rows reports its
    /// counts, not a million tasks.
    public static let listLimit = 1_000
    public static let warningLimit = 1_000

    /// The file's name (no directory).
    public var fileName: String
    /// Tasks created, in file order: the first `listLimit` of them.
    public var added: [PlanTask]
    /// How many tasks were created (`added` lists the first of them).
    public var addedCount: Int
    /// Rows already in the store from an earlier import (same content and unit), left as they are.
    public var alreadyPresent: Int
    /// The first `warningLimit` warnings, in file order.
    public var warnings: [ImportWarning]
    /// Warnings past `warningLimit`, counted, not kept.
    public var omittedWarnings: Int

    init(fileName: String, added: [PlanTask], addedCount: Int? = nil, alreadyPresent: Int, warnings: [ImportWarning],
         omittedWarnings: Int = 0) {
        self.fileName = fileName
        self.added = added
        self.addedCount = addedCount ?? added.count
        self.alreadyPresent = alreadyPresent
        self.warnings = warnings
        self.omittedWarnings = omittedWarnings
    }
}
