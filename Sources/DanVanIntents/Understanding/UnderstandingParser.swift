import DanVanText

/// What every parser reads: the line once normalised and tokenized, its entities, the conversation.
public struct ParserInput {
    public var question: NormalizedQuestion
    public var entities: [Entity]
    public var context: ConversationContext
    /// The day relative dates count from (`--today`).
    public var today: CalendarDate
}

/// A way to read a line (keyword intents, task commands): its candidates, on the common scale.
///
/// The engine runs every parser on the same `ParserInput` and keeps the best candidate, so a new kind
/// of command is one more parser, not a new branch in the assistant.
public protocol UnderstandingParser {
    func candidates(for input: ParserInput) -> [IntentCandidate]
}
