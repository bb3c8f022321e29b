import DanVanKnowledge

/// Something the question names: a document, a unit, a report round…, with the words it spans.
public struct Entity: Equatable, Sendable {
    public var kind: EntityKind
    public var value: EntityValue
    /// Token indices in the normalised question.
    public var span: Range<Int>
    /// For a short form ("bc", "vb"), the folded words it stands for ("bao cao"): what the other
    /// intents' keywords read in its place, so "bc lần 1 nộp khi nào" is a deadline question while
    /// "bc là gì" stays a glossary one.
    public var expansion: [String]?

    public init(kind: EntityKind, value: EntityValue, span: Range<Int>, expansion: [String]? = nil) {
        self.kind = kind
        self.value = value
        self.span = span
        self.expansion = expansion
    }

    /// The value as a short display string (for `--explain` and slots in JSON).
    public var display: String {
        switch value {
        case .text(let s): return s
        case .number(let n): return String(n)
        case .document(let d): return d.typed
        case .years(let y): return y.display
        }
    }
}

public enum EntityValue: Equatable, Sendable {
    case text(String)
    case number(Int)
    case document(DocumentMention)
    /// Years a list is limited to ("từ năm 2022 trở đi").
    case years(YearRange)
}

/// A document as the question names it, and the cited documents it matches.
public struct DocumentMention: Equatable, Sendable {
    /// How to name it back to the person ("Chỉ thị 45", "33/CT-TTg").
    public var typed: String
    public var kind: String?
    public var number: String?
    public var year: Int?
    /// Matching documents, in every plan that cites them.
    public var matches: [DocumentLocator] = []
}

extension IndexedDocument {
    public var locator: DocumentLocator { DocumentLocator(planID: planID, index: index) }
}

/// Where a cited document is: which plan, which entry of its `documents`.
public struct DocumentLocator: Equatable, Hashable, Sendable {
    public var planID: String
    public var index: Int
}
