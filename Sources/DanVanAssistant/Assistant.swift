import DanVanIntents
import DanVanKnowledge
import DanVanText

/// One conversation with danvan: a question in, a reply out, context kept between questions.
///
///     let assistant = Assistant(knowledge: kb, catalog: catalog, today: CalendarDate(iso: "2025-08-25")!)
///     assistant.respond(to: "han bao cao lan 1").intent   // "report.deadline"
public final class Assistant {
    public let knowledge: KnowledgeBase
    public let catalog: IntentCatalog
    public var today: CalendarDate
    public var tasks: TaskDesk?
    public private(set) var context = ConversationContext.empty
    /// Why the last reply was chosen.
    public private(set) var lastExplanation: Explanation?

    /// The longest question answered, in characters.
    public static let maximumLength = 2000

    private let extractor: EntityExtractor
    private let matcher: IntentMatcher
    private var searchers: [String: PassageSearcher] = [:]

    public init(knowledge: KnowledgeBase, catalog: IntentCatalog, today: CalendarDate, tasks: TaskDesk? = nil) {
        self.knowledge = knowledge
        self.catalog = catalog
        self.today = today
        self.tasks = tasks
        extractor = EntityExtractor(knowledge: knowledge, vocabulary: catalog.vocabulary)
        matcher = IntentMatcher(catalog: catalog)
    }

    /// Answers one line of the conversation.
    public func respond(to line: String) -> Reply {
        // A question is a line, not a document: refuse a runaway paste before any work on it.
        guard line.utf8.count <= Self.maximumLength * 4, line.count <= Self.maximumLength else {
            return Reply(intent: "unknown", confidence: 0, document: AnswerDocument(blocks: [.paragraph(Msg.lineTooLong(line.count))]))
        }
        let q = NormalizedQuestion(line, vocabulary: catalog.vocabulary)
        guard !q.tokens.isEmpty else {
            return Reply(intent: "unknown", confidence: 0, document: AnswerDocument(blocks: [.paragraph(Msg.unknownEmpty)]))
        }
        if !context.pendingChoices.isEmpty, let n = Int(q.text.trimmingCharacters(in: CharacterSet(charactersIn: " .)"))) {
            return choose(n, question: q)
        }
        if let desk = tasks, let r = desk.handle(q.text, today: today) {
            lastExplanation = Explanation(normalized: q.text, tokens: q.tokens, entities: [], candidates: [],
                                          decision: Msg.decisionTask(r.intent), rewrites: q.rewrites)
            context = ConversationContext(lastIntent: nil, lastSlots: [:], planID: context.planID)
            return Reply(intent: r.intent, slots: r.slots, confidence: 1, document: r.document, tasks: r.tasks,
                         planID: nil, explanation: lastExplanation)
        }
        let entities = extractor.entities(in: q)
        let match = matcher.match(q, entities: entities, context: context)
        switch match.decision {
        case .answer:
            let winner = match.candidates[0]
            // "nhiệm vụ của phòng" after a question about a centre: the kind named beats the unit in context.
            if winner.intentID == "unit.duties", winner.fromContext.contains("unit"), let names = unitChoices(q, match),
               let inContext = winner.slots["unit"]?.text, !names.contains(inContext) {
                return clarifyUnit(q, match, names)
            }
            if let reply = answer(winner.intentID, publicID: winner.publicID, slots: winner.slots, question: q,
                                  confidence: match.confidence) {
                explain(q, match, Msg.decisionAnswer(winner.intentID, confidence: match.confidence))
                return with(reply)
            }
            // Nothing in the plan fits ("ai là …" that no unit is given): as if no intent had matched.
            if let found = search(q) {
                explain(q, match, Msg.decisionSearch)
                return with(found)
            }
            explain(q, match, Msg.decisionUnknown)
            return with(unknown(q))
        case .clarify:
            if let names = unitChoices(q, match) { return clarifyUnit(q, match, names) }
            if let found = search(q) {
                explain(q, match, Msg.decisionSearch)
                return with(found)
            }
            return clarify(q, match)
        case .none:
            if let names = unitChoices(q, match) { return clarifyUnit(q, match, names) }
            if let found = search(q) {
                explain(q, match, Msg.decisionSearch)
                return with(found)
            }
            explain(q, match, Msg.decisionUnknown)
            return with(unknown(q))
        }
    }

    private func with(_ reply: Reply) -> Reply {
        var r = reply
        r.explanation = lastExplanation
        return r
    }

    private func explain(_ q: NormalizedQuestion, _ m: IntentMatch, _ decision: String) {
        lastExplanation = Explanation(normalized: q.text, tokens: q.tokens, entities: m.entities, candidates: m.candidates,
                                      decision: decision, rewrites: q.rewrites)
    }

    /// The plan a question is about: the one it names, else the one in context, else the default.
    private func plan(for slots: [String: Entity]) -> Plan? {
        if case .text(let id)? = slots["plan"]?.value, let p = knowledge.plan(id: id) { return p }
        if let id = context.planID, let p = knowledge.plan(id: id) { return p }
        return knowledge.defaultPlan
    }

    private func answerer() -> KnowledgeAnswerer {
        let desk = tasks
        let today = self.today
        var answerer = KnowledgeAnswerer(knowledge: knowledge, vocabulary: catalog.vocabulary, today: today,
                                         unitTasks: desk.map { d in { unit in d.tasks(ofUnit: unit, today: today) } })
        answerer.searcher = { [unowned self] plan in self.searcher(for: plan) }
        return answerer
    }

    /// The reply for an intent, or nil when the plan holds nothing for it (only `unit.who` can say so).
    private func answer(_ intentID: String, publicID: String, slots: [String: Entity], question: NormalizedQuestion,
                        confidence: Double) -> Reply? {
        if intentID == "help" { return Reply(intent: "help", confidence: confidence, document: help(question)) }
        guard let plan = plan(for: slots) else {
            return Reply(intent: publicID, confidence: confidence, document: AnswerDocument(blocks: [.paragraph(Msg.noPlan)]))
        }
        if intentID == "report.draft" || intentID == "report.compiled" {
            context = ConversationContext(lastIntent: intentID, lastSlots: slots.filter { $0.key != "plan" }, planID: plan.id)
            return reportReply(intentID, publicID: publicID, slots: slots, plan: plan, confidence: confidence)
        }
        var slots = slots
        // A document named by the question decides the plan when the plan in context does not cite it.
        if let ref = slots["document"]?.documentMention, slots["plan"] == nil,
           !ref.matches.contains(where: { $0.planID == plan.id }), let other = ref.matches.first,
           let home = knowledge.plan(id: other.planID), intentID == "legal.document" {
            slots["plan"] = Entity(kind: .plan, value: .text(home.id), span: 0..<0)
            return answer(intentID, publicID: publicID, slots: slots, question: question, confidence: confidence)
        }
        // A unit the plan in focus does not name, but another plan does: answer from that plan — unless it
        // is one of the commune's own units and the plan in focus has duties for every unit (then those apply).
        if intentID == "unit.duties", slots["plan"] == nil, let unit = slots["unit"]?.text, !knowledge.units.isCollective(unit),
           !answerer().names(plan, unit: unit),
           !(knowledge.units.communeUnits.contains(unit) && plan.allUnitsSection != nil),
           let otherID = knowledge.plans(namingUnit: unit).last, let other = knowledge.plan(id: otherID) {
            slots["plan"] = Entity(kind: .plan, value: .text(other.id), span: 0..<0)
            return answer(intentID, publicID: publicID, slots: slots, question: question, confidence: confidence)
        }
        guard let (doc, rows) = answerer().answer(intentID, slots: slots, plan: plan, question: question) else { return nil }
        context = ConversationContext(lastIntent: intentID, lastSlots: slots.filter { $0.key != "plan" }, planID: plan.id)
        return Reply(intent: publicID, slots: slots.mapValues(\.display).filter { $0.key != "plan" }.merging(["plan": plan.id]) { a, _ in a },
                     confidence: confidence, document: doc, tasks: rows, planID: plan.id)
    }

    /// Every declared example with its folded words, for suggestions (tokenized once).
    private lazy var exampleWords: [(example: String, words: Set<String>)] = catalog.intents
        .filter { $0.id != "help" }
        .flatMap { $0.definition.examples ?? [] }
        .map { ($0, Set(Tokenizer.foldedWords($0))) }

    /// The passage index of a plan, built on first use.
    private func searcher(for plan: Plan) -> PassageSearcher {
        if let s = searchers[plan.id] { return s }
        let s = PassageSearcher(plan: plan)
        searchers[plan.id] = s
        return s
    }

    // MARK: Search, clarification, unknown, help

    private func search(_ q: NormalizedQuestion) -> Reply? {
        guard let plan = plan(for: [:]) else { return nil }
        let words = q.contentIndices.map { q.tokens[$0] }.filter { !catalog.vocabulary.stopwords.contains($0) }
        let hits = searcher(for: plan).search(words)
        guard !hits.isEmpty else { return nil }
        let bullets = hits.map { "[\($0.section == "preamble" ? "mở đầu" : $0.section)] " + KnowledgeAnswerer.excerpt($0.text, around: words) }
        let a = answerer()
        let doc = AnswerDocument(title: Msg.searchTitle, blocks: [.bullets(bullets)], source: a.source(plan, hits.map(\.section)))
        context = ConversationContext(lastIntent: nil, lastSlots: [:], planID: plan.id)
        let confidence = (hits[0].coverage * 0.6 * 100).rounded() / 100
        return Reply(intent: "search", slots: ["query": words.joined(separator: " ")], confidence: confidence, document: doc, planID: plan.id)
    }

    /// "nhiệm vụ của phòng": a duties question naming a kind of unit but no unit → the units it could mean.
    private func unitChoices(_ q: NormalizedQuestion, _ m: IntentMatch) -> [String]? {
        guard !m.entities.contains(where: { $0.kind == .unit }),
              let duties = m.candidates.first(where: { $0.intentID == "unit.duties" }), !duties.matched.isEmpty else { return nil }
        let names = knowledge.units.candidates(ofKindIn: q.tokens)
        return names.isEmpty ? nil : names
    }

    private func clarifyUnit(_ q: NormalizedQuestion, _ m: IntentMatch, _ names: [String]) -> Reply {
        explain(q, m, Msg.decisionClarify(names))
        let lines = names.enumerated().map { i, name in "\(i + 1)) " + Msg.dutiesTitle(name) }
        context.pendingChoices = names.map { name in ("unit.duties", ["unit": Entity(kind: .unit, value: .text(name), span: 0..<0)]) }
        let doc = AnswerDocument(title: Msg.clarifyTitle, blocks: [.bullets(lines), .note(Msg.clarifyHint)])
        return with(Reply(intent: "unknown", slots: ["choices": names.joined(separator: ",")], confidence: m.confidence, document: doc))
    }

    private func clarify(_ q: NormalizedQuestion, _ m: IntentMatch) -> Reply {
        var seen = Set<String>()
        let options = m.candidates.filter { $0.eligible && $0.score >= matcher.clarifyThreshold && seen.insert($0.publicID).inserted }.prefix(3)
        explain(q, m, Msg.decisionClarify(options.map(\.intentID)))
        guard options.count >= 1 else { return with(unknown(q)) }
        let lines = options.enumerated().map { i, c in "\(i + 1)) " + (catalog.intent(c.intentID)?.definition.title ?? c.intentID) }
        context.pendingChoices = options.map { ($0.intentID, $0.slots) }
        let doc = AnswerDocument(title: Msg.clarifyTitle, blocks: [.bullets(lines), .note(Msg.clarifyHint)])
        return with(Reply(intent: "unknown", slots: ["choices": options.map(\.publicID).joined(separator: ",")],
                          confidence: m.confidence, document: doc))
    }

    private func choose(_ n: Int, question q: NormalizedQuestion) -> Reply {
        let choices = context.pendingChoices
        context.pendingChoices = []
        guard n >= 1, n <= choices.count else {
            return Reply(intent: "unknown", confidence: 0, document: AnswerDocument(blocks: [.paragraph(Msg.choiceOutOfRange(n))]))
        }
        let choice = choices[n - 1]
        let publicID = catalog.intent(choice.intent)?.definition.publicID ?? choice.intent
        lastExplanation = Explanation(normalized: q.text, tokens: q.tokens, entities: [], candidates: [], decision: Msg.decisionChoice(n))
        return with(answer(choice.intent, publicID: publicID, slots: choice.slots, question: q, confidence: 1) ?? unknown(q))
    }

    private func unknown(_ q: NormalizedQuestion) -> Reply {
        context.pendingChoices = []
        let words = Set(q.tokens).subtracting(catalog.vocabulary.stopwords)
        let scored = exampleWords.map { ($0.example, $0.words.intersection(words).count) }
        var suggestions = scored.filter { $0.1 > 0 }.sorted { $0.1 > $1.1 }.map(\.0)
        for d in ["hạn báo cáo", "nhiệm vụ của phòng văn hóa - xã hội", "văn bản căn cứ"] where !suggestions.contains(d) {
            suggestions.append(d)
        }
        let doc = AnswerDocument(blocks: [.paragraph(Msg.unknown(q.text)), .paragraph(Msg.tryThese),
                                          .bullets(Array(suggestions.prefix(3))), .note(Msg.helpHint)])
        return Reply(intent: "unknown", confidence: 0, document: doc)
    }

    private func help(_ q: NormalizedQuestion) -> AnswerDocument {
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

import Foundation
