/// The vocabulary of `Intents/entities.yaml`: fillers, follow-up markers, issuers,
/// report rounds, plan words, stopwords.
public struct EntityVocabulary: Codable, Sendable {
    public struct Issuer: Codable, Sendable {
        public var name: String
        public var words: [String]
        /// The body's names as documents write them.
        public var forms: [String]?
        /// Issuer codes in symbols ("TTg" of 33/CT-TTg).
        public var codes: [String]?
    }
    public struct Round: Codable, Sendable {
        public var round: Int
        public var words: [String]
    }

    public var fillers: [String]
    public var followUpMarkers: [String]
    public var issuers: [Issuer]
    public var rounds: [Round]
    public var planWords: [String]
    public var stopwords: [String]
    public var completionStarts: [String]?
    public var abbreviationCues: [String]?
    public var numberLeads: [String]?
    public var planConnectors: [String]?
    public var whoWords: [String]?
    public var helpWords: [String]?
    public var taskNumberVerbs: [String]?
    /// Words introducing a topic ("nói gì về …", "liên quan đến …").
    public var topicMarkers: [String]?
    /// Heading words by section role (`purpose`, `requirements`, `goals`), when no section has the role.
    public var sectionWords: [String: [String]]?
    /// Words saying a passage points at an attachment ("kèm theo", "phụ lục").
    public var appendixWords: [String]?
    /// Questions offered when nothing was understood and no example is closer.
    public var defaultSuggestions: [String]?
    /// Words that may join two questions in one line ("và", "còn"): split there when each side stands alone.
    public var partWords: [String]?
    /// Marks that may end one question of a line and start the next (",", ";", "?").
    public var partMarks: [String]?
    /// Words around a year that limit a list to it (`since`, `after`, `before`, `until`, `in`, `onward`).
    public var yearFilters: [String: [String]]?

    enum CodingKeys: String, CodingKey {
        case fillers, rounds, issuers, stopwords
        case followUpMarkers = "follow_up_markers"
        case planWords = "plan_words"
        case completionStarts = "completion_starts"
        case abbreviationCues = "abbreviation_cues"
        case numberLeads = "number_leads"
        case planConnectors = "plan_connectors"
        case whoWords = "who_words"
        case helpWords = "help_words"
        case taskNumberVerbs = "task_number_verbs"
        case topicMarkers = "topic_markers"
        case sectionWords = "section_words"
        case appendixWords = "appendix_words"
        case defaultSuggestions = "default_suggestions"
        case partWords = "part_words"
        case partMarks = "part_marks"
        case yearFilters = "year_filters"
    }
}
