import DanVanText

/// The on-screen answer for a drafted report: short enough for a terminal and for `ask --json`.
///
///     ReportSummarizer.summary(draft).title   // "Dự thảo báo cáo lần 2 — Phòng Kinh tế"
enum ReportSummarizer {
    /// The most characters the plain text of a summary may take (the JSON `answer`).
    static let limit = 2400
    /// Tasks listed per group, tried from the most down until the summary fits.
    static let listSizes = [5, 3, 2, 1, 0]
    /// A task title is cut to this many characters in a summary.
    static let titleLength = 70

    static func summary(_ draft: ReportDraft) -> AnswerDocument {
        for size in listSizes {
            let doc = build(draft, listed: size)
            if PlainRenderer.render(doc).count <= limit { return doc }
        }
        return build(draft, listed: 0)
    }

    static func build(_ draft: ReportDraft, listed: Int) -> AnswerDocument {
        switch draft {
        case .unit(let r): return unit(r, listed: listed)
        case .compiled(let r): return compiled(r, listed: listed)
        }
    }

    static func unit(_ r: UnitReport, listed: Int) -> AnswerDocument {
        var blocks: [AnswerDocument.Block] = [.paragraph(ReportComposer.periodSentence(r.period)),
                                              .paragraph(Msg.reportAsOf(r.today.display))]
        let c = r.counts
        if c.total == 0 {
            blocks.append(.paragraph(Msg.reportNoTasks(r.unit)))
        } else {
            blocks.append(.paragraph(ReportComposer.countsSentence(c)))
        }
        let groups: [(String, [ReportItem])] = [
            (Msg.reportSummaryOverdue, r.items(.overdue)),
            (Msg.reportSummaryInProgress, r.items(.inProgress)),
            (Msg.reportSummaryNotStarted, r.items(.notStarted)),
            (Msg.reportSummaryCompletedWithin, r.items(.completedWithin)),
            (Msg.reportSummaryCompletedOutside, r.items.filter { $0.state == .completedBefore || $0.state == .completedAfter }),
        ]
        for (heading, items) in groups where !items.isEmpty {
            blocks.append(.paragraph(Msg.reportSummaryGroup(heading, count: items.count)))
            if listed > 0 { blocks.append(.bullets(lines(items, listed: listed, today: r.today))) }
        }
        blocks.append(.note(Msg.reportFullDraftHint(Msg.reportCommandUnit(unit: r.unit, round: r.period.round))))
        return AnswerDocument(title: Msg.reportSummaryTitle(unit: r.unit, round: r.period.round), blocks: blocks,
                              source: source(r.period), marks: marks(r.items, today: r.today))
    }

    static func compiled(_ r: CompiledReport, listed: Int) -> AnswerDocument {
        let compiler = r.compiler ?? r.plan.issuer
        var blocks: [AnswerDocument.Block] = [.paragraph(ReportComposer.periodSentence(r.period)),
                                              .paragraph(Msg.reportAsOf(r.today.display))]
        let missing = r.notReported
        blocks.append(.paragraph(missing.isEmpty ? Msg.reportAllReported : Msg.reportNotReported(missing)))
        let unitLines = r.rows.map { row -> String in
            let c = row.counts
            return Msg.reportSummaryUnitLine(unit: row.unit ?? Msg.reportUnassigned, total: c.total, completed: c.completed,
                                             overdue: c.overdue, reported: ReportComposer.reportedCell(row.reported))
        }
        let shown = listed == 0 ? [] : Array(unitLines.prefix(max(listed * 2, 3)))
        if !shown.isEmpty {
            blocks.append(.bullets(shown + (unitLines.count > shown.count ? [Msg.reportSummaryMoreUnits(unitLines.count - shown.count)] : [])))
        }
        blocks.append(.paragraph(ReportComposer.countsSentence(r.totals)))
        blocks.append(.note(Msg.reportFullDraftHint(Msg.reportCommandCompiled(round: r.period.round))))
        return AnswerDocument(title: Msg.reportCompiledSummaryTitle(compiler: compiler, round: r.period.round), blocks: blocks,
                              source: source(r.period))
    }

    /// Up to `listed` task lines, then how many more there are.
    static func lines(_ items: [ReportItem], listed: Int, today: CalendarDate) -> [String] {
        var out = items.prefix(listed).map { item -> String in
            var shortened = item
            shortened.task.title = trim(item.task.title)
            return ReportComposer.line(shortened, today: today)
        }
        if items.count > listed { out.append(Msg.reportSummaryMore(items.count - listed)) }
        return out
    }

    static func trim(_ title: String) -> String {
        guard title.count > titleLength else { return title }
        var cut = String(title.prefix(titleLength))
        if let space = cut.lastIndex(of: " ") { cut = String(cut[..<space]) }
        return cut + "…"
    }

    /// Overdue phrases in red, as task answers colour them.
    static func marks(_ items: [ReportItem], today: CalendarDate) -> [AnswerDocument.UrgencyMark] {
        items.filter { $0.state == .overdue }.compactMap { item in
            item.task.daysLeft(today: today).map { AnswerDocument.UrgencyMark(Msg.reportItemOverdue(-$0), .overdue) }
        }
    }

    static func source(_ period: ReportPeriod) -> String {
        Msg.reportSource(section: period.section)
    }
}
