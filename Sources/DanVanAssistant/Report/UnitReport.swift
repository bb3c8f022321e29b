import DanVanKnowledge
import DanVanText

/// One unit's report for one round: its tasks from the store, each in its state.
///
///     report.items(.overdue).map(\.task.number)   // ["#4"]
///     report.counts.percent(report.counts.completed)   // 33
public struct UnitReport: Equatable, Sendable {
    public var plan: Plan
    /// The canonical unit name ("Phòng Kinh tế").
    public var unit: String
    public var period: ReportPeriod
    /// The day the report is drafted (`--today`): "overdue" counts from it.
    public var today: CalendarDate
    /// The unit's tasks (unit in charge), in number order.
    public var items: [ReportItem]
    /// Who signs (config.toml); nil: blanks to fill in.
    public var signer: ReportSigner? = nil
    /// The header block and the subject line, made by the drafter's `AdministrativeStyle`.
    public var header: ReportHeader
    public var subject: String

    public var counts: ReportCounts { ReportCounts(items) }

    /// The items in one state, in number order.
    public func items(_ state: ReportTaskState) -> [ReportItem] { items.filter { $0.state == state } }
}
