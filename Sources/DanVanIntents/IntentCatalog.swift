import DanVanKnowledge
import DanVanText
import Foundation

/// The intents and entity vocabulary, decoded from `Intents/` and compiled for matching.
public struct IntentCatalog: Sendable {
    public var intents: [CompiledIntent] { didSet { numberWords() } }
    public var vocabulary: CompiledVocabulary
    /// Every word of the intents' keyword and exclusion phrases, numbered: built in memory from `intents`
    /// (never stored), so that a question's words are compared with each once (`KeywordIntentParser`).
    public private(set) var lexicon = FuzzyLexicon()
    /// Per intent (same order as `intents`), its phrases and exclusions as numbers of `lexicon`.
    public private(set) var phraseNumbers: [(phrases: [[Int]], excludes: [[Int]])] = []
    /// The courtesy words (`Intents/entities.yaml`), for the task command parser.
    public var courtesy: EntityVocabulary.Courtesy { vocabulary.courtesy }

    /// Every declared example with its folded words (for suggestions; computed when asked).
    public var exampleWords: [(example: String, words: Set<String>)] {
        intents.filter { $0.intent != .help }
            .flatMap { $0.definition.examples ?? [] }
            .map { ($0, Set(Tokenizer.foldedWords($0))) }
    }

    public init(definitions: [IntentDefinition], vocabulary: EntityVocabulary) {
        // `loadSources` refuses an id with no `IntentID` case; a definition that still has none (a damaged
        // snapshot) is left out rather than answered by nobody.
        intents = definitions.compactMap(CompiledIntent.init)
        self.vocabulary = CompiledVocabulary(vocabulary)
        numberWords()
    }

    /// Numbers the words of every phrase (`lexicon`, `phraseNumbers`).
    private mutating func numberWords() {
        var lexicon = FuzzyLexicon()
        phraseNumbers = intents.map { intent in
            (intent.phrases.map { $0.tokens.map { lexicon.number($0) } }, intent.excludes.map { $0.tokens.map { lexicon.number($0) } })
        }
        self.lexicon = lexicon
    }

    public func intent(_ id: IntentID) -> CompiledIntent? { intents.first { $0.intent == id } }

    /// Loads every `*.yaml` of the folder: `entities.yaml` is the vocabulary, `tasks.yaml` belongs to the
    /// task module, `dates.yaml` to the date grammar, every other file declares intents.
    public static func load(directory: URL) throws -> IntentCatalog {
        IntentCatalog(sources: try loadSources(directory: directory))
    }

    public init(sources: IntentSources) {
        if let compiled = sources.compiled {
            // From the start-up snapshot: compiled when it was written.
            self.init(intents: compiled, vocabulary: CompiledVocabulary(sources.vocabulary))
        } else {
            self.init(definitions: sources.definitions, vocabulary: sources.vocabulary)
        }
        vocabulary.typing = Self.typingRepair(sources)
    }

    private init(intents: [CompiledIntent], vocabulary: CompiledVocabulary) {
        self.intents = intents
        self.vocabulary = vocabulary
        numberWords()
    }

    /// The decoded files of the folder, checked (one vocabulary, intent ids unique), not yet compiled.
    public static func loadSources(directory: URL) throws -> IntentSources {
        let fm = FileManager.default
        DateGrammar.configureIfUnset(vocabularyAt: directory.appendingPathComponent("dates.yaml"))
        let names = ((try? fm.contentsOfDirectory(atPath: directory.path)) ?? [])
            .filter { $0.hasSuffix(".yaml") && $0 != "tasks.yaml" && $0 != "dates.yaml" }.sorted()
        var definitions: [IntentDefinition] = []
        var vocabulary: EntityVocabulary?
        for name in names {
            let url = directory.appendingPathComponent(name)
            if name == "entities.yaml" {
                vocabulary = try DataFile.decodeYAML(EntityVocabulary.self, at: url)
            } else {
                definitions += try DataFile.decodeYAML(IntentFile.self, at: url).intents
            }
        }
        guard let vocabulary else { throw DataFileProblem(path: directory.appendingPathComponent("entities.yaml").path, reason: nil) }
        let typing = loadTypingData(directory: directory)
        var seen = Set<String>()
        for d in definitions {
            guard seen.insert(d.id).inserted else {
                throw DataFileProblem(path: directory.path, reason: "duplicate intent id \(d.id)")
            }
            // Every id must be one the code answers (`IntentID`): a new intent needs its answerer case.
            for id in [d.id] + (d.reportsAs.map { [$0] } ?? []) where IntentID(rawValue: id) == nil {
                throw IntentCatalogError.unknownIntent(path: directory.path, id: id)
            }
        }
        return IntentSources(definitions: definitions, vocabulary: vocabulary, typing: typing)
    }

    private struct IntentFile: Codable { var intents: [IntentDefinition] }
}

/// An `Intents/` folder whose files decode (else `DataFileProblem`) but declare what the code cannot answer.
public enum IntentCatalogError: Error, Equatable {    /// An id in `Intents/` that no `IntentID` case (and so no answerer) handles.
    case unknownIntent(path: String, id: String)
}

/// An intent with its phrases folded into token sequences.
public struct CompiledIntent: Sendable {
    public var definition: IntentDefinition
    /// Longest phrases first, so a long phrase claims its words before a short one.
    public var phrases: [(tokens: [String], weight: Double, text: String)]
    public var excludes: [(tokens: [String], weight: Double, text: String)]
    /// The words of `phrases` and `excludes` (same order) prepared for fuzzy matching once, not per question.
    public var phraseWords: [[FuzzyWord]]
    public var excludeWords: [[FuzzyWord]]

    public var intent: IntentID
    /// The intent reported outside (`reports_as`).
    public var publicIntent: IntentID

    init?(_ d: IntentDefinition) {
        guard let id = IntentID(rawValue: d.id), let reported = IntentID(rawValue: d.publicID) else { return nil }
        func compile(_ m: [String: Double]) -> [(tokens: [String], weight: Double, text: String)] {
            m.map { (Tokenizer.foldedWords($0.key), $0.value, $0.key) }
                .filter { !$0.0.isEmpty }
                .sorted { ($0.0.count, $0.1, $0.2) > ($1.0.count, $1.1, $1.2) }
        }
        self.init(definition: d, intent: id, publicIntent: reported, phrases: compile(d.keywords), excludes: compile(d.exclude ?? [:]))
    }

    /// An intent of phrases already compiled (read back from the start-up snapshot).
    init(definition: IntentDefinition, intent: IntentID, publicIntent: IntentID,
         phrases: [(tokens: [String], weight: Double, text: String)], excludes: [(tokens: [String], weight: Double, text: String)]) {
        self.definition = definition
        self.intent = intent
        self.publicIntent = publicIntent
        self.phrases = phrases
        self.excludes = excludes
        phraseWords = phrases.map { $0.tokens.map(FuzzyWord.init) }
        excludeWords = excludes.map { $0.tokens.map(FuzzyWord.init) }
    }

    public var slots: [SlotSpec] { definition.slots ?? [] }
}

/// The entity vocabulary with every phrase folded.
public struct CompiledVocabulary: Sendable {
    /// The courtesy words as listed; `fillers` are the ones dropped anywhere in a question, folded.
    public var courtesy: EntityVocabulary.Courtesy
    public var fillers: [[String]]
    public var followUpMarkers: [[String]]
    public var issuers: [(tokens: [String], name: String)]
    /// Issuer name → its names as documents write them (folded) and its codes in symbols (folded).
    public var issuerForms: [String: (forms: [[String]], codes: [String])]
    public var rounds: [(tokens: [String], round: Int)]
    public var planWords: [[String]]
    public var stopwords: Set<String>
    /// Each stopword as spelled (lower case, NFC) by its folded form: "chua" → ["chưa"], so "chữa" is no stopword.
    public var stopwordSpellings: [String: Set<String>]
    public var completionStarts: [String]
    public var abbreviationCues: [[String]]
    /// Single folded words of the lists below (their phrases split into words).
    public var numberLeads: Set<String>
    public var planConnectors: Set<String>
    public var whoWords: Set<String>
    public var helpWords: Set<String>
    public var topicMarkers: Set<String>
    /// The one-word entries of `number_leads` ("số"): what may stand between a kind and its number.
    public var numberWords: Set<String>
    /// Folded heading phrases by section role.
    public var sectionWords: [String: [String]]
    /// Folded phrases ("kem theo", "phu luc").
    public var appendixWords: [[String]]
    public var defaultSuggestions: [String]
    /// Folded openings of a plan title that say "carry out", longest first (`carry_out_openings`).
    public var carryOutOpenings: [[String]]
    /// Folded words that may join two questions of one line ("va", "con"), longest first.
    public var partWords: [[String]]
    /// Characters that may end one question of a line (",", ";", "?").
    public var partMarks: Set<Character>
    /// Folded words around a year that limit a list, by role (`since`, `after`, `before`, `until`, `in`, `onward`), longest first.
    public var yearFilters: [String: [[String]]]
    /// Lines that end an interactive session (`exit_words`), as listed: the REPL compares them folded.
    public var exitWords: [String]
    /// Lines that ask why the last answer was given (`explain_words`), folded without spaces.
    public var explainLines: Set<String>
    /// Reads words typed with the input method off or run together (`Intents/syllables.txt`, `typing.txt`).
    public var typing = TypingRepair.inactive

    init(_ v: EntityVocabulary) {
        let f = Tokenizer.foldedWords
        carryOutOpenings = (v.carryOutOpenings ?? []).map(f).filter { !$0.isEmpty }.sorted { $0.count > $1.count }
        courtesy = v.courtesy
        fillers = v.courtesy.anywhere.map(f).filter { !$0.isEmpty }.sorted { $0.count > $1.count }
        followUpMarkers = v.followUpMarkers.map(f).sorted { $0.count > $1.count }
        issuers = v.issuers.flatMap { i in i.words.map { (f($0), i.name) } }.sorted { $0.0.count > $1.0.count }
        issuerForms = Dictionary(v.issuers.map { i in
            (i.name, ((i.forms ?? [i.name]).map(f), (i.codes ?? []).map(Folding.fold)))
        }, uniquingKeysWith: { a, _ in a })
        rounds = v.rounds.flatMap { r in r.words.map { (f($0), r.round) } }.sorted { $0.0.count > $1.0.count }
        planWords = v.planWords.map(f)
        stopwords = Set(v.stopwords.flatMap(f))
        var spellings: [String: Set<String>] = [:]
        for word in v.stopwords {
            for token in Tokenizer.tokens(word) where token.end <= word.count {
                let chars = Array(word)
                spellings[token.text, default: []].insert(Folding.nfc(String(chars[token.start..<token.end]).lowercased()))
            }
        }
        stopwordSpellings = spellings
        completionStarts = v.completionStarts ?? []
        abbreviationCues = (v.abbreviationCues ?? []).map(f)
        numberLeads = Set((v.numberLeads ?? []).flatMap(f))
        planConnectors = Set((v.planConnectors ?? []).flatMap(f))
        whoWords = Set((v.whoWords ?? []).flatMap(f))
        helpWords = Set((v.helpWords ?? []).flatMap(f))
        topicMarkers = Set((v.topicMarkers ?? []).flatMap(f))
        numberWords = Set((v.numberLeads ?? []).map(f).filter { $0.count == 1 }.map { $0[0] })
        sectionWords = (v.sectionWords ?? [:]).mapValues { $0.map { f($0).joined(separator: " ") } }
        appendixWords = (v.appendixWords ?? []).map(f).filter { !$0.isEmpty }
        defaultSuggestions = v.defaultSuggestions ?? []
        partWords = (v.partWords ?? []).map(f).filter { !$0.isEmpty }.sorted { $0.count > $1.count }
        partMarks = Set((v.partMarks ?? []).compactMap { $0.count == 1 ? $0.first : nil })
        yearFilters = (v.yearFilters ?? [:]).mapValues { $0.map(f).filter { !$0.isEmpty }.sorted { $0.count > $1.count } }
        exitWords = v.exitWords ?? []
        explainLines = Set((v.explainWords ?? []).map { Folding.fold($0).filter { $0 != " " } })
    }
}

extension CompiledVocabulary {
    /// Whether a word is a stopword: its folded form is one, and it was typed without diacritics or
    /// spelled as the stopword is ("chưa" is, "chữa" of "sửa chữa" is not, though both fold to "chua").
    ///
    /// - Parameters:
    ///   - folded: the folded word.
    ///   - typed: the word as typed (lower case, NFC), when known.
    public func isStopword(_ folded: String, typed: String?) -> Bool {
        guard stopwords.contains(folded) else { return false }
        guard let typed, typed != folded, let spelled = stopwordSpellings[folded] else { return true }
        return spelled.contains(typed)
    }

    /// The folded words of `text` that are not stopwords, each judged as typed (`isStopword`).
    public func contentWords(_ text: String) -> [String] {
        let chars = Array(Folding.nfc(text))
        return Tokenizer.tokens(String(chars)).filter { t in
            let typed = t.end <= chars.count ? String(chars[t.start..<t.end]).lowercased() : nil
            return !isStopword(t.text, typed: typed)
        }.map(\.text)
    }
    /// The folded heading phrases of a section role ("muc dich" for `.purpose`).
    public func sectionWords(_ role: SectionRole) -> [String] { sectionWords[role.rawValue] ?? [] }
}
