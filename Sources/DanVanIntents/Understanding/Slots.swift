import DanVanKnowledge

/// The typed slots of an understanding: at most one entity of each kind the question (or the
/// conversation) supplied.
///
///     slots.unit      // "Phòng Kinh tế"
///     slots.round     // 2
///     slots.document  // DocumentMention for "chỉ thị 33"
public struct Slots: Sendable, Equatable {
    private var values: [EntityKind: Entity] = [:]

    public init() {}

    public init(_ entities: [Entity]) {
        for e in entities where values[e.kind] == nil { values[e.kind] = e }
    }

    public subscript(kind: EntityKind) -> Entity? {
        get { values[kind] }
        set { values[kind] = newValue }
    }

    public var isEmpty: Bool { values.isEmpty }
    public var kinds: [EntityKind] { EntityKind.allCases.filter { values[$0] != nil } }
    public var entities: [Entity] { kinds.compactMap { values[$0] } }

    public var document: DocumentMention? { values[.document]?.documentMention }
    public var documentKind: String? { values[.documentKind]?.text }
    public var issuer: String? { values[.issuer]?.text }
    public var unit: String? { values[.unit]?.text }
    public var round: Int? { values[.round]?.number }
    public var plan: String? { values[.plan]?.text }
    public var term: String? { values[.term]?.text }
    public var topic: String? { values[.topic]?.text }
    public var person: String? { values[.person]?.text }
    /// A section id as plans write it ("III", "II.1").
    public var section: String? { values[.section]?.text }
    /// Years a list is limited to ("từ năm 2022 trở đi").
    public var years: YearRange? { if case .years(let y)? = values[.years]?.value { return y } else { return nil } }

    /// The slots without `kind`.
    public func removing(_ kind: EntityKind) -> Slots {
        var s = self
        s.values[kind] = nil
        return s
    }

    /// Slot name → value as shown, for `--json` and `--explain`.
    public var display: [String: String] {
        Dictionary(uniqueKeysWithValues: values.map { ($0.key.slotName, $0.value.display) })
    }
}

extension EntityKind {
    /// The slot's name in `--json` (`kind` for a document kind; the entity's name otherwise).
    public var slotName: String { self == .documentKind ? "kind" : rawValue }
}

extension Entity {
    public var text: String? { if case .text(let s) = value { return s } else { return nil } }
    public var number: Int? { if case .number(let n) = value { return n } else { return nil } }
    public var documentMention: DocumentMention? { if case .document(let d) = value { return d } else { return nil } }
}
