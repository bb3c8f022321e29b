import DanVanIntents
import DanVanKnowledge
import DanVanText
import Foundation

extension KnowledgeAnswerer {
    /// The funding part ("III. KINH PHÍ THỰC HIỆN"); without one, the plan's sentences holding the funding words
    /// (`funding` in `section_words`), in the plan's order.
    func funding(_ plan: Plan) -> AnswerDocument {
        let words = vocabulary.sectionWords(.funding)
        if plan.sections.contains(where: { $0.role == .funding }) {
            return part(plan, roles: [.funding], words: words, title: Msg.fundingTitle)
        }
        let phrases = words.map(Tokenizer.foldedWords).filter { !$0.isEmpty }
        var seen = Set<String>()
        let said = phrases.flatMap { searcher(plan).search([], phrases: [$0], limit: 4) }
            .filter { $0.section != "preamble" && seen.insert($0.text).inserted }
            .sorted { $0.section.localizedStandardCompare($1.section) == .orderedAscending }
        guard !said.isEmpty else { return AnswerDocument(title: Msg.fundingTitle, blocks: [.paragraph(Msg.fundingNone)], source: source(plan, [])) }
        return AnswerDocument(title: Msg.fundingTitle,
                              blocks: [.paragraph(Msg.fundingSaid), .bullets(said.prefix(6).map { "[\($0.section)] \($0.text)" })],
                              source: source(plan, said.prefix(6).map(\.section)))
    }

    /// A part of the plan found by role or heading words ("Mục đích", "Yêu cầu").
    func part(_ plan: Plan, roles: [SectionRole], words: [String], title: String) -> AnswerDocument {
        let section = plan.sections.first { s in s.role.map(roles.contains) ?? false }
            ?? plan.sections.first { s in words.contains { Tokenizer.foldedWords(s.title).joined(separator: " ").contains($0) } }
        guard let section else {
            return AnswerDocument(title: title, blocks: [.paragraph(Msg.noSection)], source: source(plan, []))
        }
        // A heading whose points are numbered subsections ("II. MỤC TIÊU" / "1. 100% …"): those are its content.
        var paragraphs = section.paragraphs
        if paragraphs.isEmpty {
            paragraphs = plan.sections.filter { $0.id.hasPrefix(section.id + ".") && $0.id.split(separator: ".").count == section.id.split(separator: ".").count + 1 }
                .map { ([$0.title] + $0.paragraphs).joined(separator: " ") }
        }
        guard !paragraphs.isEmpty else {
            return AnswerDocument(title: title, blocks: [.paragraph(Msg.noSection)], source: source(plan, []))
        }
        let total = paragraphs.reduce(0) { $0 + $1.count }
        let budget = 1900
        let limit = total > budget ? max(160, budget / paragraphs.count) : Int.max
        var blocks: [AnswerDocument.Block] = [.bullets(paragraphs.map(Self.unbulleted).map { limit == .max ? $0 : Self.trim($0, to: limit) })]
        if total > budget { blocks.append(.note(Msg.trimmedNote)) }
        return AnswerDocument(title: title, blocks: blocks, source: source(plan, [section.id]))
    }

    func summary(_ plan: Plan) -> AnswerDocument {
        var bullets: [String] = []
        bullets.append(Msg.infoTitle(Self.trim(plan.title, to: 220)))
        bullets.append(Msg.infoIssuerLine(plan.issuer, number: plan.number, date: plan.date?.display))
        let direct = plan.documents.filter { $0.sections.contains("preamble") }.prefix(3)
        if !direct.isEmpty {
            bullets.append(Msg.summaryBasis(direct.map { d in Msg.documentWithDate(shortName(d), date: d.date?.display) }.joined(separator: "; ")))
        }
        let top = plan.sections.filter { !$0.id.contains(".") }
        if !top.isEmpty { bullets.append(Msg.summaryParts(top.map { "\($0.id). \(Self.trim($0.title, to: 60))" }.joined(separator: "; "))) }
        if !plan.units.isEmpty { bullets.append(Msg.summaryUnits(plan.units.prefix(8).map(\.name).joined(separator: "; "))) }
        if !plan.deadlines.isEmpty {
            bullets.append(Msg.summaryDeadlines(plan.deadlines.map { d in
                d.date.map { Msg.deadlineBefore(d.label, date: $0.display) } ?? d.text
            }.joined(separator: "; ")))
        }
        if mentionsAppendix(plan) {
            bullets.append(Msg.summaryTasks(Msg.appendixNotInText))
        }
        if let s = plan.signer { bullets.append(Msg.summarySigner("\(s.name) (\(s.title))")) }
        return AnswerDocument(title: Msg.summaryTitle, blocks: [.bullets(bullets)], source: source(plan, top.map(\.id)))
    }

    /// Whether the plan's text refers to an appendix ("kèm theo", "phụ lục"); remembered per plan.
    func mentionsAppendix(_ plan: Plan) -> Bool {
        Self.appendixLock.lock()
        defer { Self.appendixLock.unlock() }
        if let known = Self.appendixMentions[plan.id] { return known }
        let phrases = vocabulary.appendixWords
        let found = plan.sections.contains { s in
            s.paragraphs.contains { p in
                let words = Tokenizer.foldedWords(p)
                return phrases.contains { phrase in
                    phrase.count <= words.count && (0...(words.count - phrase.count)).contains { words[$0..<$0 + phrase.count].elementsEqual(phrase) }
                }
            }
        }
        Self.appendixMentions[plan.id] = found
        return found
    }

    private static var appendixMentions: [String: Bool] = [:]
    private static let appendixLock = NSLock()

    func content(_ plan: Plan, topic: String) -> AnswerDocument {
        let words = vocabulary.contentWords(topic)
        let hits = searcher(plan).search(words, minimumCoverage: 0.99)
        var blocks: [AnswerDocument.Block] = []
        if hits.isEmpty {
            blocks.append(.paragraph(Msg.contentNotFound(topic)))
        } else {
            blocks.append(.bullets(hits.map { Msg.sectionTag($0.section) + " " + Self.excerpt($0.text, around: words) }))
        }
        let terms = knowledge.glossary.mentions(in: words)
        for t in terms where t.span.count == words.count {
            blocks.append(.note(Msg.glossaryLine(t.entry.term, t.entry.meaning)))
        }
        return AnswerDocument(title: Msg.contentTitle(topic), blocks: blocks, source: source(plan, hits.map(\.section)))
    }

    /// Up to ~450 characters of `text`, centred on the first word of `words` it contains.
    static func excerpt(_ text: String, around words: [String], limit: Int = 450) -> String {
        let text = unbulleted(text)
        guard text.count > limit else { return text }
        let tokens = Tokenizer.tokens(text)
        let first = tokens.first { words.contains($0.text) }?.start ?? 0
        let chars = Array(text)
        var start = max(0, first - limit / 3)
        while start > 0, chars[start - 1] != " " { start -= 1 }
        let end = min(chars.count, start + limit)
        var s = String(chars[start..<end])
        if end < chars.count, let space = s.lastIndex(of: " ") { s = String(s[..<space]) + "…" }
        return (start > 0 ? "…" : "") + s
    }

    func recipients(_ plan: Plan) -> AnswerDocument {
        guard !plan.recipients.isEmpty else {
            return AnswerDocument(title: Msg.recipientsTitle, blocks: [.paragraph(Msg.noRecipients)], source: source(plan, []))
        }
        return AnswerDocument(title: Msg.recipientsTitle, blocks: [.bullets(plan.recipients)], source: source(plan, ["recipients"]))
    }

    func signer(_ plan: Plan) -> AnswerDocument {
        guard let s = plan.signer else {
            return AnswerDocument(title: Msg.signerTitle, blocks: [.paragraph(Msg.noSigner)], source: source(plan, []))
        }
        var blocks: [AnswerDocument.Block] = [.paragraph(Msg.signerLine(mode: s.mode, authority: s.authority, title: s.title,
                                                                         name: s.name, signsFor: s.signsFor))]
        blocks.append(.note(Msg.signerNoteKT))
        return AnswerDocument(title: Msg.signerTitle, blocks: blocks, source: source(plan, ["signature"]))
    }

    func info(_ plan: Plan) -> AnswerDocument {
        let bullets = [Msg.infoNumber(plan.number), Msg.infoDate(plan.date?.display, place: plan.place),
                       Msg.infoIssuer(plan.issuer), Msg.infoTitle(plan.title)]
        return AnswerDocument(title: Msg.infoTitle, blocks: [.bullets(bullets)], source: source(plan, ["preamble"]))
    }

    func planList(current: Plan) -> AnswerDocument {
        let lines = knowledge.summaries.suffix(30).map { p in
            Msg.planListLine(name: Msg.planName(number: p.number, issuerShort: shortIssuer(p.issuer)),
                             title: Self.trim(p.title, to: 110), current: p.id == current.id)
        }
        var blocks: [AnswerDocument.Block] = [.bullets(lines)]
        if knowledge.summaries.count > lines.count { blocks.append(.note(Msg.planListMore(knowledge.summaries.count - lines.count))) }
        return AnswerDocument(title: Msg.planListTitle + " (\(knowledge.summaries.count))", blocks: blocks)
    }
}
