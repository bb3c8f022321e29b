import DanVanText

// Intent definitions and the entity vocabulary in the start-up snapshot: every field, in declaration
// order (`SnapshotRoundTripTests` compares a round trip with the decoded YAML).

extension IntentDefinition: SnapshotCodable {
    public init(snapshot r: inout SnapshotReader) throws {
        self = try r.record(Self.init(id:reportsAs:title:description:keywords:exclude:slots:examples:))
    }
    public func write(snapshot w: inout SnapshotWriter) {
        w.write(id, reportsAs, title, description, keywords, exclude, slots, examples)
    }
}

extension SlotSpec: SnapshotCodable {
    public init(snapshot r: inout SnapshotReader) throws { self = try r.record(Self.init(entity:required:bonus:alone:)) }
    public func write(snapshot w: inout SnapshotWriter) { w.write(entity, required, bonus, alone) }
}

extension EntityKind: SnapshotCodable {}

extension EntityVocabulary: SnapshotCodable {
    public init(snapshot r: inout SnapshotReader) throws {
        self = try r.record(Self.init(courtesy:followUpMarkers:issuers:rounds:planWords:stopwords:completionStarts:
                                      abbreviationCues:numberLeads:planConnectors:whoWords:helpWords:topicMarkers:
                                      sectionWords:appendixWords:defaultSuggestions:carryOutOpenings:partWords:partMarks:
                                      yearFilters:exitWords:explainWords:))
    }
    public func write(snapshot w: inout SnapshotWriter) {
        w.write(courtesy, followUpMarkers, issuers, rounds, planWords, stopwords, completionStarts, abbreviationCues,
                numberLeads, planConnectors, whoWords, helpWords, topicMarkers, sectionWords, appendixWords, defaultSuggestions,
                carryOutOpenings, partWords, partMarks, yearFilters, exitWords, explainWords)
    }
}

extension EntityVocabulary.Courtesy: SnapshotCodable {
    public init(snapshot r: inout SnapshotReader) throws {
        self = try r.record(Self.init(anywhere:commandStart:commandEnd:commandEnds:))
    }
    public func write(snapshot w: inout SnapshotWriter) { w.write(anywhere, commandStart, commandEnd, commandEnds) }
}

extension EntityVocabulary.Issuer: SnapshotCodable {
    public init(snapshot r: inout SnapshotReader) throws { self = try r.record(Self.init(name:words:forms:codes:)) }
    public func write(snapshot w: inout SnapshotWriter) { w.write(name, words, forms, codes) }
}

extension EntityVocabulary.Round: SnapshotCodable {
    public init(snapshot r: inout SnapshotReader) throws { self = try r.record(Self.init(round:words:)) }
    public func write(snapshot w: inout SnapshotWriter) { w.write(round, words) }
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
