/// One intent as declared in `Intents/*.yaml`.
public struct IntentDefinition: Codable, Sendable {
    public var id: String
    /// The id reported to the outside when it differs (`unit.who` answers as `unit.duties`).
    public var reportsAs: String?
    public var title: String
    public var description: String?
    /// Phrase → weight.
    public var keywords: [String: Double]
    /// Phrases that make the intent less likely.
    public var exclude: [String: Double]?
    public var slots: [SlotSpec]?
    public var examples: [String]?

    enum CodingKeys: String, CodingKey {
        case id, title, description, keywords, exclude, slots, examples
        case reportsAs = "reports_as"
    }

    public var publicID: String { reportsAs ?? id }
}

/// A slot an intent can fill from an entity of the question.
///
/// The slot is named after its entity (`kind` for a document kind, see `EntityKind.slotName`).
public struct SlotSpec: Codable, Sendable {
    public var entity: EntityKind
    public var required: Bool?
    /// Score added when the entity is present.
    public var bonus: Double?
    /// Score added, on top of `bonus`, when the entity is the whole question ("kế hoạch 0134", "nghị định 61"):
    /// the intent that answers about the entity itself.
    public var alone: Double?
}

/// The kinds of entity the extractor finds.
public enum EntityKind: String, Codable, Sendable, CaseIterable {
    case document, documentKind, issuer, unit, round, plan, term, topic, person, section, years
}
