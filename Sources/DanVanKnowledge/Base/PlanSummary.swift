import DanVanText

/// What danvan keeps in memory about every plan: enough to name it in a question and to list it.
public struct PlanSummary: Equatable, Sendable {
    public var id: String
    public var number: String?
    public var date: CalendarDate?
    public var issuer: String
    public var title: String
    public var topics: [String]
    /// Whether the plan comes from the user's library (else it ships in `Data/plans`).
    public var imported: Bool

    /// Folded words of the title, issuer and topics: what "kế hoạch <words>" may name it by.
    public let words: Set<String>

    public init(id: String, number: String?, date: CalendarDate?, issuer: String, title: String, topics: [String], imported: Bool,
                words: Set<String>? = nil) {
        self.id = id
        self.number = number
        self.date = date
        self.issuer = issuer
        self.title = title
        self.topics = topics
        self.imported = imported
        self.words = words ?? Self.words(title: title, issuer: issuer, topics: topics)
    }

    static func words(title: String, issuer: String, topics: [String]) -> Set<String> {
        Set(Tokenizer.foldedWords(title + " " + issuer + " " + topics.joined(separator: " ")))
    }

    public init(_ plan: Plan, imported: Bool) {
        self.init(id: plan.id, number: plan.number, date: plan.date, issuer: plan.issuer, title: plan.title,
                  topics: plan.topics, imported: imported)
    }
}

/// A cited document as indexed: its key for matching a typed reference, and where it is.
public struct IndexedDocument: Equatable, Sendable {
    public var planID: String
    public var index: Int
    public var kind: String
    public var symbol: String?
    public var name: String?
    public var key: DocumentKey

    public init(planID: String, index: Int, document: LegalDocument) {
        self.planID = planID
        self.index = index
        kind = document.kind
        symbol = document.symbol
        name = document.name
        key = DocumentKey(document)
    }

    public init(planID: String, index: Int, kind: String, symbol: String?, name: String?, key: DocumentKey) {
        self.planID = planID
        self.index = index
        self.kind = kind
        self.symbol = symbol
        self.name = name
        self.key = key
    }
}
