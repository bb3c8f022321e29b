import DanVanText

/// Scores every intent of the catalogue against a question: keyword phrases (typo-tolerant), minus
/// exclusions, plus slot bonuses; required slots come from the question or the conversation.
///
///     matcher.match(question("han bao cao lan 2"), entities: …, context: .empty).winner?.intentID
///     // "report.deadline"
public struct IntentMatcher: Sendable {
    public var catalog: IntentCatalog
    /// Minimum score to answer without asking.
    public var answerThreshold = 1.5
    /// Minimum score to be offered in "Có phải bạn muốn hỏi…".
    public var clarifyThreshold = 0.75

    public init(catalog: IntentCatalog) {
        self.catalog = catalog
    }

    public func match(_ q: NormalizedQuestion, entities: [Entity], context: ConversationContext) -> IntentMatch {
        let blockingKinds: Set<EntityKind> = [.document, .unit, .plan, .term, .round, .issuer, .person]
        let blocked = Set(entities.filter { blockingKinds.contains($0.kind) }.flatMap { Array($0.span) })
        let positions = q.tokens.indices.filter { !q.fillers.contains($0) && !blocked.contains($0) }
        let words = positions.map { q.tokens[$0] }

        var candidates: [IntentCandidate] = catalog.intents.map { intent in
            var claimed = Set<Int>()
            var matched: [(String, Double)] = []
            for phrase in intent.phrases {
                for start in find(phrase.tokens, in: words, avoiding: claimed) {
                    claimed.formUnion(start..<start + phrase.tokens.count)
                    matched.append((phrase.text, phrase.weight))
                    break
                }
            }
            var excluded: [(String, Double)] = []
            for phrase in intent.excludes where !find(phrase.tokens, in: words, avoiding: []).isEmpty {
                excluded.append((phrase.text, phrase.weight))
            }
            var score = matched.reduce(0) { $0 + $1.1 } - excluded.reduce(0) { $0 + $1.1 }
            var slots: [String: Entity] = [:]
            var fromContext = Set<String>()
            var missing: [String] = []
            for slot in intent.slots {
                if let e = entities.first(where: { $0.kind == slot.entity }) {
                    slots[slot.name] = e
                    score += slot.bonus ?? 0
                } else if let e = context.lastSlots[slot.name], e.kind == slot.entity,
                          slot.entity == .plan || (slot.required == true && !matched.isEmpty && entitiesLeaveRoom(entities)) {
                    slots[slot.name] = e
                    fromContext.insert(slot.name)
                } else if slot.required == true {
                    missing.append(slot.name)
                }
            }
            return IntentCandidate(intentID: intent.id, publicID: intent.definition.publicID, score: max(0, score),
                                   matched: matched, excluded: excluded, slots: slots, fromContext: fromContext,
                                   missing: missing, followUp: false)
        }
        candidates.sort { a, b in
            if a.eligible != b.eligible { return a.eligible }
            return a.score > b.score
        }

        // A follow-up: "thế còn phòng kinh tế" reuses the previous intent with the new entity.
        if let last = context.lastIntent, let intent = catalog.intent(last) {
            let best = candidates.first { $0.eligible }?.score ?? 0
            let newSlots = intent.slots.compactMap { slot in entities.first { $0.kind == slot.entity }.map { (slot.name, $0) } }
                .filter { $0.1.kind != .plan }
            let weak = best < answerThreshold || (q.startsAsFollowUp && best < 3)
            if weak, !newSlots.isEmpty {
                var slots = context.lastSlots
                for (name, e) in newSlots { slots[name] = e }
                // "thế còn …" says outright that it follows on: it beats whatever the new entity alone suggests.
                let score = q.startsAsFollowUp ? max(answerThreshold, best) + 0.5 : answerThreshold + 0.5
                let follow = IntentCandidate(intentID: intent.id, publicID: intent.definition.publicID,
                                             score: score, matched: [], excluded: [], slots: slots,
                                             fromContext: Set(slots.keys).subtracting(newSlots.map(\.0)), missing: [],
                                             followUp: true)
                candidates.insert(follow, at: 0)
            }
        }

        let eligible = candidates.filter { $0.eligible && $0.score > 0 }
        guard let top = eligible.first else {
            return IntentMatch(question: q, entities: entities, candidates: candidates, decision: .none, confidence: 0)
        }
        let runnerUp = eligible.dropFirst().first { $0.publicID != top.publicID }?.score ?? 0
        let confidence = (top.score / (top.score + 1.5)) * (1 - 0.5 * runnerUp / top.score)
        let decision: IntentMatch.Decision
        if top.score >= answerThreshold && !(runnerUp >= top.score && top.publicID != eligible[1].publicID) {
            decision = .answer
        } else if top.score >= clarifyThreshold {
            decision = .clarify
        } else {
            decision = .none
        }
        return IntentMatch(question: q, entities: entities, candidates: candidates, decision: decision,
                           confidence: (confidence * 100).rounded() / 100)
    }

    /// Context may fill a required slot only when the question brings no entity of its own that could compete.
    private func entitiesLeaveRoom(_ entities: [Entity]) -> Bool {
        !entities.contains { [.document, .unit, .term].contains($0.kind) }
    }

    /// Start positions where `phrase` occurs in `words` (each word typo-tolerant), skipping claimed words.
    /// In a phrase of three words or more, one short word may carry a slip ("han bao coa").
    private func find(_ phrase: [String], in words: [String], avoiding claimed: Set<Int>) -> [Int] {
        guard !phrase.isEmpty, phrase.count <= words.count else { return [] }
        var out: [Int] = []
        for start in 0...(words.count - phrase.count) {
            var ok = true
            var slips = 0
            for k in 0..<phrase.count {
                let w = words[start + k]
                if claimed.contains(start + k) { ok = false; break }
                if FuzzyMatcher.matches(w, phrase[k]) { continue }
                if phrase.count >= 3, slips == 0, FuzzyMatcher.slip(w, phrase[k]) { slips += 1; continue }
                ok = false
                break
            }
            if ok { out.append(start) }
        }
        return out
    }
}
