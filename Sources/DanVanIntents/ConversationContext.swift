/// What the conversation so far lends to the next question: the last intent, its slots, the plan.
public struct ConversationContext: Sendable {
    public var lastIntent: String?
    public var lastSlots: [String: Entity]
    /// The plan the last answer was about.
    public var planID: String?
    /// Intents offered by "Có phải bạn muốn hỏi: 1) … 2) …", with the slots they would use.
    public var pendingChoices: [(intent: String, slots: [String: Entity])]

    public init(lastIntent: String? = nil, lastSlots: [String: Entity] = [:], planID: String? = nil,
                pendingChoices: [(intent: String, slots: [String: Entity])] = []) {
        self.lastIntent = lastIntent
        self.lastSlots = lastSlots
        self.planID = planID
        self.pendingChoices = pendingChoices
    }

    public static let empty = ConversationContext()
}
