import DanVanIntents
import DanVanKnowledge
import DanVanText

extension KnowledgeAnswerer {
    func bases(_ plan: Plan, kind: String?, issuer: String?, years: YearRange? = nil, topic: String? = nil) -> AnswerDocument {
        var docs = plan.documents
        // "văn bản về hương ước": the documents whose subject (or name) holds the topic's words, when any does.
        if let topic {
            let words = vocabulary.contentWords(topic)
            let about = docs.filter { d in
                let mine = Set(Tokenizer.foldedWords((d.subject ?? "") + " " + (d.name ?? "")))
                return !words.isEmpty && words.allSatisfy(mine.contains)
            }
            if !about.isEmpty { docs = about }
        }
        if let kind { docs = docs.filter { Folding.fold($0.kind) == Folding.fold(kind) } }
        if let issuer {
            // By the body's name as the plan writes it, or by the code in the document's symbol.
            let (forms, codes) = vocabulary.issuerForms[issuer] ?? ([Tokenizer.foldedWords(issuer)], [])
            docs = docs.filter { d in
                let mine = Tokenizer.foldedWords(d.issuer ?? "")
                let named = forms.contains { words in
                    mine.count >= words.count && (0...(mine.count - words.count)).contains { Array(mine[$0..<$0 + words.count]) == words }
                }
                let code = Tokenizer.foldedWords(d.symbol ?? "").joined().split(whereSeparator: { $0 == "/" || $0 == "-" }).last.map(String.init)
                return named || (code.map { c in codes.contains { c.hasPrefix($0) } } ?? false)
            }
        }
        if let years { docs = docs.filter { Self.year(of: $0).map(years.contains) ?? false } }
        // Several filters, or a period: one title naming them all ("Các nghị quyết của Quốc hội, từ năm 2020, …").
        let combined = years != nil || (kind != nil && issuer != nil)
        let period = years.map(Msg.yearRangePhrase)
        let title = (combined ? Msg.basesFilteredTitle(kind: kind, issuer: issuer, period: period)
                              : kind.map(Msg.basesKindTitle) ?? issuer.map(Msg.basesIssuerTitle) ?? Msg.basesTitle) + " (\(docs.count))"
        if docs.isEmpty, combined || (issuer != nil && kind == nil) {
            let others = plan.documents.map(shortName).joined(separator: ", ")
            return AnswerDocument(title: title, blocks: [.paragraph(Msg.noDocumentsMatching(kind: kind, issuer: issuer, period: period,
                                                                                            others: others))],
                                  source: source(plan, ["preamble"]))
        }
        guard !docs.isEmpty else {
            let others = plan.documents.map(shortName).joined(separator: ", ")
            return AnswerDocument(title: title, blocks: [.paragraph(Msg.noDocumentsOfKind(kind ?? issuer ?? "", others: others))],
                                  source: source(plan, ["preamble"]))
        }
        var blocks: [AnswerDocument.Block] = []
        let direct = docs.filter { $0.sections.contains("preamble") }
        let other = docs.filter { !$0.sections.contains("preamble") }
        let subjectLimit = docs.count > 8 ? 70 : 140
        if kind == nil && issuer == nil && years == nil && !direct.isEmpty {
            blocks.append(.paragraph(Msg.directBasis))
            blocks.append(.bullets(direct.map { listLine($0, subjectLimit: subjectLimit) }))
            if !other.isEmpty {
                blocks.append(.paragraph(Msg.otherCited))
                blocks.append(.bullets(other.map { listLine($0, subjectLimit: subjectLimit) }))
            }
        } else {
            blocks.append(.bullets(docs.map { listLine($0, subjectLimit: subjectLimit) }))
        }
        return AnswerDocument(title: title, blocks: blocks, source: source(plan, docs.flatMap(\.sections)))
    }

    /// The year a cited document was issued: its date's, else the year in its symbol ("59/2023/NĐ-CP").
    static func year(of d: LegalDocument) -> Int? {
        d.date?.year ?? d.symbol.flatMap { DocumentSymbol.Identity($0).year }
    }

    func shortName(_ d: LegalDocument) -> String {
        if let s = d.symbol { return "\(d.kind) \(s)" }
        return d.name ?? d.kind
    }

    func listLine(_ d: LegalDocument, subjectLimit: Int) -> String {
        let subject = d.subject.flatMap { $0.isEmpty ? nil : Self.trim($0, to: subjectLimit) }
        return Msg.documentLine(name: shortName(d), date: d.date?.display, issuer: d.issuer, subject: subject)
    }

    func document(_ plan: Plan, _ ref: DocumentMention?) -> AnswerDocument {
        guard let ref else { return AnswerDocument(blocks: [.paragraph(Msg.noSection)]) }
        let located = ref.matches.first { $0.planID == plan.id } ?? ref.matches.first
        guard let located, let home = knowledge.plan(id: located.planID) else {
            let sameKind = plan.documents.filter { d in ref.kind.map { Folding.fold($0) == Folding.fold(d.kind) } ?? true }
                .map { $0.symbol ?? $0.name ?? $0.kind }.joined(separator: ", ")
            return AnswerDocument(title: ref.typed, blocks: [.paragraph(Msg.documentNotCited(ref.typed, sameKind: sameKind)),
                                                             .note(Msg.documentNotCitedHint)],
                                  source: source(plan, []))
        }
        let d = home.documents[located.index]
        var bullets: [String] = []
        bullets.append(Msg.documentDate(d.date?.display ?? Msg.dateUnknown))
        if let i = d.issuer { bullets.append(Msg.documentIssuer(i)) }
        if let s = d.subject, !s.isEmpty { bullets.append(Msg.documentSubject(Self.trim(s, to: 400))) }
        bullets.append(Msg.documentCitedAt(d.sections.map(Msg.sectionReference).joined(separator: ", ")))
        if let n = d.note { bullets.append(Msg.documentNote(n)) }
        // Other plans citing it, named from their summaries (no plan is read for this).
        let others = Set(ref.matches.map(\.planID)).subtracting([home.id])
        if !others.isEmpty {
            let named = knowledge.summaries(ids: others)
                .map { Msg.planName(number: $0.number, issuerShort: shortIssuer($0.issuer)) }
            bullets.append(Msg.documentAlsoIn(named.prefix(5).joined(separator: "; ") + (named.count > 5 ? Msg.andMore(named.count - 5) : "")))
        }
        return AnswerDocument(title: shortName(d), blocks: [.bullets(bullets)], source: source(home, d.sections))
    }

    func citedBy(_ ref: DocumentMention?) -> AnswerDocument {
        guard let ref else { return AnswerDocument(blocks: [.paragraph(Msg.noSection)]) }
        let ids = Array(Set(ref.matches.map(\.planID))).sorted()
        let plans = ids.prefix(15).compactMap { knowledge.plan(id: $0) }
        guard !plans.isEmpty else {
            return AnswerDocument(title: Msg.citedByTitle(ref.typed), blocks: [.paragraph(Msg.documentNotCited(ref.typed, sameKind: ""))])
        }
        let lines = plans.map { p -> String in
            let loc = ref.matches.first { $0.planID == p.id }!
            let sections = p.documents[loc.index].sections.map(Msg.sectionReference)
            return "\(planName(p)) — \(Self.trim(p.title, to: 90)) (\(sections.joined(separator: ", ")))"
        }
        var blocks: [AnswerDocument.Block] = [.bullets(lines)]
        if ids.count > plans.count { blocks.append(.note(Msg.andMore(ids.count - plans.count).trimmingCharacters(in: .whitespaces))) }
        return AnswerDocument(title: Msg.citedByTitle(ref.typed), blocks: blocks)
    }

    func glossary(_ term: String) -> AnswerDocument {
        let entries = knowledge.glossary.entries.filter { $0.term == term }
        if entries.isEmpty, let symbol = CompoundSymbol(term, kinds: knowledge.documentKinds, glossary: knowledge.glossary) {
            return compound(symbol)
        }
        return AnswerDocument(title: term, blocks: [.bullets(entries.map { Msg.glossaryLine($0.term, $0.meaning) })],
                              source: Msg.glossarySource)
    }
}
