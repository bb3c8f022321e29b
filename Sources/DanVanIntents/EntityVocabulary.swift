/// The vocabulary of `Intents/entities.yaml`: courtesy words, follow-up markers, issuers,
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
    /// Courtesy words, listed once for questions and task commands (`courtesy` in entities.yaml).
    public struct Courtesy: Codable, Sendable {
        /// Dropped anywhere in a question when scoring, and at either end of a task command.
        public var anywhere: [String]
        /// Dropped only at the start of a task command ("cho tôi thêm nhiệm vụ …").
        public var commandStart: [String]
        /// Dropped only at the end of a task command ("xong nhiệm vụ 3 nhé").
        public var commandEnd: [String]
        /// Dropped at either end of a task command, never in a question ("giúp tôi với" asks for help).
        public var commandEnds: [String]

        public init(anywhere: [String], commandStart: [String], commandEnd: [String], commandEnds: [String]) {
            self.anywhere = anywhere
            self.commandStart = commandStart
            self.commandEnd = commandEnd
            self.commandEnds = commandEnds
        }

        /// Everything dropped before a command.
        public var beforeCommand: [String] { anywhere + commandStart + commandEnds }
        /// Everything dropped after a command.
        public var afterCommand: [String] { anywhere + commandEnd + commandEnds }
        /// Every courtesy word, once.
        public var all: [String] { anywhere + commandStart + commandEnd + commandEnds }

        enum CodingKeys: String, CodingKey {
            case anywhere, commandStart = "command_start", commandEnd = "command_end", commandEnds = "command_ends"
        }
    }
    public struct Round: Codable, Sendable {
        public var round: Int
        public var words: [String]
    }

    public var courtesy: Courtesy
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
    /// Words introducing a topic ("nói gì về …", "liên quan đến …").
    public var topicMarkers: [String]?
    /// Heading words by section role (`purpose`, `requirements`, `goals`), when no section has the role.
    public var sectionWords: [String: [String]]?
    /// Words saying a passage points at an attachment ("kèm theo", "phụ lục").
    public var appendixWords: [String]?
    /// Questions offered when nothing was understood and no example is closer.
    public var defaultSuggestions: [String]?
    /// Openings of a plan title that say "carry out"; a report's subject restates them.
    public var carryOutOpenings: [String]?
    /// Words that may join two questions in one line ("và", "còn"): split there when each side stands alone.
    public var partWords: [String]?
    /// Marks that may end one question of a line and start the next (",", ";", "?").
    public var partMarks: [String]?
    /// Words around a year that limit a list to it (`since`, `after`, `before`, `until`, `in`, `onward`).
    public var yearFilters: [String: [String]]?
    /// Lines that end an interactive session ("thoát", "exit"), compared folded.
    public var exitWords: [String]?
    /// Lines that ask why the last answer was given (":giải thích"), compared folded, spaces optional.
    public var explainWords: [String]?

    enum CodingKeys: String, CodingKey {
        case courtesy, rounds, issuers, stopwords
        case followUpMarkers = "follow_up_markers"
        case planWords = "plan_words"
        case completionStarts = "completion_starts"
        case abbreviationCues = "abbreviation_cues"
        case numberLeads = "number_leads"
        case planConnectors = "plan_connectors"
        case whoWords = "who_words"
        case helpWords = "help_words"
        case topicMarkers = "topic_markers"
        case sectionWords = "section_words"
        case appendixWords = "appendix_words"
        case defaultSuggestions = "default_suggestions"
        case carryOutOpenings = "carry_out_openings"
        case partWords = "part_words"
        case partMarks = "part_marks"
        case yearFilters = "year_filters"
        case exitWords = "exit_words"
        case explainWords = "explain_words"
    }
}
