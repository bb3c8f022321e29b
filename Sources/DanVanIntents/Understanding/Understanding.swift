/// What a line means: every parser's candidates ranked on one scale, and the decision.
///
///     let u = engine.understand("hạn báo cáo lần 2", context: .empty, today: today)
///     u.decision            // .answer
///     u.winner?.intent      // .knowledge(.reportDeadline)
///     u.winner?.slots.round // 2
public struct Understanding: Sendable {
    public enum Decision: Sendable, Equatable {
        /// Answer with the winner.
        case answer
        /// Close call or weak match: ask "Có phải bạn muốn hỏi…".
        case clarify
        /// Nothing matched: search the text, else say so.
        case none
        /// The line picks option N of the choices offered by the previous answer.
        case choice(Int)
        /// Nothing to understand (empty, or only invisible characters).
        case empty
    }

    public var question: NormalizedQuestion
    public var entities: [Entity]
    /// Eligible candidates first, then by confidence.
    public var candidates: [IntentCandidate]
    public var decision: Decision
    public var confidence: Double

    public var winner: IntentCandidate? { decision == .answer ? candidates.first : nil }
}
