import DanVanText

/// The letters of a "số, ký hiệu" read piece by piece: `QĐ-UBND` is a Quyết định of an Ủy ban nhân
/// dân, `NQ-UBTVQH15` a Nghị quyết of the Ủy ban Thường vụ Quốc hội (term 15), `QĐ/TU` a Quyết định
/// of a Tỉnh ủy/Thành ủy. Each piece is named from `Data/vocabulary/document-kinds.yaml` (kinds and
/// issuer codes), else from `Data/glossary.yaml`.
///
///     CompoundSymbol("KH-UBND", kinds: kinds, glossary: glossary)?.pieces.map(\.meaning)
///     // ["Kế hoạch", "Ủy ban nhân dân"]
public struct CompoundSymbol: Equatable, Sendable {
    public enum Role: Equatable, Sendable {
        /// The type of document ("QĐ").
        case kind
        /// The body that issued it ("UBND"), with the term number written after it ("15" of "QH15").
        case issuer(term: Int?)
        /// Another abbreviation of the glossary.
        case term
    }

    public struct Piece: Equatable, Sendable {
        /// As written ("QĐ", "UBTVQH15").
        public var code: String
        /// In full ("Quyết định").
        public var meaning: String
        /// Other kinds the same letters stand for ("Quy định" for a Party QĐ).
        public var alternatives: [String]
        public var role: Role
    }

    /// As written ("QĐ-UBND").
    public var text: String
    public var pieces: [Piece]

    /// Reads `text` as a type of document followed by who issued it; nil unless it has two pieces or more
    /// joined by "-" or "/", the first a kind of document and every other one known.
    public init?(_ text: String, kinds: DocumentKinds, glossary: Glossary) {
        let codes = text.split(whereSeparator: { $0 == "-" || $0 == "/" }).map(String.init)
        guard codes.count >= 2, codes.count <= 4, codes.joined().count + codes.count - 1 == text.count,
              codes.allSatisfy({ $0.first?.isLetter == true && $0.allSatisfy { $0.isLetter || $0.isNumber } }),
              let first = kinds.kind(abbreviation: codes[0]), first.abbreviation != nil else { return nil }
        var pieces = [Piece(code: codes[0], meaning: first.name, alternatives: first.also ?? [], role: .kind)]
        for code in codes.dropFirst() {
            if let issuer = kinds.issuer(code: code) {
                let digits = code.reversed().prefix { $0.isNumber }
                pieces.append(Piece(code: code, meaning: issuer.name, alternatives: [],
                                    role: .issuer(term: digits.isEmpty ? nil : Int(String(digits.reversed())))))
            } else if let entry = glossary.entries.first(where: { e in
                ([e.term] + (e.aliases ?? [])).contains { Folding.fold($0) == Folding.fold(code) }
            }) {
                pieces.append(Piece(code: code, meaning: entry.meaning, alternatives: [], role: .term))
            } else {
                return nil
            }
        }
        self.text = text
        self.pieces = pieces
    }
}
