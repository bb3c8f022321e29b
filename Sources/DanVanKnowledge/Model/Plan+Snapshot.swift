import DanVanText

// The plan model in the start-up snapshot: every field, in declaration order.
// `SnapshotRoundTripTests` checks that a plan comes back equal, so a field added to the model and
// forgotten here fails a test.

extension Plan: SnapshotCodable {
    public init(snapshot r: inout SnapshotReader) throws {
        self.init(id: try r.read(), number: try r.read(), date: try r.read(), place: try r.read(), issuer: try r.read(),
                  title: try r.read(), preamble: try r.read(), sections: try r.read(), documents: try r.read(),
                  units: try r.read(), deadlines: try r.read(), recipients: try r.read(), signer: try r.read(),
                  reportsTo: try r.read(), allUnitsSection: try r.read(), topics: try r.read(), appendix: try r.read(),
                  abbreviations: try r.read(), footnotes: try r.read())
    }

    public func write(snapshot w: inout SnapshotWriter) {
        w.write(id); w.write(number); w.write(date); w.write(place); w.write(issuer)
        w.write(title); w.write(preamble); w.write(sections); w.write(documents)
        w.write(units); w.write(deadlines); w.write(recipients); w.write(signer)
        w.write(reportsTo); w.write(allUnitsSection); w.write(topics); w.write(appendix)
        w.write(abbreviations); w.write(footnotes)
    }
}

extension PlanSection: SnapshotCodable {
    public init(snapshot r: inout SnapshotReader) throws {
        self.init(id: try r.read(), title: try r.read(), paragraphs: try r.read(), role: try r.read())
    }

    public func write(snapshot w: inout SnapshotWriter) {
        w.write(id); w.write(title); w.write(paragraphs); w.write(role)
    }
}

extension SectionRole: SnapshotCodable {}
extension Duty.Role: SnapshotCodable {}
extension Deadline.Recurrence: SnapshotCodable {}

extension LegalDocument: SnapshotCodable {
    public init(snapshot r: inout SnapshotReader) throws {
        self.init(kind: try r.read(), symbol: try r.read(), name: try r.read(), issuer: try r.read(), date: try r.read(),
                  subject: try r.read(), sections: try r.read(), note: try r.read())
    }

    public func write(snapshot w: inout SnapshotWriter) {
        w.write(kind); w.write(symbol); w.write(name); w.write(issuer); w.write(date)
        w.write(subject); w.write(sections); w.write(note)
    }
}

extension UnitDuties: SnapshotCodable {
    public init(snapshot r: inout SnapshotReader) throws {
        self.init(name: try r.read(), duties: try r.read(), collective: try r.read(), members: try r.read())
    }

    public func write(snapshot w: inout SnapshotWriter) {
        w.write(name); w.write(duties); w.write(collective); w.write(members)
    }
}

extension Abbreviation: SnapshotCodable {
    public init(snapshot r: inout SnapshotReader) throws {
        self.init(short: try r.read(), full: try r.read(), section: try r.read())
    }

    public func write(snapshot w: inout SnapshotWriter) {
        w.write(short); w.write(full); w.write(section)
    }
}

extension Footnote: SnapshotCodable {
    public init(snapshot r: inout SnapshotReader) throws {
        self.init(mark: try r.read(), text: try r.read(), section: try r.read())
    }

    public func write(snapshot w: inout SnapshotWriter) {
        w.write(mark); w.write(text); w.write(section)
    }
}

extension Duty: SnapshotCodable {
    public init(snapshot r: inout SnapshotReader) throws {
        self.init(text: try r.read(), section: try r.read(), role: try r.read(), timing: try r.read())
    }

    public func write(snapshot w: inout SnapshotWriter) {
        w.write(text); w.write(section); w.write(role); w.write(timing)
    }
}

extension Deadline: SnapshotCodable {
    public init(snapshot r: inout SnapshotReader) throws {
        self.init(label: try r.read(), round: try r.read(), date: try r.read(), recurrence: try r.read(), day: try r.read(),
                  month: try r.read(), recipient: try r.read(), section: try r.read(), text: try r.read(),
                  interval: try r.read(), times: try r.read(), timesPerPeriod: try r.read(),
                  offsetDays: try r.read(), anchor: try r.read())
    }

    public func write(snapshot w: inout SnapshotWriter) {
        w.write(label); w.write(round); w.write(date); w.write(recurrence); w.write(day)
        w.write(month); w.write(recipient); w.write(section); w.write(text)
        w.write(interval); w.write(times); w.write(timesPerPeriod); w.write(offsetDays); w.write(anchor)
    }
}

extension AppendixRow: SnapshotCodable {
    public init(snapshot r: inout SnapshotReader) throws {
        self.init(row: try r.read(), number: try r.read(), group: try r.read(), title: try r.read(), lead: try r.read(),
                  coordinating: try r.read(), deadline: try r.read(), product: try r.read(), note: try r.read())
    }

    public func write(snapshot w: inout SnapshotWriter) {
        w.write(row); w.write(number); w.write(group); w.write(title); w.write(lead)
        w.write(coordinating); w.write(deadline); w.write(product); w.write(note)
    }
}

extension Signer: SnapshotCodable {
    public init(snapshot r: inout SnapshotReader) throws {
        self.init(mode: try r.read(), authority: try r.read(), title: try r.read(), name: try r.read(), signsFor: try r.read())
    }

    public func write(snapshot w: inout SnapshotWriter) {
        w.write(mode); w.write(authority); w.write(title); w.write(name); w.write(signsFor)
    }
}

extension UnitDirectory.Unit: SnapshotCodable {
    public init(snapshot r: inout SnapshotReader) throws {
        self.init(name: try r.read(), kind: try r.read(), aliases: try r.read(), collective: try r.read())
    }

    public func write(snapshot w: inout SnapshotWriter) {
        w.write(name); w.write(kind); w.write(aliases); w.write(collective)
    }
}

extension Glossary.Entry: SnapshotCodable {
    public init(snapshot r: inout SnapshotReader) throws {
        self.init(term: try r.read(), aliases: try r.read(), meaning: try r.read())
    }

    public func write(snapshot w: inout SnapshotWriter) {
        w.write(term); w.write(aliases); w.write(meaning)
    }
}

extension UnitDirectory.SymbolRules: SnapshotCodable {
    public init(snapshot r: inout SnapshotReader) throws {
        self.init(names: try r.read(), droppedHeads: try r.read())
    }

    public func write(snapshot w: inout SnapshotWriter) {
        w.write(names); w.write(droppedHeads)
    }
}
