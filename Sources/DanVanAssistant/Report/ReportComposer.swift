import DanVanKnowledge
import DanVanTasks
import DanVanText

/// Words a report model as layout blocks (every sentence comes from `Msg`).
///
///     ReportComposer.layout(.unit(report)).lines.first   // "ỦY BAN NHÂN DÂN XÃ ĐƯỜNG AN"
enum ReportComposer {
    static func layout(_ draft: ReportDraft) -> ReportLayout {
        switch draft {
        case .unit(let r): return unitLayout(r)
        case .compiled(let r): return compiledLayout(r)
        }
    }

    static func unitLayout(_ r: UnitReport) -> ReportLayout {
        var b: [ReportLayout.Block] = opening(plan: r.plan, header: r.header, subject: r.subject, period: r.period, today: r.today,
                                              intro: Msg.reportIntro(unit: r.unit, round: r.period.round))
        let counts = r.counts
        b.append(.heading(Msg.reportResultsHeading))
        b.append(.subheading(Msg.reportOverviewHeading))
        if counts.total == 0 {
            b.append(.paragraph(Msg.reportNoTasks(r.unit)))
        } else {
            b.append(.table(headers: Msg.reportOverviewHeaders, rows: overviewRows(counts)))
            b.append(.paragraph(countsSentence(counts)))
        }
        b.append(.subheading(Msg.reportCompletedHeading))
        b.append(.minorHeading(Msg.reportCompletedWithinHeading))
        b += items(r.items(.completedWithin), today: r.today)
        b.append(.minorHeading(Msg.reportCompletedOutsideHeading))
        b += items(r.items.filter { $0.state == .completedBefore || $0.state == .completedAfter }, today: r.today)
        b.append(.subheading(Msg.reportInProgressHeading))
        b += items(r.items(.inProgress), today: r.today)
        b.append(.subheading(Msg.reportOverdueHeading))
        b += items(r.items(.overdue), today: r.today)
        b.append(.subheading(Msg.reportNotStartedHeading))
        b += items(r.items(.notStarted), today: r.today)
        b.append(.heading(Msg.reportDifficultiesHeading))
        b.append(.placeholder(Msg.reportToWrite))
        b.append(.heading(Msg.reportProposalsHeading))
        b.append(.placeholder(Msg.reportToWrite))
        b.append(.closing(recipients: [Msg.reportRecipient(r.period.recipient ?? r.plan.issuer), Msg.reportArchive],
                          signature: r.signer ?? ReportSigner()))
        b.append(.placeholder(Msg.reportDraftNote))
        return ReportLayout(blocks: b)
    }

    /// Header, title, subject, the plan answered to, the period and the day of the figures.
    static func opening(plan: Plan, header: ReportHeader, subject: String, period: ReportPeriod, today: CalendarDate,
                        intro: String) -> [ReportLayout.Block] {
        var b: [ReportLayout.Block] = [
            .header(header),
            .title(Msg.reportKind),
            .subject(subject),
            .paragraph(AdministrativeStyle.basis(plan: plan) + " " + intro),
            .paragraph(periodSentence(period)),
            .paragraph(Msg.reportAsOf(today.display)),
        ]
        if today <= period.lastDay { b.append(.placeholder(Msg.reportPeriodOpen)) }
        return b
    }

    static func periodSentence(_ p: ReportPeriod) -> String {
        Msg.reportPeriod(round: p.round, start: p.start?.display, last: p.lastDay.display, deadline: p.deadline.display,
                         section: p.section)
    }

    static func overviewRows(_ c: ReportCounts) -> [[String]] {
        let rows: [(String, Int)] = [
            (Msg.reportRowTotal, c.total), (Msg.reportRowCompleted, c.completed),
            (Msg.reportRowCompletedWithin, c.completedWithin), (Msg.reportRowCompletedOutside, c.completedOutside),
            (Msg.reportRowInProgress, c.inProgress), (Msg.reportRowOverdue, c.overdue), (Msg.reportRowNotStarted, c.notStarted),
        ]
        return rows.map { [$0.0, "\($0.1)", Msg.reportPercent(c.percent($0.1))] }
    }

    static func countsSentence(_ c: ReportCounts) -> String {
        Msg.reportCountsSentence(total: c.total, completed: c.completed, within: c.completedWithin, inProgress: c.inProgress,
                                 overdue: c.overdue, notStarted: c.notStarted, percent: { Msg.reportPercent(c.percent($0)) })
    }

    /// The listed tasks, or "Không có." when there are none.
    static func items(_ items: [ReportItem], today: CalendarDate) -> [ReportLayout.Block] {
        if items.isEmpty { return [.paragraph(Msg.reportNone)] }
        return items.map { item in .item(line(item, today: today), details: details(item)) }
    }

    /// "#3. Title — hạn 20/10/2025; quá hạn 5 ngày".
    static func line(_ item: ReportItem, today: CalendarDate) -> String {
        let t = item.task
        var parts = [Msg.reportItem(number: t.number, title: t.title, due: t.due?.display)]
        if let status = status(item, today: today) { parts.append(status) }
        return parts.joined(separator: "; ")
    }

    static func status(_ item: ReportItem, today: CalendarDate) -> String? {
        let day = item.completedOn?.display ?? ""
        switch item.state {
        case .completedWithin: return late(item, Msg.reportItemCompleted(day))
        case .completedBefore: return late(item, Msg.reportItemCompletedBefore(day))
        case .completedAfter: return late(item, Msg.reportItemCompletedAfter(day))
        case .overdue: return item.task.daysLeft(today: today).map { Msg.reportItemOverdue(-$0) }
        case .inProgress, .notStarted: return item.task.daysLeft(today: today).map(Msg.reportItemDaysLeft)
        }
    }

    /// A completion after the deadline says so: "hoàn thành ngày 02/12/2025, trễ hạn 12 ngày".
    static func late(_ item: ReportItem, _ text: String) -> String {
        guard let done = item.completedOn, let due = item.task.due, done > due else { return text }
        return text + ", " + Msg.reportItemLate(due.days(until: done))
    }

    static func details(_ item: ReportItem) -> [String] {
        var out: [String] = []
        var facts: [String] = []
        if let co = item.task.coUnits { facts.append(Msg.reportItemCoUnits(co)) }
        if let product = item.task.product { facts.append(Msg.reportItemProduct(product)) }
        if !facts.isEmpty { out.append(facts.joined(separator: "; ")) }
        let shown = item.latestNotes
        if !shown.isEmpty {
            let notes = shown.map { Msg.reportNote(day: TaskClock.day(of: $0.at).display, text: $0.text) }
            out.append(Msg.reportItemProgress(notes, earlier: item.notes.count - shown.count))
        } else if item.state == .overdue {
            out.append(Msg.reportNoProgress)
        }
        return out
    }
}
