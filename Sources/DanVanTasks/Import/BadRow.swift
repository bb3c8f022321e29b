/// A row refused by an import, with its line in the file.
public struct BadRow: Equatable, Sendable {
    public enum Problem: Equatable, Sendable {
        case missingTitle
        /// A date that does not exist ("31/02/2025").
        case invalidDate(String)
        /// A deadline danvan cannot read.
        case unreadableDate(String)
        /// A recurrence cell with no period in it.
        case unreadableRecurrence(String)
    }

    public var line: Int
    public var problem: Problem
}
