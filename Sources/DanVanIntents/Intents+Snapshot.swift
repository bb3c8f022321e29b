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
    public init(snapshot r: inout SnapshotReader) throws { self = try r.record(Self.init(entity:required:bonus:)) }
    public func write(snapshot w: inout SnapshotWriter) { w.write(entity, required, bonus) }
}

extension EntityKind: SnapshotCodable {}

extension EntityVocabulary: SnapshotCodable {
    public init(snapshot r: inout SnapshotReader) throws {
        self = try r.record(Self.init(courtesy:followUpMarkers:issuers:rounds:planWords:stopwords:completionStarts:
                                      abbreviationCues:numberLeads:planConnectors:whoWords:helpWords:topicMarkers:
                                      sectionWords:appendixWords:defaultSuggestions:carryOutOpenings:partWords:partMarks:
                                      yearFilters:))
    }
    public func write(snapshot w: inout SnapshotWriter) {
        w.write(courtesy, followUpMarkers, issuers, rounds, planWords, stopwords, completionStarts, abbreviationCues,
                numberLeads, planConnectors, whoWords, helpWords, topicMarkers, sectionWords, appendixWords, defaultSuggestions,
                carryOutOpenings, partWords, partMarks, yearFilters)
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

/// The decoded contents of `Intents/` (but `tasks.yaml`), before compiling: what the snapshot keeps.
public struct IntentSources: SnapshotCodable, Sendable {
    public var definitions: [IntentDefinition]
    public var vocabulary: EntityVocabulary
    /// `syllables.txt` and `typing.txt`, as text.
    public var typing: TypingData

    public init(definitions: [IntentDefinition], vocabulary: EntityVocabulary, typing: TypingData = .empty) {
        self.definitions = definitions
        self.vocabulary = vocabulary
        self.typing = typing
    }

    public init(snapshot r: inout SnapshotReader) throws { self = try r.record(Self.init(definitions:vocabulary:typing:)) }
    public func write(snapshot w: inout SnapshotWriter) { w.write(definitions, vocabulary, typing) }
}
