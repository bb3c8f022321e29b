import DanVanTasks

/// One reading of a line by one parser: an intent, its typed slots, how sure, and why.
///
/// Every parser scores on the same scale, `confidence` (0–1), so a task command and a knowledge
/// question compete fairly; `score` keeps the parser's own measure for `--explain`.
public struct IntentCandidate: Sendable {
    /// Which parser read it (for `--explain`).
    public enum Source: String, Sendable {
        case keywords, taskCommand, followUp
    }

    public var intent: IntentID
    /// The intent reported outside (`unit.who` answers as `unit.duties`).
    public var publicIntent: IntentID
    public var source: Source
    /// The parser's own score (keyword weights; a task parse's certainty).
    public var score: Double
    /// The common scale, 0–1.
    public var confidence: Double
    /// Keyword phrases found, with their weights.
    public var matched: [(phrase: String, weight: Double)]
    public var excluded: [(phrase: String, weight: Double)]
    /// Typed slots, from the question or (see `fromContext`) the conversation.
    public var slots: Slots
    public var fromContext: Set<EntityKind>
    /// Required slots nobody could fill: the candidate is not eligible.
    public var missing: [EntityKind]
    /// Chosen as a follow-up of the previous question.
    public var followUp: Bool
    /// The command, for a task intent.
    public var taskCommand: TaskCommandParse?

    public var eligible: Bool { missing.isEmpty }

    public init(intent: IntentID, publicIntent: IntentID? = nil, source: Source, score: Double, confidence: Double,
                matched: [(phrase: String, weight: Double)] = [], excluded: [(phrase: String, weight: Double)] = [],
                slots: Slots = Slots(), fromContext: Set<EntityKind> = [], missing: [EntityKind] = [],
                followUp: Bool = false, taskCommand: TaskCommandParse? = nil) {
        self.intent = intent
        self.publicIntent = publicIntent ?? intent
        self.source = source
        self.score = score
        self.confidence = confidence
        self.matched = matched
        self.excluded = excluded
        self.slots = slots
        self.fromContext = fromContext
        self.missing = missing
        self.followUp = followUp
        self.taskCommand = taskCommand
    }
}
