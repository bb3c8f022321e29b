/// How many tasks a report counts in each state, with percentages of the total.
///
///     ReportCounts(items).completed        // completed in and outside the period
///     ReportCounts.percent(1, of: 3)       // 33
public struct ReportCounts: Equatable, Sendable {
    public var total = 0
    public var completedWithin = 0
    public var completedOutside = 0
    public var inProgress = 0
    public var overdue = 0
    public var notStarted = 0

    public var completed: Int { completedWithin + completedOutside }

    public init(_ items: [ReportItem] = []) {
        for item in items { add(item) }
    }

    public mutating func add(_ item: ReportItem) {
        total += 1
        switch item.state {
        case .completedWithin: completedWithin += 1
        case .completedBefore, .completedAfter: completedOutside += 1
        case .inProgress: inProgress += 1
        case .overdue: overdue += 1
        case .notStarted: notStarted += 1
        }
    }

    /// `part` as a whole percentage of `total`, rounded half up; nil when there is nothing to count.
    public static func percent(_ part: Int, of total: Int) -> Int? {
        guard total > 0 else { return nil }
        return (part * 200 + total) / (2 * total)
    }

    /// `part` as a percentage of this report's total.
    public func percent(_ part: Int) -> Int? { Self.percent(part, of: total) }
}
