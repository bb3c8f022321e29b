import DanVanTasks

/// What the conversation so far lends to the next question: the last intent, its slots, the plan.
public struct ConversationContext: Sendable {
    public var lastIntent: IntentID?
    public var lastSlots: Slots
    /// The plan the last answer was about.
    public var planID: String?
    /// Intents offered by "Có phải bạn muốn hỏi: 1) … 2) …", with the slots they would use.
    public var pendingChoices: [(intent: IntentID, slots: Slots)]
    /// Task changes offered by "Có phải bạn muốn nói: 1) #3 …" (a title named instead of a number),
    /// each acting on one task's number; the next line "1" performs the first.
    public var pendingTaskCommands: [TaskCommandParse] = []
    /// The words naming what the last answered question was about, as typed ("chỉ thị 16"): a next line
    /// that names nothing and asks little on its own ("của ai") is read after them.
    public var lastSubject: String?
    /// Whether the last answer offered numbered choices.
    public var hasPendingChoices: Bool { !pendingChoices.isEmpty || !pendingTaskCommands.isEmpty }

    public init(lastIntent: IntentID? = nil, lastSlots: Slots = Slots(), planID: String? = nil,
                pendingChoices: [(intent: IntentID, slots: Slots)] = []) {
        self.lastIntent = lastIntent
        self.lastSlots = lastSlots
        self.planID = planID
        self.pendingChoices = pendingChoices
    }

    public static let empty = ConversationContext()
}
