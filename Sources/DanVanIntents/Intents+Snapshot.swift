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

/// The decoded contents of `Intents/` (but `tasks.yaml`): what the snapshot keeps, with the intents'
/// phrases compiled (folded and ordered), so that a start from the snapshot does not compile them.
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

    /// The definitions that compile (an id the code answers), in order.
    private var answered: [(definition: IntentDefinition, id: IntentID, reported: IntentID)] {
        definitions.compactMap { d in
            guard let id = IntentID(rawValue: d.id), let reported = IntentID(rawValue: d.publicID) else { return nil }
            return (d, id, reported)
        }
    }

    public init(snapshot r: inout SnapshotReader) throws {
        self.init(definitions: try r.read(), vocabulary: try r.read(), typing: try r.read())
        // Then, per definition that compiles, its phrases and exclusions as compiled.
        let answered = self.answered
        guard try Int(snapshot: &r) == answered.count else { throw r.corrupt() }
        compiled = try answered.map { a in
            CompiledIntent(definition: a.definition, intent: a.id, publicIntent: a.reported,
                           phrases: try Self.readPhrases(&r), excludes: try Self.readPhrases(&r))
        }
    }

    public func write(snapshot w: inout SnapshotWriter) {
        w.write(definitions); w.write(vocabulary); w.write(typing)
        let intents = compiled ?? definitions.compactMap(CompiledIntent.init)
        intents.count.write(snapshot: &w)
        for intent in intents {
            Self.writePhrases(intent.phrases, &w)
            Self.writePhrases(intent.excludes, &w)
        }
    }

    // Read and written field by field with the concrete types' own coders (measured: the generic
    // array reader cost more than compiling the phrases again).
    private static func readPhrases(_ r: inout SnapshotReader) throws -> [(tokens: [String], weight: Double, text: String)] {
        let n = try Int(snapshot: &r)
        guard n >= 0, n <= 100_000 else { throw r.corrupt() }
        var out: [(tokens: [String], weight: Double, text: String)] = []
        out.reserveCapacity(n)
        for _ in 0..<n {
            let k = try Int(snapshot: &r)
            guard k > 0, k <= 1_000 else { throw r.corrupt() }
            var tokens: [String] = []
            tokens.reserveCapacity(k)
            for _ in 0..<k { tokens.append(try String(snapshot: &r)) }
            out.append((tokens, try Double(snapshot: &r), try String(snapshot: &r)))
        }
        return out
    }

    private static func writePhrases(_ phrases: [(tokens: [String], weight: Double, text: String)], _ w: inout SnapshotWriter) {
        phrases.count.write(snapshot: &w)
        for p in phrases {
            p.tokens.count.write(snapshot: &w)
            for t in p.tokens { t.write(snapshot: &w) }
            p.weight.write(snapshot: &w)
            p.text.write(snapshot: &w)
        }
    }
}
