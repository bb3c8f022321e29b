import DanVanKnowledge
import DanVanText

extension KnowledgeAnswerer {
    /// The letters of a symbol explained piece by piece: "QĐ = Quyết định; UBND = Ủy ban nhân dân".
    func compound(_ symbol: CompoundSymbol) -> AnswerDocument {
        let lines = symbol.pieces.map { p -> String in
            switch p.role {
            case .kind: return Msg.symbolKindPiece(p.code, p.meaning, alternatives: p.alternatives)
            case .issuer(let term): return Msg.symbolIssuerPiece(p.code, p.meaning, term: term)
            case .term: return Msg.glossaryLine(p.code, p.meaning)
            }
        }
        let summary = symbol.pieces.map { "\($0.code) = \($0.meaning)" }.joined(separator: "; ")
        return AnswerDocument(title: symbol.text, blocks: [.paragraph(Msg.symbolExplained(symbol.text, summary)), .bullets(lines)],
                              source: Msg.symbolSource)
    }
}
