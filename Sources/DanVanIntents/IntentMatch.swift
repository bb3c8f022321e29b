/// One intent's score for a question, and why.
public struct IntentCandidate: Sendable {
    public var intentID: String
    public var publicID: String
    public var score: Double
    /// Keyword phrases found, with their weights.
    public var matched: [(phrase: String, weight: Double)]
    public var excluded: [(phrase: String, weight: Double)]
    /// Slot name → entity, from the question or (see `fromContext`) the conversation.
    public var slots: [String: Entity]
    public var fromContext: Set<String>
    /// Required slots nobody could fill: the candidate is not eligible.
    public var missing: [String]
    /// Chosen as a follow-up of the previous question.
    public var followUp: Bool

    public var eligible: Bool { missing.isEmpty }
}

/// The outcome of matching: every candidate, the winner if one is sure enough, and the confidence.
public struct IntentMatch: Sendable {
    public enum Decision: Sendable, Equatable {
        /// Answer with the winner.
        case answer
        /// Close call or weak match: ask "Có phải bạn muốn hỏi…".
        case clarify
        /// Nothing matched: search the text, else say so.
        case none
    }

    public var question: NormalizedQuestion
    public var entities: [Entity]
    /// Eligible candidates first, by score.
    public var candidates: [IntentCandidate]
    public var decision: Decision
    public var confidence: Double

    public var winner: IntentCandidate? { decision == .answer ? candidates.first : nil }
}
