import DanVanText

extension DocumentSymbol {
    /// What identifies a document whatever the spelling of its "số, ký hiệu": the number without
    /// leading zeros, the year, and the letters of its type and issuer, folded, without separators.
    ///
    /// The same value comes from the importer's parsed symbol (`DocumentSymbol.identity`), from a
    /// cited document's symbol as stored, and from what a person types:
    ///
    ///     Identity("59/2023/NĐ-CP") == Identity("059/2023/ndcp")       // true
    ///     Identity("33/ct").matches(Identity("33/CT-TTg"))              // true: a prefix of the letters
    ///     Identity("16/CT-TTg").matches(Identity("16/2016/CT-TTg"))     // true: one of them has no year
    ///     Identity("59/2022").matches(Identity("59/2023/NĐ-CP"))        // false: years differ
    public struct Identity: Hashable, Sendable, CustomStringConvertible {
        public var number: String?
        public var year: Int?
        /// Type and issuer letters, folded, no separators ("cttg", "ndcp", "qdtw", "qh15").
        public var letters: String

        public init(number: String?, year: Int?, letters: String) {
            self.number = number
            self.year = year
            self.letters = letters
        }

        /// Reads any written form: `33/CT-TTg`, `59/2023/NĐ-CP`, `114-KL/TW`, `96/2023/NĐCP`, `59/2023`,
        /// `1669/nqubtvqh15`, folded or not, with spaces around the separators.
        public init(_ text: String) {
            let folded = Folding.fold(text).filter { !$0.isWhitespace }
            let groups = folded.split(whereSeparator: { $0 == "/" || $0 == "-" }).map(String.init)
            var number: String?
            var year: Int?
            var letters = ""
            for (i, g) in groups.enumerated() {
                if g.allSatisfy(\.isNumber) {
                    if i == 0 { number = DocumentSymbol.trimZeros(g) }
                    else if g.count == 4, year == nil { year = Int(g) }
                } else {
                    letters += g
                }
            }
            self.init(number: number, year: year, letters: Self.letters(of: letters))
        }

        static func letters(of text: String) -> String {
            Folding.fold(text).filter { $0.isLetter || $0.isNumber }
        }

        public var hasLetters: Bool { !letters.isEmpty }

        /// The one matching rule: the same number; the same year when both give one (a typed year the
        /// document lacks does not match); typed letters a prefix of the document's, or the reverse.
        public func matches(_ document: Identity) -> Bool {
            guard let number, number == document.number else { return false }
            if let year, let other = document.year, year != other { return false }
            if year != nil, document.year == nil { return false }
            if hasLetters {
                let typed = letters.filter { !$0.isNumber }
                let theirs = document.letters.filter { !$0.isNumber }
                return theirs.hasPrefix(typed) || typed.hasPrefix(theirs) && !theirs.isEmpty
            }
            return true
        }

        public var description: String { [number ?? "", year.map(String.init) ?? "", letters].joined(separator: "|") }
    }
}
