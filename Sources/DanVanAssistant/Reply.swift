import DanVanIntents
import DanVanText

/// One answer: what the person sees and what `--json` carries.
public struct Reply: Sendable {
    /// The intent answered (its public id: `unit.who` answers as `unit.duties`).
    public var intentID: IntentID
    /// Public intent id (`report.deadline`, `task.add`, `unknown`…), as `--json` writes it.
    public var intent: String { intentID.rawValue }
    /// Slot name → value as shown.
    public var slots: [String: String]
    public var confidence: Double
    public var document: AnswerDocument
    /// Tasks the answer is about (task intents, a unit's tasks).
    public var tasks: [TaskRow]?
    /// The plan the answer comes from.
    public var planID: String?
    /// Why this answer: for `--explain` and `:giải thích`.
    public var explanation: Explanation?
    /// The answer asks which task a change named by title means; nothing changed (`ask` exits non-zero).
    public var awaitsConfirmation = false
    /// The answers of a line that asks several questions, in order (empty for one question).
    public var parts: [ReplyPart] = []

    public init(intent: IntentID, slots: [String: String] = [:], confidence: Double, document: AnswerDocument,
                tasks: [TaskRow]? = nil, planID: String? = nil, explanation: Explanation? = nil) {
        self.intentID = intent
        self.slots = slots
        self.confidence = confidence
        self.document = document
        self.tasks = tasks
        self.planID = planID
        self.explanation = explanation
    }

    /// The plain text of the answer (no colour).
    public var text: String { PlainRenderer.render(document) }
}

/// A task as the JSON `tasks` array shows it.
public struct TaskRow: Codable, Equatable, Sendable {
    public var id: Int64
    public var title: String
    public var unit: String
    public var due: String?
    public var status: String

    public init(id: Int64, title: String, unit: String, due: String?, status: String) {
        self.id = id
        self.title = title
        self.unit = unit
        self.due = due
        self.status = status
    }
}
