import DanVanKnowledge
import DanVanText

/// Lays a `UnitBrief` out as pages of at most one screen each, plan by plan, with the knowledge
/// answers' own wording of duties, deadlines and documents.
struct BriefWriter {
    var answerer: KnowledgeAnswerer
    /// The most lines a page holds (a terminal of 24 rows, less title, source and hint).
    var lineBudget = 20
    /// The width a line is counted at.
    var width = 96

    /// Every page of the brief; the first one names the plans.
    func pages(_ brief: UnitBrief) -> [AnswerDocument] {
        guard !brief.plans.isEmpty else {
            return [AnswerDocument(title: Msg.briefTitle(brief.unit), blocks: [.paragraph(Msg.briefNoPlan(brief.unit))])]
        }
        var pages: [AnswerDocument] = []
        for (i, part) in brief.plans.enumerated() {
            var sections: [(heading: String, lines: [String], note: String?)] = []
            if i == 0 {
                let names = brief.plans.map { "\(answerer.planName($0.plan)) — \(KnowledgeAnswerer.trim($0.plan.title, to: 80))" }
                sections.append((Msg.briefPlans(brief.unit, count: brief.plans.count), names, nil))
            }
            sections += planSections(part)
            var planPages = paginate(sections, title: Msg.briefPlanTitle(answerer.planName(part.plan), unit: brief.unit),
                                     source: answerer.source(part.plan, part.sections))
            // The brief opens with its own title; the plan is named in the list under it and in the source.
            if i == 0, !planPages.isEmpty { planPages[0].title = Msg.briefTitle(brief.unit) }
            pages += planPages
        }
        // Each page says where it stands and how to go on.
        return pages.enumerated().map { i, page in
            var p = page
            p.blocks.append(.note(i + 1 < pages.count ? Msg.briefMore(page: i + 1, of: pages.count) : Msg.briefEnd(pages.count)))
            return p
        }
    }

    private func planSections(_ part: UnitBrief.PlanPart) -> [(heading: String, lines: [String], note: String?)] {
        var out: [(heading: String, lines: [String], note: String?)] = []
        if !part.ownDuties.isEmpty {
            out.append((Msg.ownDuties, part.ownDuties.map { answerer.dutyLine($0, limit: 220) }, nil))
        }
        if let id = part.sharedSection, let section = part.plan.section(id) {
            out.append((Msg.commonDuties(id, title: KnowledgeAnswerer.trim(section.title, to: 80)),
                        part.sharedDuties.map { KnowledgeAnswerer.trim(KnowledgeAnswerer.unbulleted($0), to: 220) + " [\(id)]" }, nil))
        }
        if !part.appendixRows.isEmpty {
            out.append((Msg.briefAppendix, part.appendixRows.map(appendixLine), nil))
        }
        if !part.deadlines.isEmpty {
            let recipients = Set(part.deadlines.compactMap(\.recipient))
            let to = recipients.count == 1 ? recipients.first : part.reportsTo
            out.append((Msg.briefDeadlines, part.deadlines.map { answerer.line($0) + " [\($0.section)]" }, to.map(Msg.sendTo)))
        } else if let to = part.reportsTo {
            out.append((Msg.briefDeadlines, [Msg.sendTo(to)], nil))
        }
        if !part.documents.isEmpty {
            out.append((Msg.briefDocuments, part.documents.map { d in
                answerer.listLine(d, subjectLimit: 160) + " [" + d.sections.map { $0 == "preamble" ? Msg.briefPreamble : $0 }.joined(separator: ", ") + "]"
            }, nil))
        }
        if !part.abbreviations.isEmpty {
            out.append((Msg.briefAbbreviations, part.abbreviations.map { Msg.glossaryLine($0.term, $0.meaning) }, Msg.glossarySource))
        }
        return out
    }

    private func appendixLine(_ row: AppendixRow) -> String {
        var s = (row.number.map { "\($0). " } ?? "") + KnowledgeAnswerer.trim(row.title, to: 200)
        if let lead = row.lead { s += " — " + Msg.briefLead(lead) }
        if let co = row.coordinating { s += "; " + Msg.briefSupport(co) }
        if let due = row.deadline { s += Msg.timing(due) }
        return s + " [\(Msg.briefAppendixRow(row.row))]"
    }

    /// The lines a text takes at `width` columns.
    private func height(_ text: String) -> Int { max(1, (text.count + width - 1) / width) }

    /// Splits the sections into pages of at most `lineBudget` lines; a heading is repeated on the page
    /// its list goes on to.
    private func paginate(_ sections: [(heading: String, lines: [String], note: String?)], title: String, source: String) -> [AnswerDocument] {
        var pages: [AnswerDocument] = []
        var blocks: [AnswerDocument.Block] = []
        var used = 0
        func flush() {
            guard !blocks.isEmpty else { return }
            pages.append(AnswerDocument(title: pages.isEmpty ? title : title + Msg.briefContinued, blocks: blocks, source: source))
            blocks = []
            used = 0
        }
        for section in sections {
            var bullets: [String] = []
            var headed = false
            for line in section.lines {
                let h = height(line) + 1
                if used + h + (headed ? 0 : 1) > lineBudget, used > 0 {
                    if !bullets.isEmpty { blocks.append(.bullets(bullets)) }
                    bullets = []
                    flush()
                    headed = false
                }
                if !headed {
                    blocks.append(.paragraph(section.heading))
                    used += height(section.heading) + 1
                    headed = true
                }
                bullets.append(line)
                used += h
            }
            if !bullets.isEmpty { blocks.append(.bullets(bullets)) }
            if let note = section.note {
                blocks.append(.note(note))
                used += height(note) + 1
            }
        }
        flush()
        return pages
    }
}
