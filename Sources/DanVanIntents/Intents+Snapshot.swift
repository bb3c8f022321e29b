import DanVanText

// Intent definitions and the entity vocabulary in the start-up snapshot: every field, in declaration
// order (`SnapshotRoundTripTests` compares a round trip with the decoded YAML).

extension IntentDefinition: SnapshotCodable {
    public init(snapshot r: inout SnapshotReader) throws {
        self.init(id: try r.read(), reportsAs: try r.read(), title: try r.read(), description: try r.read(),
                  keywords: try r.read(), exclude: try r.read(), slots: try r.read(), examples: try r.read())
    }

    public func write(snapshot w: inout SnapshotWriter) {
        w.write(id); w.write(reportsAs); w.write(title); w.write(description)
        w.write(keywords); w.write(exclude); w.write(slots); w.write(examples)
    }
}

extension SlotSpec: SnapshotCodable {
    public init(snapshot r: inout SnapshotReader) throws {
        self.init(entity: try r.read(), required: try r.read(), bonus: try r.read())
    }

    public func write(snapshot w: inout SnapshotWriter) {
        w.write(entity); w.write(required); w.write(bonus)
    }
}

extension EntityKind: SnapshotCodable {}

extension EntityVocabulary: SnapshotCodable {
    public init(snapshot r: inout SnapshotReader) throws {
        self.init(courtesy: try r.read(), followUpMarkers: try r.read(), issuers: try r.read(),
                  rounds: try r.read(), planWords: try r.read(), stopwords: try r.read(), completionStarts: try r.read(),
                  abbreviationCues: try r.read(), numberLeads: try r.read(), planConnectors: try r.read(),
                  whoWords: try r.read(), helpWords: try r.read(),
                  topicMarkers: try r.read(), sectionWords: try r.read(), appendixWords: try r.read(),
                  defaultSuggestions: try r.read(), carryOutOpenings: try r.read(), partWords: try r.read(),
                  partMarks: try r.read(), yearFilters: try r.read())
    }

    public func write(snapshot w: inout SnapshotWriter) {
        w.write(courtesy); w.write(followUpMarkers); w.write(issuers)
        w.write(rounds); w.write(planWords); w.write(stopwords); w.write(completionStarts)
        w.write(abbreviationCues); w.write(numberLeads); w.write(planConnectors)
        w.write(whoWords); w.write(helpWords)
        w.write(topicMarkers); w.write(sectionWords); w.write(appendixWords); w.write(defaultSuggestions); w.write(carryOutOpenings)
        w.write(partWords); w.write(partMarks); w.write(yearFilters)
    }
}

extension EntityVocabulary.Courtesy: SnapshotCodable {
    public init(snapshot r: inout SnapshotReader) throws {
        self.init(anywhere: try r.read(), commandStart: try r.read(), commandEnd: try r.read(), commandEnds: try r.read())
    }

    public func write(snapshot w: inout SnapshotWriter) {
        w.write(anywhere); w.write(commandStart); w.write(commandEnd); w.write(commandEnds)
    }
}

extension EntityVocabulary.Issuer: SnapshotCodable {
    public init(snapshot r: inout SnapshotReader) throws {
        self.init(name: try r.read(), words: try r.read(), forms: try r.read(), codes: try r.read())
    }

    public func write(snapshot w: inout SnapshotWriter) {
        w.write(name); w.write(words); w.write(forms); w.write(codes)
    }
}

extension EntityVocabulary.Round: SnapshotCodable {
    public init(snapshot r: inout SnapshotReader) throws {
        self.init(round: try r.read(), words: try r.read())
    }

    public func write(snapshot w: inout SnapshotWriter) {
        w.write(round); w.write(words)
    }
}

/// The decoded contents of `Intents/` (but `tasks.yaml`): what the snapshot keeps, with the intents
/// compiled (their phrases folded and ordered), so that a start from the snapshot does not compile them.
public struct IntentSources: SnapshotCodable, Sendable {
    public var definitions: [IntentDefinition]
    public var vocabulary: EntityVocabulary
    /// `syllables.txt` and `typing.txt`, as text.
    public var typing: TypingData
    /// The definitions compiled, when read from a snapshot (nil: `IntentCatalog` compiles them).
    public internal(set) var compiled: [CompiledIntent]?

    public init(definitions: [IntentDefinition], vocabulary: EntityVocabulary, typing: TypingData = .empty) {
        self.definitions = definitions
        self.vocabulary = vocabulary
        self.typing = typing
    }

    public init(snapshot r: inout SnapshotReader) throws {
        self.init(definitions: try r.read(), vocabulary: try r.read(), typing: try r.read())
        let intents: [CompiledIntent] = try r.read()
        // Each compiled intent is its definition's, in order: anything else is a damaged snapshot.
        let answered = definitions.filter { IntentID(rawValue: $0.id) != nil && IntentID(rawValue: $0.publicID) != nil }
        guard intents.count == answered.count, zip(intents, answered).allSatisfy({ $0.definition.id == $1.id }) else {
            throw r.corrupt()
        }
        compiled = intents
    }

    public func write(snapshot w: inout SnapshotWriter) {
        w.write(definitions); w.write(vocabulary); w.write(typing)
        w.write(compiled ?? definitions.compactMap(CompiledIntent.init))
    }
}

/// A compiled intent in the snapshot: its definition and its phrases as compiled (the prepared words
/// are made again from the folded tokens, without folding or sorting anything).
extension CompiledIntent: SnapshotCodable {
    public init(snapshot r: inout SnapshotReader) throws {
        let definition: IntentDefinition = try r.read()
        guard let id = IntentID(rawValue: definition.id), let reported = IntentID(rawValue: definition.publicID) else {
            throw r.corrupt()
        }
        self.init(definition: definition, intent: id, publicIntent: reported,
                  phrases: try Self.readPhrases(&r), excludes: try Self.readPhrases(&r))
    }

    public func write(snapshot w: inout SnapshotWriter) {
        w.write(definition)
        Self.writePhrases(phrases, &w)
        Self.writePhrases(excludes, &w)
    }

    private static func readPhrases(_ r: inout SnapshotReader) throws -> [(tokens: [String], weight: Double, text: String)] {
        let tokens: [[String]] = try r.read(), weights: [Double] = try r.read(), texts: [String] = try r.read()
        guard tokens.count == weights.count, tokens.count == texts.count else { throw r.corrupt() }
        return (0..<tokens.count).map { (tokens[$0], weights[$0], texts[$0]) }
    }

    private static func writePhrases(_ phrases: [(tokens: [String], weight: Double, text: String)], _ w: inout SnapshotWriter) {
        w.write(phrases.map(\.tokens)); w.write(phrases.map(\.weight)); w.write(phrases.map(\.text))
    }
}
