import DanVanText

extension ReportComposer {
    static func compiledLayout(_ r: CompiledReport) -> ReportLayout {
        let compiler = r.compiler ?? r.plan.issuer
        var b = opening(plan: r.plan, header: r.header, subject: r.subject, period: r.period, today: r.today,
                        intro: Msg.reportCompiledIntro(compiler: compiler, round: r.period.round))
        b.append(.heading(Msg.reportCompiledStatusHeading))
        b.append(.paragraph(Msg.reportUnitsRule))
        b.append(.paragraph(Msg.reportReportedRule(start: r.period.start?.display, last: r.period.lastDay.display)))
        let missing = r.notReported
        b.append(.paragraph(missing.isEmpty ? Msg.reportAllReported : Msg.reportNotReported(missing)))
        b.append(.heading(Msg.reportCompiledTableHeading))
        b.append(.table(headers: Msg.reportCompiledHeaders, rows: tableRows(r)))
        b.append(.paragraph(countsSentence(r.totals)))
        b.append(.heading(Msg.reportCompiledOverdueHeading))
        let late = r.rows.filter { !$0.overdueItems.isEmpty }
        if late.isEmpty { b.append(.paragraph(Msg.reportNone)) }
        for row in late {
            b.append(.subheading(Msg.reportUnitOverdue(row.unit ?? Msg.reportUnassigned)))
            b += items(row.overdueItems, today: r.today)
        }
        b.append(.heading(Msg.reportCompiledDifficultiesHeading))
        b.append(.placeholder(Msg.reportToWrite))
        b.append(.heading(Msg.reportCompiledProposalsHeading))
        b.append(.placeholder(Msg.reportToWrite))
        b.append(.closing(recipients: [Msg.reportRecipient(r.plan.issuer), Msg.reportArchive], signature: r.signer ?? ReportSigner()))
        b.append(.placeholder(Msg.reportDraftNote))
        return ReportLayout(blocks: b)
    }

    static func tableRows(_ r: CompiledReport) -> [[String]] {
        var rows = r.rows.enumerated().map { i, row -> [String] in
            let c = row.counts
            return ["\(i + 1)", row.unit ?? Msg.reportUnassigned, "\(c.total)", "\(c.completed)", "\(c.completedWithin)",
                    "\(c.overdue)", reportedCell(row.reported)]
        }
        let t = r.totals
        rows.append(["", Msg.reportTotalRow, "\(t.total)", "\(t.completed)", "\(t.completedWithin)", "\(t.overdue)", ""])
        return rows
    }

    static func reportedCell(_ reported: Bool?) -> String {
        reported.map { $0 ? Msg.reportYes : Msg.reportNo } ?? Msg.reportNotApplicable
    }
}
