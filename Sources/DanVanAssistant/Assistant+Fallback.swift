import DanVanIntents
import DanVanKnowledge
import DanVanText

/// What the assistant says when no intent answers: a passage search, a clarifying question, the
/// units a kind could mean, an honest "not understood" with suggestions, and help.
extension Assistant {
    func searchOrUnknown(_ u: Understanding) -> Reply {
        if let found = search(u.question) {
            explain(u, Msg.decisionSearch)
            return with(found)
        }
        explain(u, Msg.decisionUnknown)
        return with(unknown(u.question))
    }

    func search(_ q: NormalizedQuestion) -> Reply? {
        guard let plan = plans.plan(for: Slots(), context: context) else { return nil }
        let words = q.contentIndices.map { q.tokens[$0] }.filter { !catalog.vocabulary.stopwords.contains($0) }
        let hits = searcher(for: plan).search(words)
        guard !hits.isEmpty else { return nil }
        let bullets = hits.map { "[\($0.section == "preamble" ? Msg.preambleSection : $0.section)] " + KnowledgeAnswerer.excerpt($0.text, around: words) }
        let a = answerer()
        let doc = AnswerDocument(title: Msg.searchTitle, blocks: [.bullets(bullets)], source: a.source(plan, hits.map(\.section)))
        setContext(ConversationContext(planID: plan.id))
        let confidence = (hits[0].coverage * 0.6 * 100).rounded() / 100
        return Reply(intent: .search, slots: ["query": words.joined(separator: " ")], confidence: confidence, document: doc, planID: plan.id)
    }

    /// "nhiệm vụ của phòng": a duties question naming a kind of unit but no unit → the units it could mean.
    func unitChoices(_ u: Understanding) -> [String]? {
        guard !u.entities.contains(where: { $0.kind == .unit }),
              let duties = u.candidates.first(where: { $0.intent == .knowledge(.unitDuties) }), !duties.matched.isEmpty else { return nil }
        let names = knowledge.units.candidates(ofKindIn: u.question.tokens)
        return names.isEmpty ? nil : names
    }

    func clarifyUnit(_ u: Understanding, _ names: [String]) -> Reply {
        explain(u, Msg.decisionClarify(names))
        let lines = names.enumerated().map { i, name in "\(i + 1)) " + Msg.dutiesTitle(name) }
        var next = context
        next.pendingChoices = names.map { name in (IntentID.knowledge(.unitDuties), Slots([Entity(kind: .unit, value: .text(name), span: 0..<0)])) }
        setContext(next)
        let doc = AnswerDocument(title: Msg.clarifyTitle, blocks: [.bullets(lines), .note(Msg.clarifyHint)])
        return with(Reply(intent: .unknown, slots: ["choices": names.joined(separator: ",")], confidence: u.confidence, document: doc))
    }

    func clarify(_ u: Understanding) -> Reply {
        var seen = Set<IntentID>()
        let options = u.candidates.filter {
            $0.eligible && $0.confidence >= engine.clarifyConfidence && seen.insert($0.publicIntent).inserted
        }.prefix(3)
        explain(u, Msg.decisionClarify(options.map(\.intent.rawValue)))
        guard options.count >= 1 else { return with(unknown(u.question)) }
        let lines = options.enumerated().map { i, c in "\(i + 1)) " + (catalog.intent(c.intent)?.definition.title ?? c.intent.rawValue) }
        var next = context
        next.pendingChoices = options.map { ($0.intent, $0.slots) }
        setContext(next)
        let doc = AnswerDocument(title: Msg.clarifyTitle, blocks: [.bullets(lines), .note(Msg.clarifyHint)])
        return with(Reply(intent: .unknown, slots: ["choices": options.map(\.publicIntent.rawValue).joined(separator: ",")],
                          confidence: u.confidence, document: doc))
    }

    func unknown(_ q: NormalizedQuestion) -> Reply {
        clearChoices()
        let words = Set(q.tokens).subtracting(catalog.vocabulary.stopwords)
        let scored = exampleWords.map { ($0.example, $0.words.intersection(words).count) }
        var suggestions = scored.filter { $0.1 > 0 }.sorted { $0.1 > $1.1 }.map(\.0)
        for d in catalog.vocabulary.defaultSuggestions where !suggestions.contains(d) {
            suggestions.append(d)
        }
        let doc = AnswerDocument(blocks: [.paragraph(Msg.unknown(q.text)), .paragraph(Msg.tryThese),
                                          .bullets(Array(suggestions.prefix(3))), .note(Msg.helpHint)])
        return Reply(intent: .unknown, confidence: 0, document: doc)
    }

    /// Every declared example with its folded words, for suggestions.
    private var exampleWords: [(example: String, words: Set<String>)] { catalog.exampleWords }

    func help(_ q: NormalizedQuestion) -> AnswerDocument {
        let words = Set(q.tokens).subtracting(catalog.vocabulary.helpWords)
        let topics = Msg.helpTopics.filter { topic in
            !Set(Tokenizer.foldedWords(topic.0)).intersection(words).subtracting(catalog.vocabulary.stopwords).isEmpty
        }
        let shown = topics.isEmpty ? Msg.helpTopics : topics
        var blocks: [AnswerDocument.Block] = [.paragraph(Msg.helpIntro)]
        for (title, examples) in shown {
            blocks.append(.paragraph(title + ":"))
            blocks.append(.bullets(examples))
        }
        blocks.append(.note(Msg.helpFooter))
        return AnswerDocument(title: Msg.helpTitle, blocks: blocks)
    }
}
