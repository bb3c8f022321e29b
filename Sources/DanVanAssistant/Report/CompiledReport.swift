import DanVanKnowledge
import DanVanText

/// The report the receiving unit compiles across every unit for one round.
///
///     report.notReported   // ["Phòng Kinh tế"]
public struct CompiledReport: Equatable, Sendable {
    public var plan: Plan
    /// The unit the plan names as receiver (`Plan.reportsTo`); nil when the plan does not name one.
    public var compiler: String?
    public var period: ReportPeriod
    public var today: CalendarDate
    /// One row per unit, then tasks given to nobody (when any).
    public var rows: [CompiledReportRow]
    /// Who signs (config.toml); nil: blanks to fill in.
    public var signer: ReportSigner? = nil
    /// The header block and the subject line, made by the drafter's `AdministrativeStyle`.
    public var header: ReportHeader
    public var subject: String

    /// Units expected to report that show no activity in the period, in table order.
    public var notReported: [String] { rows.filter { $0.reported == false }.compactMap(\.unit) }

    /// Every row added up.
    public var totals: ReportCounts {
        var c = ReportCounts()
        for row in rows {
            c.total += row.counts.total
            c.completedWithin += row.counts.completedWithin
            c.completedOutside += row.counts.completedOutside
            c.inProgress += row.counts.inProgress
            c.overdue += row.counts.overdue
            c.notStarted += row.counts.notStarted
        }
        return c
    }
}

/// One unit of the compiled report.
public struct CompiledReportRow: Equatable, Sendable {
    /// Canonical unit name; nil for tasks given to no unit.
    public var unit: String?
    public var items: [ReportItem]
    /// Whether the unit shows activity in the period (a progress note or a completion); nil where the
    /// question does not apply (tasks of nobody, a collective "all units" row).
    public var reported: Bool?

    public var counts: ReportCounts { ReportCounts(items) }
    public var overdueItems: [ReportItem] { items.filter { $0.state == .overdue } }
}
