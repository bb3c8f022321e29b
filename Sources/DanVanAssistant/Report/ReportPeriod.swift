import DanVanKnowledge
import DanVanText

/// The days a report round covers: from the previous round's deadline (or the plan's date, or an
/// unknown start) to the day before its own deadline ("Báo cáo lần 2 trước ngày 02/12/2025").
///
///     let p = try ReportPeriod(round: 2, plan: plan)
///     (p.start, p.lastDay)   // (03/09/2025, 01/12/2025)
///
/// Periods are half-open so two rounds never share a day: the deadline of round 1 is the first day
/// of round 2.
public struct ReportPeriod: Equatable, Sendable {
    /// Where a day falls against the period.
    public enum Placement: Equatable, Sendable { case before, within, after }

    public var round: Int
    /// The first day; nil when the plan gives neither an earlier round nor its own date.
    public var start: CalendarDate?
    /// The report deadline: the period ends the day before.
    public var deadline: CalendarDate
    /// The plan section the deadline comes from ("III.3").
    public var section: String
    /// Who receives the report, as the plan says.
    public var recipient: String?

    /// The last day of the period.
    public var lastDay: CalendarDate { deadline.adding(days: -1) }

    /// Where `day` falls: before the start, within, or on/after the deadline.
    public func placement(of day: CalendarDate) -> Placement {
        if let start, day < start { return .before }
        return day < deadline ? .within : .after
    }

    /// The period of `round` in `plan`; without a round, the first one whose deadline is not past
    /// (else the last one).
    ///
    /// - Throws: `ReportError.noRounds` when the plan dates no round, `.roundNotInPlan` for a round it lacks.
    public init(round: Int?, plan: Plan, today: CalendarDate) throws {
        var byRound: [Int: Deadline] = [:]
        for d in plan.deadlines {
            guard let r = d.round, d.date != nil, byRound[r] == nil else { continue }
            byRound[r] = d
        }
        let rounds = byRound.keys.sorted()
        guard !rounds.isEmpty else { throw ReportError.noRounds }
        let chosen = round ?? rounds.first { byRound[$0]!.date! >= today } ?? rounds.last!
        guard let deadline = byRound[chosen] else { throw ReportError.roundNotInPlan(chosen, available: rounds) }
        self.round = chosen
        self.deadline = deadline.date!
        section = deadline.section
        recipient = deadline.recipient
        if let previous = rounds.last(where: { $0 < chosen }) {
            start = byRound[previous]!.date
        } else {
            start = plan.date
        }
    }
}
