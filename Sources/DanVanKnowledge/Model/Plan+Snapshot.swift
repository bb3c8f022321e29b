import DanVanText

// The plan model in the start-up snapshot: every field, in declaration order.
// `SnapshotRoundTripTests` checks that a plan comes back equal, so a field added to the model and
// forgotten here fails a test.

extension Plan: SnapshotCodable {
    public init(snapshot r: inout SnapshotReader) throws {
        self = try r.record(Self.init(id:number:date:place:issuer:title:preamble:sections:documents:units:deadlines:
                                      recipients:signer:reportsTo:allUnitsSection:topics:appendix:abbreviations:footnotes:))
    }
    public func write(snapshot w: inout SnapshotWriter) {
        w.write(id, number, date, place, issuer, title, preamble, sections, documents, units, deadlines, recipients, signer,
                reportsTo, allUnitsSection, topics, appendix, abbreviations, footnotes)
    }
}

extension PlanSection: SnapshotCodable {
    public init(snapshot r: inout SnapshotReader) throws { self = try r.record(Self.init(id:title:paragraphs:role:)) }
    public func write(snapshot w: inout SnapshotWriter) { w.write(id, title, paragraphs, role) }
}

extension SectionRole: SnapshotCodable {}
extension Duty.Role: SnapshotCodable {}
extension Deadline.Recurrence: SnapshotCodable {}

extension LegalDocument: SnapshotCodable {
    public init(snapshot r: inout SnapshotReader) throws {
        self = try r.record(Self.init(kind:symbol:name:issuer:date:subject:sections:note:))
    }
    public func write(snapshot w: inout SnapshotWriter) { w.write(kind, symbol, name, issuer, date, subject, sections, note) }
}

extension UnitDuties: SnapshotCodable {
    public init(snapshot r: inout SnapshotReader) throws { self = try r.record(Self.init(name:duties:collective:members:)) }
    public func write(snapshot w: inout SnapshotWriter) { w.write(name, duties, collective, members) }
}

extension Abbreviation: SnapshotCodable {
    public init(snapshot r: inout SnapshotReader) throws { self = try r.record(Self.init(short:full:section:)) }
    public func write(snapshot w: inout SnapshotWriter) { w.write(short, full, section) }
}

extension Footnote: SnapshotCodable {
    public init(snapshot r: inout SnapshotReader) throws { self = try r.record(Self.init(mark:text:section:)) }
    public func write(snapshot w: inout SnapshotWriter) { w.write(mark, text, section) }
}

extension Duty: SnapshotCodable {
    public init(snapshot r: inout SnapshotReader) throws { self = try r.record(Self.init(text:section:role:timing:)) }
    public func write(snapshot w: inout SnapshotWriter) { w.write(text, section, role, timing) }
}

extension Deadline: SnapshotCodable {
    public init(snapshot r: inout SnapshotReader) throws {
        self = try r.record(Self.init(label:round:date:recurrence:day:month:recipient:section:text:interval:times:
                                      timesPerPeriod:offsetDays:anchor:))
    }
    public func write(snapshot w: inout SnapshotWriter) {
        w.write(label, round, date, recurrence, day, month, recipient, section, text, interval, times, timesPerPeriod,
                offsetDays, anchor)
    }
}

extension AppendixRow: SnapshotCodable {
    public init(snapshot r: inout SnapshotReader) throws {
        self = try r.record(Self.init(row:number:group:title:lead:coordinating:deadline:product:note:))
    }
    public func write(snapshot w: inout SnapshotWriter) {
        w.write(row, number, group, title, lead, coordinating, deadline, product, note)
    }
}

extension Signer: SnapshotCodable {
    public init(snapshot r: inout SnapshotReader) throws { self = try r.record(Self.init(mode:authority:title:name:signsFor:)) }
    public func write(snapshot w: inout SnapshotWriter) { w.write(mode, authority, title, name, signsFor) }
}

extension UnitDirectory.Unit: SnapshotCodable {
    public init(snapshot r: inout SnapshotReader) throws { self = try r.record(Self.init(name:kind:aliases:collective:outside:)) }
    public func write(snapshot w: inout SnapshotWriter) { w.write(name, kind, aliases, collective, outside) }
}

extension Glossary.Entry: SnapshotCodable {
    public init(snapshot r: inout SnapshotReader) throws { self = try r.record(Self.init(term:aliases:meaning:)) }
    public func write(snapshot w: inout SnapshotWriter) { w.write(term, aliases, meaning) }
}

extension UnitDirectory.SymbolRules: SnapshotCodable {
    public init(snapshot r: inout SnapshotReader) throws { self = try r.record(Self.init(names:droppedHeads:)) }
    public func write(snapshot w: inout SnapshotWriter) { w.write(names, droppedHeads) }
}
