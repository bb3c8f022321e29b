import DanVanText

/// The readings of one answer's lines, kept while that answer is worked out.
///
/// A line that asks two questions is read whole, then piece by piece, then each part once more as it
/// is answered; a fragment that borrows the subject before it ("… và của ai") is read again with it
/// (measured: two to five readings of the same words per line, a third of answering). Inside
/// `UnderstandingEngine.remembering(_:)` each text is normalised and its entities found once, and the
/// same text in the same conversation is understood once. Outside it nothing is kept.
///
/// Everything kept is a function of what its key holds and of the knowledge base; the one part of the
/// knowledge base an answer may change (the plans read into memory, whose signers are names a question
/// may use) is checked before a reading is reused.
final class UnderstandingMemo {
    /// What an understanding before any borrowed subject reads from its call (`UnderstandingEngine.reading`).
    struct Key: Equatable {
        var line: String
        var today: CalendarDate
        var excluding: Set<IntentID>
        var lastIntent: IntentID?
        var lastSlots: Slots
        var pendingChoices: Bool

        init(_ line: String, _ context: ConversationContext, _ today: CalendarDate, _ excluding: Set<IntentID>) {
            self.line = line
            self.today = today
            self.excluding = excluding
            lastIntent = context.lastIntent
            lastSlots = context.lastSlots
            pendingChoices = context.hasPendingChoices
        }
    }

    /// Nesting of `remembering` scopes; kept only while positive.
    var depth = 0
    /// Normalised texts and their entities (nil until asked), with the number of plans in memory then.
    private var questions: [(line: String, question: NormalizedQuestion, entities: [Entity]?, plans: Int)] = []
    private var understood: [(key: Key, understanding: Understanding, plans: Int)] = []

    var isActive: Bool { depth > 0 }
    /// How many understandings and normalised texts are kept (for tests).
    var kept: (understood: Int, questions: Int) { (understood.count, questions.count) }

    func question(_ line: String) -> NormalizedQuestion? {
        questions.first { $0.line == line }?.question
    }

    func remember(_ question: NormalizedQuestion, of line: String) {
        guard isActive, !questions.contains(where: { $0.line == line }) else { return }
        questions.append((line, question, nil, -1))
    }

    func entities(_ line: String, plans: Int) -> [Entity]? {
        guard let e = questions.first(where: { $0.line == line }), e.plans == plans else { return nil }
        return e.entities
    }

    func remember(_ entities: [Entity], of line: String, plans: Int) {
        guard isActive, let i = questions.firstIndex(where: { $0.line == line }) else { return }
        questions[i].entities = entities
        questions[i].plans = plans
    }

    func understanding(_ key: Key, plans: Int) -> Understanding? {
        guard let e = understood.first(where: { $0.key == key }), e.plans == plans else { return nil }
        return e.understanding
    }

    func remember(_ u: Understanding, for key: Key, plans: Int) {
        guard isActive else { return }
        understood.removeAll { $0.key == key }
        understood.append((key, u, plans))
    }

    func clear() {
        questions = []
        understood = []
    }
}
