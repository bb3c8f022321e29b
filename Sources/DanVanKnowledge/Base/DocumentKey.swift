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
        let parsed = TypedSymbol(Tokenizer.foldedWords(doc.symbol ?? "").joined(separator: "/"))
        number = parsed.number
        year = parsed.year
        letters = parsed.letters
        kindFolded = Folding.fold(doc.kind)
        nameFolded = doc.name.map { Tokenizer.foldedWords($0).joined(separator: " ") }
    }

    /// Whether the document is of the kind typed: same kind word, or a symbol whose type code is the code.
    public func isKind(_ kind: String, code: String) -> Bool {
        let k = Folding.fold(kind)
        if kindFolded == k { return true }
        // "quy định 23" for "Quyết định 23-QĐ/TW": the symbol's type code decides.
        let c = Folding.fold(code)
        return !c.isEmpty && letters.hasPrefix(c)
    }
}

/// A number or symbol as typed ("3177", "59/2023", "33/ct-ttg", "96/2023/ndcp", "1669/nqubtvqh15").
public struct TypedSymbol: Sendable {
    public var number: String?
    public var year: Int?
    public var letters: String
    public var display: String

    public init(_ token: String) {
        display = token.uppercased()
        let groups = token.split(whereSeparator: { $0 == "/" || $0 == "-" }).map(String.init)
        var number: String?
        var year: Int?
        var letters = ""
        for (i, g) in groups.enumerated() {
            if g.allSatisfy(\.isNumber) {
                if i == 0 { number = String(g.drop { $0 == "0" }.isEmpty ? g : String(g.drop { $0 == "0" })) }
                else if g.count == 4, year == nil { year = Int(g) }
            } else {
                letters += g
            }
        }
        self.number = number
        self.year = year
        self.letters = letters
    }

    public var hasLetters: Bool { !letters.isEmpty }

    /// Same number; same year when both have one; typed letters a prefix of (or equal to) the document's.
    public func matches(_ key: DocumentKey) -> Bool {
        guard let number, number == key.number else { return false }
        if let year, let other = key.year, year != other { return false }
        if year != nil, key.year == nil { return false }
        if hasLetters {
            let typed = letters.filter { !$0.isNumber }
            let theirs = key.letters.filter { !$0.isNumber }
            return theirs.hasPrefix(typed) || typed.hasPrefix(theirs) && !theirs.isEmpty
        }
        return true
    }
}
