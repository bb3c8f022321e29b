import DanVanText

/// What the importer understood of a plan, laid out for a person to review (`danvan import --check`).
///
///     PlainRenderer.render(PlanCheckReport.document(for: plan))
///     // Kết quả đọc kế hoạch
///     // Số, ký hiệu: 308/KH-UBND
///     // …
public enum PlanCheckReport {
    public static func document(for plan: Plan) -> AnswerDocument {
        var blocks: [AnswerDocument.Block] = []
        blocks.append(.bullets([
            Msg.checkPlanId(plan.id),
            Msg.checkNumber(plan.number),
            Msg.checkDate(plan.date?.display, place: plan.place),
            Msg.checkIssuer(plan.issuer),
            Msg.checkPlanTitle(plan.title),
            Msg.checkTopics(plan.topics),
        ]))

        let missing = gaps(plan)
        blocks.append(.paragraph(missing.isEmpty ? Msg.checkNoGaps : Msg.checkGapsTitle))
        if !missing.isEmpty { blocks.append(.bullets(missing)) }

        blocks.append(.paragraph(Msg.checkDocuments(plan.documents.count)))
        if !plan.documents.isEmpty {
            let rows = plan.documents.map { d in
                [d.kind, d.symbol ?? d.name ?? "", d.date?.display ?? "", d.issuer ?? "", d.sections.joined(separator: ", ")]
            }
            blocks.append(.table(.init(headers: Msg.checkDocumentHeaders, rows: rows, wrapColumns: [1, 3])))
        }

        blocks.append(.paragraph(Msg.checkSections(plan.sections.count)))
        blocks.append(.bullets(plan.sections.map { s in
            Msg.checkSection(s.id, title: s.title, paragraphs: s.paragraphs.count, role: s.role.map { Msg.sectionRoleLabel($0.rawValue) })
        }))

        blocks.append(.paragraph(Msg.checkUnits(plan.units.count)))
        for unit in plan.units {
            let name = unit.name + (unit.collective == true ? Msg.checkCollectiveUnit : "")
            blocks.append(.paragraph(Msg.checkUnit(name, duties: unit.duties.count)))
            blocks.append(.bullets(unit.duties.map { d in
                Msg.checkDuty(d.text, section: d.section, role: roleLabel(d.role), timing: d.timing)
            }))
        }
        blocks.append(.paragraph(Msg.checkAllUnitsSection(plan.allUnitsSection)))

        blocks.append(.paragraph(Msg.checkDeadlines(plan.deadlines.count)))
        if !plan.deadlines.isEmpty {
            let rows = plan.deadlines.map { d in [d.label, when(d), d.recipient ?? "", d.section] }
            blocks.append(.table(.init(headers: Msg.checkDeadlineHeaders, rows: rows, wrapColumns: [0, 2])))
        }
        blocks.append(.paragraph(Msg.checkReportsTo(plan.reportsTo)))

        blocks.append(.paragraph(Msg.checkRecipients(plan.recipients.count)))
        if !plan.recipients.isEmpty { blocks.append(.bullets(plan.recipients)) }
        blocks.append(.paragraph(Msg.checkSigner(plan.signer.map(signerLine))))
        blocks += appendixBlocks(plan)
        if let abbreviations = plan.abbreviations, !abbreviations.isEmpty {
            blocks.append(.paragraph(Msg.checkAbbreviations(abbreviations.count)))
            blocks.append(.bullets(abbreviations.map { Msg.checkAbbreviation($0.short, full: $0.full, section: $0.section) }))
        }
        if let notes = plan.footnotes, !notes.isEmpty {
            blocks.append(.paragraph(Msg.checkFootnotes(notes.count)))
            blocks.append(.bullets(notes.map { Msg.checkFootnote($0.mark, text: $0.text, section: $0.section) }))
        }
        blocks.append(.note(Msg.checkNothingSaved))
        return AnswerDocument(title: Msg.checkTitle, blocks: blocks)
    }

    /// What the importer could not find, each a line for a person to verify ("không thấy người ký").
    public static func gaps(_ plan: Plan) -> [String] {
        var out: [String] = []
        if plan.number == nil { out.append(Msg.checkGapNumber) }
        if plan.date == nil { out.append(Msg.checkGapDate) }
        if plan.issuer.isEmpty { out.append(Msg.checkGapIssuer) }
        if plan.title.isEmpty { out.append(Msg.checkGapTitle) }
        if plan.documents.isEmpty { out.append(Msg.checkGapDocuments) }
        if !plan.units.contains(where: { !$0.duties.isEmpty }) { out.append(Msg.checkGapUnits) }
        if plan.deadlines.isEmpty { out.append(Msg.checkGapDeadlines) }
        if let signer = plan.signer {
            if signer.name.isEmpty { out.append(Msg.checkGapSignerName) }
            if signer.title.isEmpty { out.append(Msg.checkGapSignerTitle) }
        } else {
            out.append(Msg.checkGapSigner)
        }
        if plan.recipients.isEmpty { out.append(Msg.checkGapRecipients) }
        return out
    }

    /// The report as plain text.
    public static func text(for plan: Plan) -> String { PlainRenderer.render(document(for: plan)) }

    private static func when(_ d: Deadline) -> String {
        if let date = d.date { return date.display }
        switch d.recurrence {
        case .monthly? where d.day != nil && (d.interval ?? 1) == 1 && d.times == nil:
            return d.day.map { Msg.checkMonthly(day: $0) } ?? ""
        case .yearly? where d.day != nil && d.month != nil && d.times == nil:
            return d.day.flatMap { day in d.month.map { Msg.checkYearly(day: day, month: $0) } } ?? ""
        default: return d.ruleText ?? ""
        }
    }

    private static func roleLabel(_ role: Duty.Role) -> String {
        switch role {
        case .own: return Msg.roleLabelOwn
        case .lead: return Msg.roleLabelLead
        case .support: return Msg.roleLabelSupport
        }
    }

    /// "TM. Ủy ban nhân dân, KT. Chủ tịch, Phó Chủ tịch Trương Việt Dũng".
    private static func signerLine(_ s: Signer) -> String {
        var parts: [String] = []
        if let a = s.authority { parts.append("TM. " + a) }
        if let mode = s.mode, mode != "TM." { parts.append(mode + " " + (s.signsFor ?? "")) }
        parts.append([s.title, s.name].filter { !$0.isEmpty }.joined(separator: " "))
        return parts.joined(separator: ", ")
    }
}
