import DanVanKnowledge
import DanVanText

/// The one place where a line becomes an `Understanding`: normalised and tokenized once, entities
/// found once, every parser asked, candidates ranked on one scale, a decision taken.
///
///     let engine = UnderstandingEngine(knowledge: kb, catalog: catalog, parsers: [taskParser])
///     engine.understand("xong nv 3", context: .empty, today: today).winner?.intent   // .task(.done)
public struct UnderstandingEngine {
    public let catalog: IntentCatalog
    public let extractor: EntityExtractor
    /// The keyword intents first, then the others (task commands…).
    public let parsers: [UnderstandingParser]
    /// Confidence needed to answer without asking (a keyword score of 1.5).
    public var answerConfidence = KeywordIntentParser.confidence(ofScore: KeywordIntentParser.answerScore)
    /// Confidence needed to be offered in "Có phải bạn muốn hỏi…" (a keyword score of 0.75).
    public var clarifyConfidence = KeywordIntentParser.confidence(ofScore: 0.75)

    /// The readings kept inside `remembering(_:)`.
    let memo = UnderstandingMemo()

    public init(knowledge: KnowledgeBase, catalog: IntentCatalog, parsers extra: [UnderstandingParser] = []) {
        self.catalog = catalog
        extractor = EntityExtractor(knowledge: knowledge, vocabulary: catalog.vocabulary)
        parsers = [KeywordIntentParser(catalog: catalog)] + extra
    }

    /// Runs `body` (the work of one answer) reading each text once: the same words in the same
    /// conversation are understood once, their tokens and entities found once (`UnderstandingMemo`).
    /// Nothing is kept after it returns.
    public func remembering<T>(_ body: () throws -> T) rethrows -> T {
        memo.depth += 1
        defer {
            memo.depth -= 1
            if memo.depth == 0 { memo.clear() }
        }
        return try body()
    }

    /// What `line` means in this conversation.
    ///
    /// - Parameter excluding: intents that mean nothing at this point of the conversation ("tiếp" with no
    ///   page to show): their candidates are dropped before the decision.
    public func understand(_ line: String, context: ConversationContext, today: CalendarDate,
                           excluding: Set<IntentID> = []) -> Understanding {
        let alone: Understanding
        if memo.isActive {
            let key = UnderstandingMemo.Key(line, context, today, excluding)
            let plans = extractor.knowledge.loadedPlans.count
            if let kept = memo.understanding(key, plans: plans) {
                alone = kept
            } else {
                alone = reading(line, context: context, today: today, excluding: excluding)
                memo.remember(alone, for: key, plans: plans)
            }
        } else {
            alone = reading(line, context: context, today: today, excluding: excluding)
        }
        return borrowingSubject(alone, line: line, context: context, today: today, excluding: excluding) ?? alone
    }

    /// `line` understood on its own words (no subject borrowed from the conversation).
    private func reading(_ line: String, context: ConversationContext, today: CalendarDate,
                         excluding: Set<IntentID>) -> Understanding {
        let q = normalized(line)
        guard !q.tokens.isEmpty else {
            return Understanding(question: q, entities: [], candidates: [], decision: .empty, confidence: 0)
        }
        if context.hasPendingChoices, let n = Self.choiceNumber(q.text) {
            return Understanding(question: q, entities: [], candidates: [], decision: .choice(n), confidence: 1)
        }
        let entities = self.entities(of: q, line: line)
        let input = ParserInput(question: q, entities: entities, context: context, today: today)
        // A stable sort: each parser's own order decides ties. (Their positions are sorted, not the
        // candidates themselves: measured, copying the candidates while sorting cost more than ranking them.)
        let found = parsers.flatMap { $0.candidates(for: input) }.filter { !excluding.contains($0.intent) }
        let candidates = found.indices.sorted { a, b in
            if found[a].eligible != found[b].eligible { return found[a].eligible }
            if found[a].confidence != found[b].confidence { return found[a].confidence > found[b].confidence }
            return a < b
        }.map { found[$0] }
        return decide(q, entities, candidates)
    }

    /// `line` normalised (once per text inside `remembering`).
    private func normalized(_ line: String) -> NormalizedQuestion {
        if let kept = memo.question(line) { return kept }
        let q = NormalizedQuestion(line, vocabulary: catalog.vocabulary)
        memo.remember(q, of: line)
        return q
    }

    /// The entities of `q`, the normalised `line` (once per text inside `remembering`, while the plans in
    /// memory, whose signers a question may name, stay the same).
    private func entities(of q: NormalizedQuestion, line: String) -> [Entity] {
        guard memo.isActive else { return extractor.entities(in: q) }
        let plans = extractor.knowledge.loadedPlans.count
        if let kept = memo.entities(line, plans: plans) { return kept }
        let found = extractor.entities(in: q)
        memo.remember(found, of: line, plans: plans)
        return found
    }

    /// A short line naming no subject that does not answer on its own ("của ai", "ban hành năm nào"),
    /// read after the subject of the question before ("chỉ thị 16 của ai"), when that reading asks
    /// something of its own about that subject; nil otherwise.
    private func borrowingSubject(_ u: Understanding, line: String, context: ConversationContext, today: CalendarDate,
                                  excluding: Set<IntentID>) -> Understanding? {
        guard let subject = context.lastSubject, u.question.contentIndices.count <= 6,
              !u.entities.contains(where: { Self.subjectKinds.contains($0.kind) }),
              !(answers(u) && Self.stands(u)) else { return nil }
        var plain = context
        plain.lastSubject = nil
        return inheritedReading(subject + " " + line, context: plain, today: today, excluding: excluding)
    }

    private func decide(_ q: NormalizedQuestion, _ entities: [Entity], _ candidates: [IntentCandidate]) -> Understanding {
        // A reading made of an entity's bonus alone ("ubnd" → the glossary) yields to keywords that ask
        // something else whose entity is missing ("ubnd tỉnh làm gì"): better a question back or a search
        // than the wrong answer.
        let keywordWeight = { (c: IntentCandidate) in c.matched.reduce(0) { $0 + $1.weight } }
        let askedElsewhere = candidates.filter {
            !$0.eligible && $0.source == .keywords && keywordWeight($0) >= KeywordIntentParser.answerScore
        }.map(\.confidence).max() ?? 0
        let eligible = candidates.filter {
            $0.eligible && $0.confidence > 0
                && !($0.source == .keywords && !$0.followUp && $0.matched.isEmpty && askedElsewhere > $0.confidence)
        }
        guard let top = eligible.first else {
            return Understanding(question: q, entities: entities, candidates: candidates, decision: .none, confidence: 0)
        }
        let next = eligible.dropFirst().first { $0.publicIntent != top.publicIntent }
        // A runner-up close to the winner lowers the confidence; one as strong as it makes the line ambiguous.
        let closeness = next.map { $0.source == top.source ? $0.score / top.score : $0.confidence / top.confidence } ?? 0
        let confidence = top.confidence * (1 - 0.5 * closeness)
        let tied = eligible.count > 1 && closeness >= 1 && top.publicIntent != eligible[1].publicIntent
        let decision: Understanding.Decision
        if top.confidence >= answerConfidence && !tied {
            decision = .answer
        } else if top.confidence >= clarifyConfidence {
            decision = .clarify
        } else {
            decision = .none
        }
        let shown = top.source == .taskCommand ? top.confidence : (confidence * 100).rounded() / 100
        return Understanding(question: q, entities: entities, candidates: candidates, decision: decision, confidence: shown)
    }

    /// "2", "2.", "2)": the number of an offered choice.
    static func choiceNumber(_ text: String) -> Int? {
        var t = Substring(text)
        while let last = t.last, last == " " || last == "." || last == ")" { t.removeLast() }
        while let first = t.first, first == " " { t.removeFirst() }
        return Int(t)
    }
}
