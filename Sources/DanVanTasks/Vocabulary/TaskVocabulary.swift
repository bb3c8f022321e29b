import Foundation
import DanVanText
import Yams

/// The words of the task commands and of the appendix CSV headers, as `Intents/tasks.yaml` lists them.
///
///     let vocabulary = try TaskVocabulary(contentsOf: dataDir.appendingPathComponent("tasks.yaml"))
///     vocabulary.intents["task.done"]?.verbs.first   // "đánh dấu hoàn thành"
///
/// Phrases are kept as written; matching folds them.
public struct TaskVocabulary: Codable, Sendable {
    /// One intent's words.
    public struct IntentWords: Codable, Sendable {
        public var verbs: [String]
        public var phrases: [String]
        public var connectors: [String]
        /// Words before the task that, with `trailing` after it, make the command ("đánh dấu nhiệm vụ 3 là xong").
        public var leading: [String]
        public var trailing: [String]
        public var examples: [String]

        private enum CodingKeys: String, CodingKey { case verbs, phrases, connectors, leading, trailing, examples }
    }

    public struct AddWords: Codable, Sendable {
        public var assign: [String]
        public var weakAssign: [String]
        public var unitHeads: [String]
        public var coUnits: [String]
        public var product: [String]
        public var due: [String]
        public var dueFillers: [String]

        private enum CodingKeys: String, CodingKey {
            case assign, weakAssign = "weak_assign", unitHeads = "unit_heads", coUnits = "co_units", product, due, dueFillers = "due_fillers"
        }
    }

    public struct ListWords: Codable, Sendable {
        public struct Filters: Codable, Sendable {
            public var open: [String]
            public var done: [String]
            public var overdue: [String]
            public var dueSoon: [String]
            public var dueToday: [String]
            public var deleted: [String]

            private enum CodingKeys: String, CodingKey {
                case open, done, overdue, dueSoon = "due_soon", dueToday = "due_today", deleted
            }
        }

        public var cues: [String]
        public var cueFillers: [String]
        public var unitCues: [String]
        public var unitConnectors: [String]
        /// Words naming the plan's appendix ("phụ lục"): a sentence with one asks about the plan, not the store.
        public var planMarkers: [String] = []
        public var filters: Filters
        public var windowDays: [String]
        public var windowWeeks: [String]
        /// Days ahead that "sắp đến hạn" covers.
        public var soonDays: Int

        private enum CodingKeys: String, CodingKey {
            case cues, cueFillers = "cue_fillers", unitCues = "unit_cues", unitConnectors = "unit_connectors"
            case planMarkers = "plan_markers"
            case filters, windowDays = "window_days", windowWeeks = "window_weeks", soonDays = "soon_days"
        }
    }

    /// The appendix CSV's header synonyms, by column.
    public struct ImportWords: Codable, Sendable {
        public var columns: [String: [String]]
        public var noDeadline: [String]

        private enum CodingKeys: String, CodingKey { case columns, noDeadline = "no_deadline" }
    }

    public var nouns: [String]
    public var numberPrefixes: [String]
    public var numberBlockers: [String]
    public var articleWords: [String]
    public var afterNounWords: [String]
    public var questionWords: [String]

    /// Words by intent id (`task.add`, `task.done`, …).
    public var intents: [String: IntentWords]
    public var add: AddWords
    public var list: ListWords
    public var sqlMarkers: [String]
    public var importing: ImportWords
    /// Words of recurring tasks: a period name (`weekly`, `monthly`, `quarterly`, `yearly`) → its
    /// phrases ("hằng tháng"), and `day_words` ("ngày", "mùng") before a day of the period.
    public var recurrence: [String: [String]]?

    private enum CodingKeys: String, CodingKey {
        case nouns, numberPrefixes = "number_prefixes", numberBlockers = "number_blockers"
        case articleWords = "article_words", afterNounWords = "after_noun_words", questionWords = "question_words", intents, add, list
        case sqlMarkers = "sql_markers", importing = "import", recurrence
    }
}

// The decoding rules live in extensions, so that each type keeps its memberwise initializer
// (`TaskVocabulary+Snapshot` builds the types with it).

extension TaskVocabulary {
    /// Reads a vocabulary file (`Intents/tasks.yaml`) through the one data-file loader.
    ///
    /// - Throws: `DataFileProblem` naming the file, the line and the problem; a key under `intents:`
    ///   that names no `TaskIntent` is refused.
    public init(contentsOf url: URL) throws {
        self = try DataFile.decodeYAML(TaskVocabulary.self, at: url, check: Self.check)
    }

    /// Decodes vocabulary text (YAML, as in `Intents/tasks.yaml`).
    public init(yaml text: String, path: String = "tasks.yaml") throws {
        self = try DataFile.decodeYAML(TaskVocabulary.self, text: text, path: path, check: Self.check)
    }

    /// Every key names a command the code handles (`TaskIntent`): a typo is refused at load.
    private static func check(_ v: TaskVocabulary) throws {
        if let unknown = v.intents.keys.sorted().first(where: { TaskIntent(rawValue: $0) == nil }) {
            throw DataFile.Refusal("intents.\(unknown): unknown task intent")
        }
    }
}

extension TaskVocabulary.IntentWords {
    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        leading = try c.decodeIfPresent([String].self, forKey: .leading) ?? []
        trailing = try c.decodeIfPresent([String].self, forKey: .trailing) ?? []
        verbs = try c.decodeIfPresent([String].self, forKey: .verbs) ?? []
        phrases = try c.decodeIfPresent([String].self, forKey: .phrases) ?? []
        connectors = try c.decodeIfPresent([String].self, forKey: .connectors) ?? []
        examples = try c.decodeIfPresent([String].self, forKey: .examples) ?? []
    }
}

extension TaskVocabulary.ListWords {
    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        cues = try c.decode([String].self, forKey: .cues)
        cueFillers = try c.decode([String].self, forKey: .cueFillers)
        unitCues = try c.decode([String].self, forKey: .unitCues)
        unitConnectors = try c.decode([String].self, forKey: .unitConnectors)
        planMarkers = try c.decodeIfPresent([String].self, forKey: .planMarkers) ?? []
        filters = try c.decode(Filters.self, forKey: .filters)
        windowDays = try c.decode([String].self, forKey: .windowDays)
        windowWeeks = try c.decode([String].self, forKey: .windowWeeks)
        let soon = try c.decode([String].self, forKey: .soonDays)
        guard let days = soon.first.flatMap({ Int($0) }), days > 0 else {
            throw DecodingError.dataCorruptedError(forKey: .soonDays, in: c, debugDescription: "soon_days: a positive number")
        }
        soonDays = days
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(cues, forKey: .cues)
        try c.encode(cueFillers, forKey: .cueFillers)
        try c.encode(unitCues, forKey: .unitCues)
        try c.encode(unitConnectors, forKey: .unitConnectors)
        try c.encode(planMarkers, forKey: .planMarkers)
        try c.encode(filters, forKey: .filters)
        try c.encode(windowDays, forKey: .windowDays)
        try c.encode(windowWeeks, forKey: .windowWeeks)
        try c.encode([String(soonDays)], forKey: .soonDays)
    }
}
