import DanVanText

// The task vocabulary in the start-up snapshot: every field, in declaration order
// (`SnapshotRoundTripTests` compares a round trip with the decoded YAML).

extension TaskVocabulary: SnapshotCodable {
    public init(snapshot r: inout SnapshotReader) throws {
        nouns = try r.read()
        numberPrefixes = try r.read()
        numberBlockers = try r.read()
        articleWords = try r.read()
        afterNounWords = try r.read()
        questionWords = try r.read()
        intents = try r.read()
        add = try r.read()
        list = try r.read()
        sqlMarkers = try r.read()
        importing = try r.read()
        recurrence = try r.read()
    }

    public func write(snapshot w: inout SnapshotWriter) {
        w.write(nouns); w.write(numberPrefixes); w.write(numberBlockers); w.write(articleWords)
        w.write(afterNounWords); w.write(questionWords); w.write(intents)
        w.write(add); w.write(list); w.write(sqlMarkers); w.write(importing); w.write(recurrence)
    }
}

extension TaskVocabulary.IntentWords: SnapshotCodable {
    public init(snapshot r: inout SnapshotReader) throws {
        verbs = try r.read()
        phrases = try r.read()
        connectors = try r.read()
        leading = try r.read()
        trailing = try r.read()
        examples = try r.read()
    }

    public func write(snapshot w: inout SnapshotWriter) {
        w.write(verbs); w.write(phrases); w.write(connectors); w.write(leading); w.write(trailing); w.write(examples)
    }
}

extension TaskVocabulary.AddWords: SnapshotCodable {
    public init(snapshot r: inout SnapshotReader) throws {
        assign = try r.read()
        weakAssign = try r.read()
        unitHeads = try r.read()
        coUnits = try r.read()
        product = try r.read()
        due = try r.read()
        dueFillers = try r.read()
    }

    public func write(snapshot w: inout SnapshotWriter) {
        w.write(assign); w.write(weakAssign); w.write(unitHeads); w.write(coUnits); w.write(product); w.write(due); w.write(dueFillers)
    }
}

extension TaskVocabulary.ListWords: SnapshotCodable {
    public init(snapshot r: inout SnapshotReader) throws {
        cues = try r.read()
        cueFillers = try r.read()
        unitCues = try r.read()
        unitConnectors = try r.read()
        planMarkers = try r.read()
        filters = try r.read()
        windowDays = try r.read()
        windowWeeks = try r.read()
        soonDays = try r.read()
    }

    public func write(snapshot w: inout SnapshotWriter) {
        w.write(cues); w.write(cueFillers); w.write(unitCues); w.write(unitConnectors); w.write(planMarkers)
        w.write(filters); w.write(windowDays); w.write(windowWeeks); w.write(soonDays)
    }
}

extension TaskVocabulary.ListWords.Filters: SnapshotCodable {
    public init(snapshot r: inout SnapshotReader) throws {
        open = try r.read()
        done = try r.read()
        overdue = try r.read()
        dueSoon = try r.read()
        dueToday = try r.read()
        deleted = try r.read()
    }

    public func write(snapshot w: inout SnapshotWriter) {
        w.write(open); w.write(done); w.write(overdue); w.write(dueSoon); w.write(dueToday); w.write(deleted)
    }
}

extension TaskVocabulary.ImportWords: SnapshotCodable {
    public init(snapshot r: inout SnapshotReader) throws {
        columns = try r.read()
        noDeadline = try r.read()
    }

    public func write(snapshot w: inout SnapshotWriter) {
        w.write(columns); w.write(noDeadline)
    }
}
