import DanVanKnowledge

extension EntityExtractor {
    /// The letters of a document symbol written alone ("QĐ-UBND", "NQ-UBTVQH15", "QĐ/TU"): a glossary
    /// term explained piece by piece (`CompoundSymbol`). Words joined by "-" or "/" without spaces, or
    /// one token holding the separator; a symbol with its number ("3177/QĐ-UBND") is a document instead.
    func compoundSymbols(_ q: NormalizedQuestion, used: Set<Int>) -> [Entity] {
        let chars = Array(q.text)
        var out: [Entity] = []
        // Read once, and only for a word holding "-" or "/" (`CompoundSymbol` needs two codes at least).
        var glossary: Glossary?
        var i = 0
        while i < q.spans.count {
            var j = i
            while j + 1 < q.spans.count, q.spans[j].end + 1 == q.spans[j + 1].start, q.spans[j + 1].start <= chars.count,
                  chars[q.spans[j].end] == "-" || chars[q.spans[j].end] == "/" {
                j += 1
            }
            let span = i..<(j + 1)
            let start = q.spans[i].start, end = q.spans[j].end
            if !span.contains(where: used.contains), start < end, end <= chars.count {
                let text = String(chars[start..<end])
                if text.contains(where: { $0 == "-" || $0 == "/" }) {
                    let terms = glossary ?? knowledge.glossary
                    glossary = terms
                    if let symbol = CompoundSymbol(text, kinds: knowledge.documentKinds, glossary: terms) {
                        out.append(Entity(kind: .term, value: .text(symbol.text), span: span))
                    }
                }
            }
            i = j + 1
        }
        return out
    }
}
