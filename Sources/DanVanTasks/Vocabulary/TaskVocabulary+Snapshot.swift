import DanVanText

// The task vocabulary in the start-up snapshot: every field, in declaration order, read through each
// type's memberwise initializer (`SnapshotRoundTripTests` compares a round trip with the decoded YAML).

extension TaskVocabulary: SnapshotCodable {
    public init(snapshot r: inout SnapshotReader) throws {
        self = try r.record(Self.init(nouns:numberPrefixes:numberBlockers:articleWords:afterNounWords:questionWords:intents:add:list:
                                      sqlMarkers:importing:recurrence:))
    }
    public func write(snapshot w: inout SnapshotWriter) {
        w.write(nouns, numberPrefixes, numberBlockers, articleWords, afterNounWords, questionWords, intents, add, list, sqlMarkers,
                importing, recurrence)
    }
}

extension TaskVocabulary.IntentWords: SnapshotCodable {
    public init(snapshot r: inout SnapshotReader) throws {
        self = try r.record(Self.init(verbs:phrases:connectors:leading:trailing:examples:))
    }
    public func write(snapshot w: inout SnapshotWriter) { w.write(verbs, phrases, connectors, leading, trailing, examples) }
}

extension TaskVocabulary.AddWords: SnapshotCodable {
    public init(snapshot r: inout SnapshotReader) throws {
        self = try r.record(Self.init(assign:weakAssign:unitHeads:coUnits:product:due:dueFillers:))
    }
    public func write(snapshot w: inout SnapshotWriter) {
        w.write(assign, weakAssign, unitHeads, coUnits, product, due, dueFillers)
    }
}

extension TaskVocabulary.ListWords: SnapshotCodable {
    public init(snapshot r: inout SnapshotReader) throws {
        self = try r.record(Self.init(cues:cueFillers:unitCues:unitConnectors:planMarkers:filters:windowDays:windowWeeks:soonDays:))
    }
    public func write(snapshot w: inout SnapshotWriter) {
        w.write(cues, cueFillers, unitCues, unitConnectors, planMarkers, filters, windowDays, windowWeeks, soonDays)
    }
}

extension TaskVocabulary.ListWords.Filters: SnapshotCodable {
    public init(snapshot r: inout SnapshotReader) throws {
        self = try r.record(Self.init(open:done:overdue:dueSoon:dueToday:deleted:))
    }
    public func write(snapshot w: inout SnapshotWriter) { w.write(open, done, overdue, dueSoon, dueToday, deleted) }
}

extension TaskVocabulary.ImportWords: SnapshotCodable {
    public init(snapshot r: inout SnapshotReader) throws { self = try r.record(Self.init(columns:noDeadline:)) }
    public func write(snapshot w: inout SnapshotWriter) { w.write(columns, noDeadline) }
}
