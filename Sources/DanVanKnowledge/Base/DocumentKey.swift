import DanVanText

/// A cited document reduced to what identifies it: number, year, letters of its symbol, kind.
public struct DocumentKey: Equatable, Sendable {
    public var number: String?
    public var year: Int?
    /// Letters of the symbol, folded, no separators ("cttg", "ndcp", "qdtw").
    public var letters: String
    public var kindFolded: String
    public var nameFolded: String?

    public init(number: String?, year: Int?, letters: String, kindFolded: String, nameFolded: String?) {
        self.number = number
        self.year = year
        self.letters = letters
        self.kindFolded = kindFolded
        self.nameFolded = nameFolded
    }

    public init(_ doc: LegalDocument) {
        let identity = DocumentSymbol.Identity(doc.symbol ?? "")
        number = identity.number
        year = identity.year
        letters = identity.letters
        kindFolded = Folding.fold(doc.kind)
        nameFolded = doc.name.map { Tokenizer.foldedWords($0).joined(separator: " ") }
    }

    /// Whether the document is of the kind typed: same kind word, or a symbol whose type code is the code.
    /// The identity the matching rule compares (`DocumentSymbol.Identity.matches`).
    public var identity: DocumentSymbol.Identity { DocumentSymbol.Identity(number: number, year: year, letters: letters) }

    public func isKind(_ kind: String, code: String) -> Bool {
        let k = Folding.fold(kind)
        if kindFolded == k { return true }
        // "quy định 23" for "Quyết định 23-QĐ/TW": the symbol's type code decides.
        let c = Folding.fold(code)
        return !c.isEmpty && letters.hasPrefix(c)
    }
}
