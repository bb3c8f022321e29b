import DanVanIntents
import DanVanKnowledge
import DanVanTasks
import DanVanText

/// One conversation with danvan: a line in, a reply out, context kept between lines.
///
/// A thin router: the `UnderstandingEngine` says what the line means; the answerer of its domain
/// (knowledge, tasks, reports) words the answer; what nobody answers falls back to search, a
/// clarifying question or help (`Assistant+Fallback.swift`).
///
///     let assistant = Assistant(knowledge: kb, catalog: catalog, today: CalendarDate(iso: "2025-08-25")!)
///     assistant.respond(to: "han bao cao lan 1").intent   // "report.deadline"
public final class Assistant {
    public let knowledge: KnowledgeBase
    public let catalog: IntentCatalog
    public var today: CalendarDate
    /// The task store; task commands are understood only when there is one.
    public var tasks: TaskDesk? {
        didSet { engine = Self.engine(knowledge, catalog, taskVocabulary: tasks == nil ? nil : taskVocabulary) }
    }
    public private(set) var context = ConversationContext.empty
    /// The user's unit (config.toml `unit`): the day's agenda shows its tasks only.
    public var agendaUnit: String?
    /// Why the last reply was chosen.
    public internal(set) var lastExplanation: Explanation?

    /// The longest question answered, in characters.
    public static let maximumLength = 2000

    let taskVocabulary: TaskVocabulary?
    private(set) var engine: UnderstandingEngine
    let plans: PlanChooser
    private var searchers: [String: PassageSearcher] = [:]
    /// Issuers' names with the glossary's acronyms, worked out once each.
    private let shortNames = ShortNames()
    /// The brief pages still to read and the practice round under way (`Assistant+Onboarding.swift`).
    var onboarding = OnboardingState()

    /// - Parameters:
    ///   - tasks: the task desk; with `taskVocabulary`, task commands are understood and run there.
    ///   - taskVocabulary: `Intents/tasks.yaml`.
    public init(knowledge: KnowledgeBase, catalog: IntentCatalog, today: CalendarDate, tasks: TaskDesk? = nil,
                taskVocabulary: TaskVocabulary? = nil) {
        self.knowledge = knowledge
        self.catalog = catalog
        self.today = today
        self.tasks = tasks
        self.taskVocabulary = taskVocabulary
        plans = PlanChooser(knowledge: knowledge)
        engine = Self.engine(knowledge, catalog, taskVocabulary: tasks == nil ? nil : taskVocabulary)
    }

    private static func engine(_ knowledge: KnowledgeBase, _ catalog: IntentCatalog, taskVocabulary: TaskVocabulary?) -> UnderstandingEngine {
        var parsers: [UnderstandingParser] = []
        if let taskVocabulary {
            let units = knowledge.units
            parsers.append(TaskCommandParser(vocabulary: taskVocabulary, courtesy: catalog.courtesy, resolveUnit: { text in
                switch units.resolve(text) {
                case .known(let name): return .known(name)
                case .unknown(let suggestions): return .unknown(suggestions: suggestions)
                }
            }))
        }
        return UnderstandingEngine(knowledge: knowledge, catalog: catalog, parsers: parsers)
    }

    /// Answers one line of the conversation.
    public func respond(to line: String) -> Reply {
        // A question is a line, not a document: refuse a runaway paste before any work on it.
        guard line.utf8.count <= Self.maximumLength * 4, line.count <= Self.maximumLength else {
            return Reply(intent: .unknown, confidence: 0, document: AnswerDocument(blocks: [.paragraph(Msg.lineTooLong(line.count))]))
        }
        if let reply = onboardingControl(line) { return reply }
        // The line is read whole, by parts, then each part as it is answered: each text is read once.
        return engine.remembering {
            // Several questions in one line ("quyết định 23 và kết luận 114"): each answered, in one reply.
            if !context.hasPendingChoices,
               let parts = engine.parts(of: line, context: context, today: today, excluding: Self.controlIntents) {
                return respond(toParts: parts)
            }
            return respondOne(line)
        }
    }

    /// Answers a line that asks one question.
    func respondOne(_ line: String) -> Reply {
        let u = engine.understand(line, context: context, today: today, excluding: Self.controlIntents)
        // A task change offered for confirmation is picked by the very next line or not at all.
        if case .choice = u.decision {} else { context.pendingTaskCommands = [] }
        switch u.decision {
        case .empty:
            return Reply(intent: .unknown, confidence: 0, document: AnswerDocument(blocks: [.paragraph(Msg.unknownEmpty)]))
        case .choice(let n):
            return choose(n, u)
        case .answer:
            let winner = u.candidates[0]
            // "nhiệm vụ của phòng" after a question about a centre: the kind named beats the unit in context.
            if winner.intent == .knowledge(.unitDuties), winner.fromContext.contains(.unit), let names = unitChoices(u),
               let inContext = winner.slots.unit, !names.contains(inContext) {
                return clarifyUnit(u, names)
            }
            if let found = contentAnswer(u, winner: winner) {
                explain(u, Msg.decisionWeakKeyword(winner.intent.rawValue, keyword: winner.matched.first?.phrase ?? ""))
                return with(found)
            }
            if let reply = answer(winner, u) {
                explain(u, winner.source == .taskCommand ? Msg.decisionTask(winner.intent.rawValue)
                                                         : Msg.decisionAnswer(winner.intent.rawValue, confidence: u.confidence))
                return with(reply)
            }
            // Nothing in the plan fits ("ai là …" that no unit is given): as if no intent had matched.
            return searchOrUnknown(u)
        case .clarify:
            if let names = unitChoices(u) { return clarifyUnit(u, names) }
            if let found = search(u) {
                explain(u, Msg.decisionSearch)
                return with(found)
            }
            return clarify(u)
        case .none:
            if let names = unitChoices(u) { return clarifyUnit(u, names) }
            return searchOrUnknown(u)
        }
    }

    /// The reply of the domain that owns the winner's intent; nil when the plan holds nothing for it.
    private func answer(_ c: IntentCandidate, _ u: Understanding, confidence: Double? = nil) -> Reply? {
        let confidence = confidence ?? u.confidence
        switch c.intent {
        case .task(.agenda):
            guard tasks != nil else { return nil }
            context = ConversationContext(planID: context.planID)
            let document = agenda() ?? AnswerDocument(blocks: [.paragraph(Msg.agendaNothing(today.display, unit: agendaUnit))])
            return Reply(intent: .task(.agenda), confidence: confidence, document: document)
        case .task:
            guard let command = c.taskCommand, let desk = tasks, let r = desk.perform(command, today: today) else { return nil }
            context = ConversationContext(planID: context.planID)
            context.pendingTaskCommands = r.choices
            var reply = Reply(intent: .task(r.intent), slots: r.slots, confidence: confidence, document: r.document, tasks: r.tasks)
            if !r.choices.isEmpty {
                reply.awaitsConfirmation = true
                reply.slots["choices"] = r.tasks.map { String($0.id) }.joined(separator: ",")
            }
            return reply
        case .onboarding(let intent):
            return onboardingAnswer(intent, c, u)
        case .meta(.help):
            return Reply(intent: .help, confidence: confidence, document: help(u.question))
        case .meta(.search), .meta(.unknown):
            return nil
        case .report(let report):
            guard let plan = plans.plan(for: c.slots, context: context) else { return noPlan(c, confidence) }
            context = ConversationContext(lastIntent: c.intent, lastSlots: c.slots.removing(.plan), planID: plan.id)
            context.lastSubject = UnderstandingEngine.subject(of: u)
            return reportReply(report, publicIntent: c.publicIntent, slots: c.slots, plan: plan, confidence: confidence)
        case .knowledge(let intent):
            let c = intent == .planMentions ? withMentionTopic(c, u) : c
            guard let plan = plans.plan(for: c.slots, context: context) else { return noPlan(c, confidence) }
            // The plan that can answer: the one a document or an outside unit of the question belongs to.
            if let home = plans.redirect(intent, slots: c.slots, from: plan, answerer: answerer()) {
                var moved = c
                moved.slots[.plan] = Entity(kind: .plan, value: .text(home.id), span: 0..<0)
                return answer(moved, u, confidence: confidence)
            }
            guard let (doc, rows) = answerer().answer(intent, slots: c.slots, plan: plan, question: u.question) else { return nil }
            context = ConversationContext(lastIntent: c.intent, lastSlots: c.slots.removing(.plan), planID: plan.id)
            context.lastSubject = UnderstandingEngine.subject(of: u)
            var shown = c.slots.removing(.plan).display
            shown["plan"] = plan.id
            return Reply(intent: c.publicIntent, slots: shown, confidence: confidence, document: doc, tasks: rows, planID: plan.id)
        }
    }

    private func noPlan(_ c: IntentCandidate, _ confidence: Double) -> Reply {
        Reply(intent: c.publicIntent, confidence: confidence, document: AnswerDocument(blocks: [.paragraph(Msg.noPlan)]))
    }

    func with(_ reply: Reply) -> Reply {
        var r = reply
        r.explanation = lastExplanation
        return r
    }

    func explain(_ u: Understanding, _ decision: String) {
        lastExplanation = Explanation(normalized: u.question.text, tokens: u.question.tokens, entities: u.entities,
                                      candidates: u.candidates, decision: decision, rewrites: u.question.rewrites)
    }

    func answerer() -> KnowledgeAnswerer {
        let desk = tasks
        let today = self.today
        var answerer = KnowledgeAnswerer(knowledge: knowledge, vocabulary: catalog.vocabulary, today: today,
                                         unitTasks: desk.map { d in { unit in d.tasks(ofUnit: unit, today: today) } })
        answerer.searcher = { [unowned self] plan in self.searcher(for: plan) }
        answerer.shortNames = shortNames
        return answerer
    }

    /// The passage index of a plan, built on first use.
    func searcher(for plan: Plan) -> PassageSearcher {
        if let s = searchers[plan.id] { return s }
        let s = PassageSearcher(plan: plan)
        // An index cut short by Ctrl-C (`AnswerCancellation`) serves this answer only, which is thrown away.
        if !AnswerCancellation.isRequested { searchers[plan.id] = s }
        return s
    }

    /// Option `n` of the choices the previous answer offered.
    private func choose(_ n: Int, _ u: Understanding) -> Reply {
        if !context.pendingTaskCommands.isEmpty { return chooseTask(n, u) }
        let choices = context.pendingChoices
        context.pendingChoices = []
        guard n >= 1, n <= choices.count else {
            return Reply(intent: .unknown, confidence: 0, document: AnswerDocument(blocks: [.paragraph(Msg.choiceOutOfRange(n))]))
        }
        let choice = choices[n - 1]
        let publicIntent = catalog.intent(choice.intent)?.publicIntent ?? choice.intent
        lastExplanation = Explanation(normalized: u.question.text, tokens: u.question.tokens, entities: [], candidates: [],
                                      decision: Msg.decisionChoice(n), rewrites: u.question.rewrites)
        let picked = IntentCandidate(intent: choice.intent, publicIntent: publicIntent, source: .keywords, score: 0,
                                     confidence: 1, slots: choice.slots)
        return with(answer(picked, u, confidence: 1) ?? unknown(u.question))
    }

    /// Task change `n` of those the previous answer offered ("1" after "Có phải bạn muốn nói: 1) #3 …").
    private func chooseTask(_ n: Int, _ u: Understanding) -> Reply {
        let commands = context.pendingTaskCommands
        context.pendingTaskCommands = []
        context.pendingChoices = []
        guard n >= 1, n <= commands.count else {
            return Reply(intent: .unknown, confidence: 0, document: AnswerDocument(blocks: [.paragraph(Msg.choiceOutOfRange(n))]))
        }
        let command = commands[n - 1]
        lastExplanation = Explanation(normalized: u.question.text, tokens: u.question.tokens, entities: [], candidates: [],
                                      decision: Msg.decisionChoice(n), rewrites: u.question.rewrites)
        let picked = IntentCandidate(intent: .task(command.intent), publicIntent: .task(command.intent), source: .taskCommand,
                                     score: 0, confidence: 1, slots: Slots(), taskCommand: command)
        return with(answer(picked, u, confidence: 1) ?? unknown(u.question))
    }

    /// Records the conversation state a fallback reply leaves (the plan searched, choices offered).
    func setContext(_ c: ConversationContext) { context = c }
    func clearChoices() { context.pendingChoices = [] }
}
