import DanVanIntents
import DanVanKnowledge
import DanVanText

/// What the assistant says when no intent answers: a passage search, a clarifying question, the
/// units a kind could mean, an honest "not understood" with suggestions, and help.
extension Assistant {
    func searchOrUnknown(_ u: Understanding) -> Reply {
        if let found = search(u) {
            explain(u, Msg.decisionSearch)
            return with(found)
        }
        explain(u, Msg.decisionUnknown)
        var reply = unknown(u.question)
        // Something was searched and nothing matched well enough: say so rather than show an unrelated passage.
        if !searchWords(u).isEmpty || !PassageSearcher.quotedPhrases(u.question.original).isEmpty {
            reply.document.blocks.insert(.paragraph(Msg.searchNothing), at: min(1, reply.document.blocks.count))
        }
        return with(reply)
    }

    /// The plan a question asks about: the one it names, else the one in focus.
    func askedPlan(_ u: Understanding) -> Plan? {
        plans.plan(for: Slots(u.entities.filter { $0.kind == .plan }.prefix(1).map { $0 }), context: context)
    }

    /// The folded content words of a question, stopwords and the words naming a plan ("kh 0134") removed:
    /// what the search looks for.
    func searchWords(_ u: Understanding) -> [String] {
        let q = u.question
        let naming = Set(u.entities.filter { $0.kind == .plan }.flatMap { Array($0.span) })
        return q.contentIndices.filter { !naming.contains($0) }.map { q.tokens[$0] }.filter { !catalog.vocabulary.stopwords.contains($0) }
    }

    /// The sentences of the plan that best match the question, ranked, each with its section; nil when
    /// none covers `PassageSearcher.answerCoverage` of the question's words (or holds its quoted phrases).
    /// The plan is the one the question names, else the one in focus.
    func search(_ u: Understanding, minimumCoverage: Double = PassageSearcher.answerCoverage) -> Reply? {
        let q = u.question
        guard let plan = askedPlan(u) else { return nil }
        let words = searchWords(u)
        let phrases = PassageSearcher.quotedPhrases(q.original)
        let hits = searcher(for: plan).search(words, phrases: phrases, minimumCoverage: minimumCoverage)
        guard !hits.isEmpty else { return nil }
        let bullets = hits.map { KnowledgeAnswerer.tagged($0, words) }
        let a = answerer()
        let doc = AnswerDocument(title: phrases.isEmpty ? Msg.searchTitle : Msg.searchPhraseTitle, blocks: [.bullets(bullets)],
                                 source: a.source(plan, hits.map(\.section)))
        setContext(ConversationContext(planID: plan.id))
        let confidence = (hits[0].coverage * 0.6 * 100).rounded() / 100
        return Reply(intent: .search, slots: ["query": words.joined(separator: " ")], confidence: confidence, document: doc, planID: plan.id)
    }

    /// A content question that one short keyword sent to an unrelated intent ("chủ tịch" in a question
    /// about what must be done): when a sentence of the plan covers most of its other words, that
    /// sentence is the answer. Nil when the winner's evidence is strong or no sentence covers enough.
    func contentAnswer(_ u: Understanding, winner: IntentCandidate) -> Reply? {
        guard winner.source == .keywords, winner.matched.count == 1, winner.fromContext.isEmpty,
              winner.score <= Self.weakKeywordScore else { return nil }
        let keyword = Set(Tokenizer.foldedWords(winner.matched[0].phrase))
        guard keyword.count <= 2 else { return nil }
        let strong: Set<EntityKind> = [.document, .unit, .round, .term, .person, .section, .issuer, .documentKind]
        guard !u.entities.contains(where: { strong.contains($0.kind) }) else { return nil }
        let others = Set(searchWords(u)).subtracting(keyword)
        guard others.count >= Self.contentWordsNeeded else { return nil }
        return search(u, minimumCoverage: Self.contentCoverage)
    }

    /// "có đề cập hương ước không": no "về"/"đến" marked the topic, so it is the words after the keyword
    /// ("có đề cập"), stopwords and fillers left out, as typed.
    func withMentionTopic(_ c: IntentCandidate, _ u: Understanding) -> IntentCandidate {
        guard c.slots.topic == nil else { return c }
        let q = u.question
        var after = 0
        for m in c.matched {
            let phrase = Tokenizer.foldedWords(m.phrase)
            guard !phrase.isEmpty, phrase.count <= q.tokens.count else { continue }
            for start in 0...(q.tokens.count - phrase.count) where Array(q.tokens[start..<start + phrase.count]) == phrase {
                after = max(after, start + phrase.count)
            }
        }
        let kept = (after..<q.tokens.count).filter { !q.fillers.contains($0) && !catalog.vocabulary.stopwords.contains(q.tokens[$0]) }
        guard let first = kept.first, let last = kept.last else { return c }
        // Inner words kept as typed ("phòng cháy chữa cháy": a folded stopword may be another word).
        let text = (first...last).filter { !q.fillers.contains($0) }
            .map { q.typed.indices.contains($0) ? q.typed[$0] : q.tokens[$0] }.joined(separator: " ")
        var filled = c
        filled.slots[.topic] = Entity(kind: .topic, value: .text(text), span: first..<last + 1)
        return filled
    }

    /// A winner scoring at most this on one short keyword is weak evidence.
    static let weakKeywordScore = 2.5
    /// Content words besides the keyword a question needs to be a content question.
    static let contentWordsNeeded = 3
    /// Share of the question's words one sentence must hold to beat a weak keyword.
    static let contentCoverage = 0.8

    /// "nhiệm vụ của phòng": a duties question naming a kind of unit but no unit → the units it could mean.
    func unitChoices(_ u: Understanding) -> [String]? {
        guard !u.entities.contains(where: { $0.kind == .unit }),
              let duties = u.candidates.first(where: { $0.intent == .knowledge(.unitDuties) }), !duties.matched.isEmpty else { return nil }
        // The units of the plan asked about (named, else in focus) when it names any of that kind.
        if let plan = askedPlan(u) {
            let tokens = u.question.tokens
            let own = knowledge.units.candidates(ofKindIn: tokens, among: Set(plan.units.map(\.name)), typed: u.question.typed)
            // "Các Sở, ban, ngành" stands for every Sở the plan does not name: it is a choice for "sở …" (the
            // one with the most duties, when the plan words it several ways).
            let collective = plan.units.filter { unit in
                unit.collective == true && (unit.members ?? []).contains { member in
                    let words = Tokenizer.foldedWords(member)
                    return !words.isEmpty && words.count <= tokens.count
                        && (0...(tokens.count - words.count)).contains { tokens[$0..<$0 + words.count].elementsEqual(words) }
                }
            }.max { $0.duties.count < $1.duties.count }.map(\.name)
            if !own.isEmpty { return own + [collective].compactMap { $0 }.filter { !own.contains($0) } }
        }
        let names = knowledge.units.candidates(ofKindIn: u.question.tokens, typed: u.question.typed)
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
