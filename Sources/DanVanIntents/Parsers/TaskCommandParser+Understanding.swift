/// Task commands as one of the engine's parsers: a parse is a candidate whose confidence is the
/// parser's own certainty (0.85–0.95), on the same scale as keyword intents.
extension TaskCommandParser: UnderstandingParser {
    public func candidates(for input: ParserInput) -> [IntentCandidate] {
        guard let parse = parse(input.question, today: input.today) else { return [] }
        // The task store is the commune's own list, kept for no one plan: a list or count that names a plan
        // ("kh 987 có mấy nhiệm vụ") asks about the plan's tasks.
        if parse.intent == .list, input.entities.contains(where: { $0.kind == .plan }) { return [] }
        return [IntentCandidate(intent: .task(parse.intent), source: .taskCommand, score: parse.confidence,
                                confidence: parse.confidence, taskCommand: parse)]
    }
}
