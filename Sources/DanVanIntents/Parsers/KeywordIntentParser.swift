import DanVanText

/// Reads the intents declared by keywords (`Intents/knowledge.yaml`, `Intents/report.yaml`): phrase
/// weights (typo-tolerant), minus exclusions, plus slot bonuses; required slots come from the question
/// or the conversation; a weak question that names a new entity follows on from the previous one.
///
///     parser.candidates(for: input("han bao cao lan 2")).first?.intent   // .knowledge(.reportDeadline)
public struct KeywordIntentParser: UnderstandingParser, Sendable {
    public var catalog: IntentCatalog

    public init(catalog: IntentCatalog) {
        self.catalog = catalog
    }

    /// The keyword score a question needs to be answered without asking.
    public static let answerScore = 1.5

    /// A keyword score on the common 0–1 scale: 1.5 (enough to answer) is 0.5.
    public static func confidence(ofScore score: Double) -> Double {
        score <= 0 ? 0 : score / (score + answerScore)
    }

    public func candidates(for input: ParserInput) -> [IntentCandidate] {
        let q = input.question, entities = input.entities, context = input.context
        let blockingKinds: Set<EntityKind> = [.document, .unit, .plan, .term, .round, .issuer, .person]
        // A unit named inside a longer keyword phrase ("các đơn vị tham gia" holds the collective unit "các đơn vị")
        // is a word of that phrase: its words stay free for the keywords (the unit still fills its slot).
        let absorbed = entities.filter { $0.kind == .unit && Self.insidePhrase($0.span, of: q.tokens, catalog: catalog) }
        var blocked = Set(entities.filter { e in blockingKinds.contains(e.kind) && !absorbed.contains { $0.span == e.span } }
            .flatMap { Array($0.span) })
        // The plan word that opens a plan's name ("kh 7360 gửi những ai") stays a word of the question, read as
        // the first plan word ("kế hoạch gửi"); the number or topic after it is the plan's.
        var planWordAt: [Int: Int] = [:]
        for e in entities where e.kind == .plan {
            if let word = catalog.vocabulary.planWords.first(where: { w in
                (e.span.lowerBound + w.count <= e.span.upperBound
                    && q.tokens[e.span.lowerBound..<e.span.lowerBound + w.count].elementsEqual(w))
                    // glued to its number ("kh0134/ubnd")
                    || (w.count == 1 && e.span.count == 1 && q.tokens[e.span.lowerBound].hasPrefix(w[0]))
            }) {
                planWordAt[e.span.lowerBound] = word.count
                blocked.remove(e.span.lowerBound)
            }
        }
        let canonicalPlanWord = catalog.vocabulary.planWords.first ?? []
        let positions = q.tokens.indices.filter { !q.fillers.contains($0) && !blocked.contains($0) }
        // The question's words compared with the catalogue's numbered words, each pair once. A plan named is
        // one plan: a phrase may start at its plan word ("kế hoạch gửi") but not run into it ("các kế hoạch"
        // lists them all), so a word no phrase holds (not in the lexicon) stands before it.
        let plain = catalog.lexicon.table(for: positions.flatMap { i in
            planWordAt[i] != nil ? [Self.barrier] + canonicalPlanWord : [q.tokens[i]]
        })
        // Short forms read as the words they stand for, by every intent but the one that explains them.
        let expanded = catalog.lexicon.table(for: Self.expanding(q, entities, blocked: blocked, planWordAt: planWordAt,
                                                                 planWord: canonicalPlanWord))
        let numbers = catalog.phraseNumbers
        // The one entity that is the whole question (every word that is not a filler or a stopword is its).
        let content = q.tokens.indices.filter { i in
            !q.fillers.contains(i) && !catalog.vocabulary.isStopword(q.tokens[i], typed: q.typed.indices.contains(i) ? q.typed[i] : nil)
        }
        let whole = entities.filter { e in !content.isEmpty && content.allSatisfy(e.span.contains) }
        let aloneKind = whole.count == 1 ? whole[0].kind : nil

        var candidates: [IntentCandidate] = catalog.intents.indices.map { n in
            let intent = catalog.intents[n]
            let words = intent.slots.contains(where: { $0.entity == .term }) ? plain : expanded
            var claimed = [Bool](repeating: false, count: words.count)
            var matched: [(phrase: String, weight: Double)] = []
            for (phrase, prepared) in zip(intent.phrases, numbers[n].phrases) {
                if let start = Self.find(prepared, in: words, avoiding: claimed) {
                    for i in start..<start + prepared.count { claimed[i] = true }
                    matched.append((phrase.text, phrase.weight))
                }
            }
            var excluded: [(phrase: String, weight: Double)] = []
            for (phrase, prepared) in zip(intent.excludes, numbers[n].excludes) where Self.find(prepared, in: words, avoiding: nil) != nil {
                excluded.append((phrase.text, phrase.weight))
            }
            var score = matched.reduce(0) { $0 + $1.weight } - excluded.reduce(0) { $0 + $1.weight }
            var slots = Slots()
            var fromContext = Set<EntityKind>()
            var missing: [EntityKind] = []
            for slot in intent.slots {
                if let e = entities.first(where: { $0.kind == slot.entity }) {
                    slots[slot.entity] = e
                    score += slot.bonus ?? 0
                    if slot.entity == aloneKind { score += slot.alone ?? 0 }
                } else if let e = context.lastSlots[slot.entity],
                          slot.entity == .plan || (slot.required == true && !matched.isEmpty && entitiesLeaveRoom(entities)) {
                    slots[slot.entity] = e
                    fromContext.insert(slot.entity)
                } else if slot.required == true {
                    missing.append(slot.entity)
                }
            }
            let kept = max(0, score)
            return IntentCandidate(intent: intent.intent, publicIntent: intent.publicIntent, source: .keywords, score: kept,
                                   confidence: Self.confidence(ofScore: kept), matched: matched, excluded: excluded,
                                   slots: slots, fromContext: fromContext, missing: missing)
        }
        candidates.sort { a, b in
            if a.eligible != b.eligible { return a.eligible }
            return a.score > b.score
        }

        // A follow-up: "thế còn phòng kinh tế" reuses the previous intent with the new entity.
        if let last = context.lastIntent, let intent = catalog.intent(last) {
            let best = candidates.first { $0.eligible }?.score ?? 0
            // A plan named is where to look, not a new question, unless the line says it follows on ("còn kh 160
            // thì sao": the same question about that plan).
            let newSlots = intent.slots.compactMap { slot in entities.first { $0.kind == slot.entity } }
                .filter { $0.kind != .plan || q.startsAsFollowUp }
            let weak = best < Self.answerScore || (q.startsAsFollowUp && best < 3)
            if weak, !newSlots.isEmpty {
                var slots = context.lastSlots
                for e in newSlots { slots[e.kind] = e }
                // "thế còn …" says outright that it follows on: it beats whatever the new entity alone suggests.
                let score = q.startsAsFollowUp ? max(Self.answerScore, best) + 0.5 : Self.answerScore + 0.5
                let follow = IntentCandidate(intent: intent.intent, publicIntent: intent.publicIntent, source: .followUp,
                                             score: score, confidence: Self.confidence(ofScore: score), slots: slots,
                                             fromContext: Set(slots.kinds).subtracting(newSlots.map(\.kind)),
                                             followUp: true)
                candidates.insert(follow, at: 0)
            }
        }
        return candidates
    }

    /// A token no keyword holds (not a letter or a digit): stands before a plan's plan word.
    static let barrier = "·"

    /// Whether the words of `span` stand, word for word, inside a longer keyword phrase of some intent.
    static func insidePhrase(_ span: Range<Int>, of tokens: [String], catalog: IntentCatalog) -> Bool {
        for intent in catalog.intents {
            for phrase in intent.phrases where phrase.tokens.count > span.count {
                let n = phrase.tokens.count
                let first = max(0, span.upperBound - n), last = min(span.lowerBound, tokens.count - n)
                guard first <= last else { continue }
                for start in first...last where tokens[start..<start + n].elementsEqual(phrase.tokens) { return true }
            }
        }
        return false
    }

    /// The question's unblocked words with each expandable short form replaced by its words.
    static func expanding(_ q: NormalizedQuestion, _ entities: [Entity], blocked: Set<Int>,
                          planWordAt: [Int: Int] = [:], planWord: [String] = []) -> [String] {
        var out: [String] = []
        for i in q.tokens.indices where !q.fillers.contains(i) {
            if let e = entities.first(where: { $0.span.lowerBound == i && $0.expansion != nil }), let words = e.expansion {
                out += words
            } else if planWordAt[i] != nil {
                out += [barrier] + planWord
            } else if !blocked.contains(i) {
                out.append(q.tokens[i])
            }
        }
        return out
    }

    /// Context may fill a required slot only when the question brings no entity of its own that could compete.
    private func entitiesLeaveRoom(_ entities: [Entity]) -> Bool {
        !entities.contains { [.document, .unit, .term].contains($0.kind) }
    }

    /// The first start where `phrase` (numbers of the catalogue's `lexicon`) occurs in `words` (each word
    /// typo-tolerant), skipping claimed words. In a phrase of three words or more, one short word may
    /// carry a slip ("han bao coa").
    private static func find(_ phrase: [Int], in words: FuzzyTable, avoiding claimed: [Bool]?) -> Int? {
        guard !phrase.isEmpty, phrase.count <= words.count, words.mayHold(phrase, slips: phrase.count >= 3) else { return nil }
        for start in 0...(words.count - phrase.count) {
            var ok = true
            var slips = 0
            for k in 0..<phrase.count {
                if let claimed, claimed[start + k] { ok = false; break }
                if words.matches(start + k, phrase[k]) { continue }
                if phrase.count >= 3, slips == 0, words.slip(start + k, phrase[k]) { slips += 1; continue }
                ok = false
                break
            }
            if ok { return start }
        }
        return nil
    }
}
