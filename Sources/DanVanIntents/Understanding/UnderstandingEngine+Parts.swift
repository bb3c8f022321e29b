import DanVanText

extension UnderstandingEngine {
    /// Entities that name what a question is about: a part with none borrows those of the part before.
    static let subjectKinds: [EntityKind] = [.document, .unit, .plan, .term, .person, .section, .round]

    /// The questions of a line that asks several, in order; nil when the line is one question.
    ///
    /// The line is cut at the joining words and marks of `Intents/entities.yaml` (`part_words`,
    /// `part_marks`), never inside a name the whole line names (a unit, an issuer, a document…), never
    /// in a task command (its title may hold "và"). A piece is a part when it is understood on its own
    /// well enough to answer, in the conversation the parts before it leave; or, when it names no
    /// subject ("của ai"), once read after the subject of the part before ("chỉ thị 16 của ai"). A
    /// piece that is neither stays with its neighbour. The split stands only when it leaves at least
    /// two parts and loses none of the line's names.
    ///
    ///     parts(of: "nhiệm vụ của trung tâm và hạn báo cáo", …)   // unit.duties, report.deadline
    ///     parts(of: "nhiệm vụ của phòng kinh tế - hạ tầng và đô thị", …)   // nil: "đô thị" is part of the name
    public func parts(of line: String, context: ConversationContext, today: CalendarDate,
                      excluding: Set<IntentID> = []) -> [QuestionPart]? {
        let vocabulary = catalog.vocabulary
        guard !vocabulary.partWords.isEmpty || !vocabulary.partMarks.isEmpty else { return nil }
        // Most lines hold no joining word or mark: they are not understood twice.
        let firstWords = Set(vocabulary.partWords.compactMap(\.first))
        guard line.contains(where: vocabulary.partMarks.contains)
                || Tokenizer.foldedWords(line).dropFirst().contains(where: firstWords.contains) else { return nil }
        let whole = understand(line, context: context, today: today, excluding: excluding)
        switch whole.decision {
        case .empty, .choice: return nil
        case .answer, .clarify, .none: break
        }
        // A task command keeps its words together: "thêm nhiệm vụ rà soát và báo cáo" is one task.
        if whole.candidates.contains(where: { $0.source == .taskCommand && $0.eligible && $0.confidence > 0 }) { return nil }
        // A topic the whole line asks about is one phrase ("ai chịu trách nhiệm tổng hợp và báo cáo").
        let asksTopic = whole.decision == .answer && whole.winner?.slots.topic != nil
        let names = whole.entities.filter { $0.kind != .topic || asksTopic }
        let pieces = Self.pieces(of: whole.question, entities: names, vocabulary: vocabulary)
        guard pieces.count >= 2 else { return nil }
        let text = Array(whole.question.text)
        func words(_ r: Range<Int>) -> String { String(text[r]) }

        var parts: [QuestionPart] = []
        var partRanges: [Range<Int>] = []
        var pendingStart: Int?
        var here = context
        for piece in pieces {
            let start = pendingStart ?? piece.lowerBound
            let range = start..<piece.upperBound
            let before = parts.count >= 2 ? Self.context(after: parts[parts.count - 2], in: context) : context
            if let part = part(words(range), after: parts.last, context: here, today: today, excluding: excluding) {
                parts.append(part)
                partRanges.append(range)
                pendingStart = nil
            } else if pendingStart == nil, let last = partRanges.last,
                      let part = part(words(last.lowerBound..<piece.upperBound), after: parts.count >= 2 ? parts[parts.count - 2] : nil,
                                      context: before, today: today, excluding: excluding) {
                // Not a question of its own: the end of the part before ("… hạ tầng và đô thị").
                parts[parts.count - 1] = part
                partRanges[partRanges.count - 1] = last.lowerBound..<piece.upperBound
            } else {
                pendingStart = start
                continue
            }
            here = Self.context(after: parts[parts.count - 1], in: context)
        }
        guard pendingStart == nil, parts.count >= 2 else { return nil }
        // Every name of the line is in some part: a cut did not break one.
        let named = Set(whole.entities.filter { $0.kind != .topic }.map { "\($0.kind.rawValue)=\($0.display)" })
        let kept = Set(parts.flatMap { $0.understanding.entities.map { "\($0.kind.rawValue)=\($0.display)" } })
        guard named.isSubset(of: kept) else { return nil }
        // The line read whole already asks all of it ("văn bản căn cứ, trước năm 2020" is one filtered list).
        if whole.decision == .answer, let w = whole.winner, !parts.contains(where: \.inherits),
           parts.allSatisfy({ $0.understanding.winner?.publicIntent == w.publicIntent }) {
            func values(_ c: IntentCandidate?) -> Set<String> {
                Set((c?.slots.removing(.plan).display ?? [:]).map { "\($0.key)=\($0.value)" })
            }
            let asked = parts.reduce(into: Set<String>()) { $0.formUnion(values($1.understanding.winner)) }
            if asked.isSubset(of: values(w)) { return nil }
        }
        return parts
    }

    /// A piece of the line as a part: understood on its own, or after the subject of `previous`.
    ///
    /// A piece naming no subject whose own keywords are weak ("của ai", "ban hành năm nào") is read after
    /// the subject of the part before when that reading answers about it; a strong question ("hạn báo
    /// cáo") stands alone.
    private func part(_ words: String, after previous: QuestionPart?, context: ConversationContext, today: CalendarDate,
                      excluding: Set<IntentID>) -> QuestionPart? {
        let u = understand(words, context: context, today: today, excluding: excluding)
        let alone = answers(u) && Self.stands(u) ? QuestionPart(text: words, question: words, understanding: u) : nil
        guard let previous, !u.entities.contains(where: { Self.subjectKinds.contains($0.kind) }),
              let subject = Self.subject(of: previous.understanding) else { return alone }
        if alone != nil, let w = u.winner, w.matched.reduce(0, { $0 + $1.weight }) >= Self.standingScore { return alone }
        let question = subject + " " + words
        var plain = context
        plain.lastSubject = nil
        guard let inherited = inheritedReading(question, context: plain, today: today, excluding: excluding) else { return alone }
        return QuestionPart(text: words, question: question, understanding: inherited)
    }

    /// `question` (a subject, then a fragment) understood, when the fragment asks something of its own
    /// ("của ai") about the subject it borrowed; nil otherwise.
    func inheritedReading(_ question: String, context: ConversationContext, today: CalendarDate,
                          excluding: Set<IntentID>) -> Understanding? {
        let inherited = understand(question, context: context, today: today, excluding: excluding)
        guard answers(inherited), let w = inherited.winner, !w.matched.isEmpty,
              w.slots.kinds.contains(where: { Self.subjectKinds.contains($0) && !w.fromContext.contains($0) }) else { return nil }
        return inherited
    }

    /// Whether an understood piece is a question by itself, not a word of a longer one ("… tổng hợp và báo
    /// cáo"): it names what it is about, follows on with a new entity ("lần 2"), or its keywords weigh
    /// `standingScore`.
    static func stands(_ u: Understanding) -> Bool {
        guard let w = u.winner else { return !u.candidates.isEmpty }
        if w.source != .keywords || w.followUp { return true }
        if w.slots.kinds.contains(where: { $0 != .plan && !w.fromContext.contains($0) }) { return true }
        return w.matched.reduce(0, { $0 + $1.weight }) >= standingScore
    }

    /// Keyword weight with which a piece naming no subject is a question of its own ("hạn báo cáo").
    static let standingScore = KeywordIntentParser.answerScore + 0.5

    /// Understood well enough to answer, as a question (not a task command, not a search); or a question
    /// about a unit the line names only by its type ("nhiệm vụ của trung tâm"), which is answered by
    /// offering the units of that type.
    func answers(_ u: Understanding) -> Bool {
        if u.decision == .answer, let winner = u.winner, winner.eligible, winner.source != .taskCommand {
            switch winner.intent {
            case .meta, .task, .onboarding: return false
            case .knowledge, .report: return true
            }
        }
        guard let top = u.candidates.filter({ $0.confidence > 0 }).max(by: { $0.confidence < $1.confidence }), top.missing == [.unit], top.source == .keywords,
              top.matched.reduce(0, { $0 + $1.weight }) >= Self.standingScore,
              !u.entities.contains(where: { $0.kind == .unit }) else { return false }
        return !extractor.knowledge.units.candidates(ofKindIn: u.question.tokens).isEmpty
    }

    /// The words naming what an understood part is about ("chỉ thị 16"), as written.
    public static func subject(of u: Understanding) -> String? {
        let q = u.question
        let chars = Array(q.text)
        let named = u.entities.filter { subjectKinds.contains($0.kind) && !$0.span.isEmpty && $0.span.upperBound <= q.spans.count }
        guard !named.isEmpty else { return nil }
        let words = named.map { e -> String in
            let start = q.spans[e.span.lowerBound].start, end = q.spans[e.span.upperBound - 1].end
            return start < end && end <= chars.count ? String(chars[start..<end]) : e.display
        }
        return words.joined(separator: " ")
    }

    /// The conversation after a part is answered: its intent and slots, the same plan.
    static func context(after part: QuestionPart, in context: ConversationContext) -> ConversationContext {
        guard let winner = part.understanding.winner else { return context }
        return ConversationContext(lastIntent: winner.intent, lastSlots: winner.slots.removing(.plan), planID: context.planID)
    }

    /// The character ranges of `q.text` between the joining words and marks, in order, never inside one of
    /// `entities` (the caller leaves out a topic it may cut).
    public static func pieces(of q: NormalizedQuestion, entities: [Entity], vocabulary: CompiledVocabulary) -> [Range<Int>] {
        let tokens = q.tokens, spans = q.spans
        guard tokens.count >= 2 else { return [] }
        let chars = Array(q.text)
        // Words inside a name cannot be cut ("Văn hóa, Thể thao và Du lịch").
        let named = Set(entities.flatMap { Array($0.span) })
        let names = entities.map(\.span)
        var cuts: [(end: Int, resume: Int)] = []
        var i = 0
        while i < tokens.count {
            if i > 0, let word = vocabulary.partWords.first(where: { i + $0.count < tokens.count && tokens[i..<i + $0.count].elementsEqual($0) }),
               !(i..<i + word.count).contains(where: named.contains) {
                cuts.append((spans[i].start, spans[i + word.count - 1].end))
                i += word.count
                continue
            }
            if i + 1 < tokens.count, !names.contains(where: { $0.contains(i) && $0.contains(i + 1) }) {
                let gap = spans[i].end..<max(spans[i].end, spans[i + 1].start)
                if gap.upperBound <= chars.count, chars[gap].contains(where: vocabulary.partMarks.contains) {
                    cuts.append((spans[i].end, spans[i + 1].start))
                }
            }
            i += 1
        }
        guard !cuts.isEmpty else { return [] }
        var pieces: [Range<Int>] = []
        var start = 0
        for cut in cuts {
            if start < cut.end { pieces.append(start..<cut.end) }
            start = cut.resume
        }
        if start < chars.count { pieces.append(start..<chars.count) }
        // Trimmed of spaces and marks; pieces of nothing but marks dropped.
        return pieces.compactMap { r in
            var lo = r.lowerBound, hi = r.upperBound
            while lo < hi, chars[lo].isWhitespace || vocabulary.partMarks.contains(chars[lo]) { lo += 1 }
            while hi > lo, chars[hi - 1].isWhitespace || vocabulary.partMarks.contains(chars[hi - 1]) { hi -= 1 }
            return lo < hi ? lo..<hi : nil
        }
    }
}
