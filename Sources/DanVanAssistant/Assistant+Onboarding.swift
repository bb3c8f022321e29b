import DanVanIntents
import DanVanKnowledge
import DanVanTasks
import DanVanText

/// The new official's brief (`onboarding.brief`, "tiếp") and practice rounds (`onboarding.quiz`).
extension Assistant {
    /// Keeps the user's practice record there (and remembers their unit in it).
    public func usePracticeProgress(_ progress: PracticeProgress) { onboarding.progress = progress }

    /// The unit the user said they belong to, or nil.
    public var rememberedUnit: String? { onboarding.progress?.unit }

    /// Whether a practice round is waiting for an answer.
    public var isPracticing: Bool { onboarding.session != nil }

    /// Resolves a unit as typed ("phong kinh te", "VHXH") to its name.
    public func resolveUnit(_ text: String) -> UnitDirectory.Resolution { knowledge.units.resolve(text) }

    /// The commune's own units, for asking which one the user belongs to.
    public var communeUnitNames: [String] {
        knowledge.units.units.map(\.name).filter { knowledge.units.communeUnits.contains($0) && !knowledge.units.isCollective($0) }
    }

    /// The brief of `unit` (a resolved name), page by page; the unit is remembered.
    public func briefPages(unit: String) -> [AnswerDocument] {
        try? onboarding.progress?.setUnit(unit)
        return BriefWriter(answerer: answerer()).pages(UnitBrief.build(unit: unit, answerer: answerer()))
    }

    /// The facts a practice round may ask about.
    ///
    /// - Parameters:
    ///   - unit: narrows to the plans giving the unit duties, and to its own duties and rows.
    ///   - plan: one plan only (the plan's id).
    public func practiceQuestions(unit: String?, plan: Plan?) -> [QuizQuestion] {
        let builder = QuizBuilder(answerer: answerer())
        var plans: [Plan]
        if let plan { plans = [plan] }
        else if let unit { plans = UnitBrief.build(unit: unit, answerer: answerer()).plans.map(\.plan) }
        else { plans = knowledge.plans }
        var out = plans.flatMap { builder.questions(from: $0, unit: plan == nil ? unit : nil) }
        if plan == nil, let stored = try? tasks?.reportTasks() {
            out += builder.questions(fromTasks: stored.map(\.task), unit: unit)
        }
        return out
    }

    /// The plan numbered or named `text` ("308", "308/KH-UBND", an id), if any.
    public func plan(named text: String) -> Plan? {
        let folded = Tokenizer.foldedWords(text).joined(separator: " ")
        let found = knowledge.summaries.first { s in
            s.id == text || s.number.map { n in
                let f = Tokenizer.foldedWords(n).joined(separator: " ")
                return f == folded || n.prefix { $0.isNumber } == Substring(text)
            } ?? false
        }
        return found.flatMap { knowledge.plan(id: $0.id) }
    }

    /// Starts a practice round on `questions` in practice order (missed facts first).
    public func startPractice(_ questions: [QuizQuestion], count: Int, seed: UInt64) -> PracticeSession {
        var generator = SplitMix64(seed: seed)
        let ordered = onboarding.progress?.order(questions, using: &generator) ?? questions.shuffled(using: &generator)
        let answerer = answerer()
        return PracticeSession(questions: Array(ordered.prefix(max(1, count))),
                               judge: AnswerJudge(units: knowledge.units, glossary: knowledge.glossary,
                                                  sameUnit: { answerer.sameUnit($0, $1) }),
                               progress: onboarding.progress)
    }

    /// Ends the round under way (Ctrl-C in the REPL): its score, the answers already noted kept.
    public func stopPractice() -> AnswerDocument? {
        guard let session = onboarding.session else { return nil }
        onboarding.session = nil
        return session.score()
    }

    /// "tiếp" and "dừng ôn tập": understood only as a whole line, while a brief is read or a round runs
    /// (`onboardingControl`); never a candidate for other lines, so "hạn báo cáo tiếp theo" stays a question.
    static let controlIntents: Set<IntentID> = [.onboarding(.more), .onboarding(.stop)]

    /// Whether the line is nothing but one of the intent's phrases ("tiếp", "xem tiếp", "dừng ôn tập").
    func says(_ intent: OnboardingIntent, _ line: String) -> Bool {
        let words = Tokenizer.foldedWords(line)
        return catalog.intent(.onboarding(intent))?.phrases.contains { $0.tokens == words } ?? false
    }

    /// The reply when a brief is being read or a round runs: the next page, an answer judged, the round
    /// stopped; nil to understand the line as usual (which ends the brief's paging).
    func onboardingControl(_ line: String) -> Reply? {
        if onboarding.session != nil { return practiceTurn(line) }
        if !onboarding.pages.isEmpty, says(.more, line) { return onboardingReply(.more, onboarding.pages.removeFirst()) }
        onboarding.pages = []
        return nil
    }

    /// The reply to a line typed while a practice round waits for an answer.
    func practiceTurn(_ line: String) -> Reply {
        if says(.stop, line) {
            return onboardingReply(.stop, stopPractice() ?? AnswerDocument())
        }
        guard let session = onboarding.session else { return onboardingReply(.quiz, AnswerDocument()) }
        let (_, verdict) = session.answer(line)
        var doc = verdict
        if let next = session.prompt() {
            doc.blocks.append(.paragraph(""))
            doc.blocks.append(.paragraph(next.title + ": " + PlainRenderer.render(AnswerDocument(blocks: next.blocks))))
        } else {
            onboarding.session = nil
            let score = session.score()
            doc.blocks.append(.paragraph(score.title))
            doc.blocks += score.blocks
        }
        return onboardingReply(.quiz, doc)
    }

    /// The answer to an onboarding intent; nil when it has nothing to say ("tiếp" with no brief pending).
    func onboardingAnswer(_ intent: OnboardingIntent, _ c: IntentCandidate, _ u: Understanding) -> Reply? {
        switch intent {
        case .brief:
            guard let unit = c.slots.unit ?? rememberedUnit else { return askUnit(for: .brief) }
            var pages = briefPages(unit: unit)
            let first = pages.removeFirst()
            onboarding.pages = pages
            return onboardingReply(.brief, first, slots: ["unit": unit])
        case .more:
            guard !onboarding.pages.isEmpty else { return nil }
            return onboardingReply(.more, onboarding.pages.removeFirst())
        case .quiz:
            let plan = c.slots.plan.flatMap { knowledge.plan(id: $0) }
            let unit = c.slots.unit ?? (plan == nil ? rememberedUnit : nil)
            let questions = practiceQuestions(unit: unit, plan: plan)
            guard !questions.isEmpty else {
                let what = plan.map { answerer().planName($0) } ?? unit ?? ""
                return onboardingReply(.quiz, AnswerDocument(blocks: [.paragraph(Msg.quizNoFacts(what))]))
            }
            var seed = SystemRandomNumberGenerator()
            let session = startPractice(questions, count: PracticeDefaults.count, seed: seed.next())
            onboarding.session = session
            var doc = AnswerDocument(title: Msg.quizTitle(session.questions.count),
                                     blocks: [.note(Msg.quizHowTo)])
            if let first = session.prompt() {
                doc.blocks.append(.paragraph(first.title + ": " + PlainRenderer.render(AnswerDocument(blocks: first.blocks))))
            }
            return onboardingReply(.quiz, doc)
        case .stop:
            return onboardingReply(.stop, AnswerDocument(blocks: [.paragraph(Msg.quizNotRunning)]))
        }
    }

    /// "Anh/chị thuộc đơn vị nào?", the commune's units offered as numbered choices.
    private func askUnit(for intent: OnboardingIntent) -> Reply {
        let names = communeUnitNames
        var slots: [(IntentID, Slots)] = []
        for name in names {
            var s = Slots()
            s[.unit] = Entity(kind: .unit, value: .text(name), span: 0..<0)
            slots.append((.onboarding(intent), s))
        }
        var context = ConversationContext()
        context.pendingChoices = slots.map { (intent: $0.0, slots: $0.1) }
        setContext(context)
        let lines = names.enumerated().map { "\($0.offset + 1). \($0.element)" }
        return onboardingReply(intent, AnswerDocument(blocks: [.paragraph(Msg.briefAskUnit), .bullets(lines), .note(Msg.briefAskUnitHint)]))
    }

    private func onboardingReply(_ intent: OnboardingIntent, _ doc: AnswerDocument, slots: [String: String] = [:]) -> Reply {
        Reply(intent: .onboarding(intent), slots: slots, confidence: 1, document: doc)
    }
}

/// Defaults of a practice round.
public enum PracticeDefaults {
    /// Questions in a round when the person does not say.
    public static let count = 5
}
