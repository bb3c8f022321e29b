import DanVanText

extension PlanImporter {
    /// A law's name cut at a joining word ("Luật Tiêu chuẩn", read where "và" usually joins two laws) that the
    /// plan also writes whole, as the law an amending law amends ("Luật sửa đổi … của Luật Tiêu chuẩn và quy
    /// chuẩn kỹ thuật"), is that whole name: one document, with every citing section.
    ///
    /// - Parameters:
    ///   - openers: the word before the amended law ("của": `citationIssuerOpeners`).
    ///   - joiners: the words a name was cut at ("và": `nameConnectors`).
    static func joiningCutLawNames(_ documents: [LegalDocument], openers: [String], joiners: [String]) -> [LegalDocument] {
        // The amended laws' whole names, as written: "Luật Tiêu chuẩn và quy chuẩn kỹ thuật".
        var whole: [String] = []
        for d in documents where d.symbol == nil {
            guard let name = d.name else { continue }
            for opener in openers {
                guard let r = name.range(of: " " + opener + " " + d.kind + " ") else { continue }
                // "Luật A, Luật B và Luật C": each amended law by itself.
                var list = [String(name[r.upperBound...])]
                for separator in [", "] + joiners.map { " " + $0 + " " } {
                    list = list.flatMap { $0.components(separatedBy: separator + d.kind + " ") }
                }
                whole += list.filter { !$0.isEmpty }.map { d.kind + " " + $0 }
            }
        }
        guard !whole.isEmpty else { return documents }
        var out: [LegalDocument] = []
        for d in documents {
            var named = d
            if d.symbol == nil, let name = d.name,
               let full = whole.first(where: { w in joiners.contains { w.hasPrefix(name + " " + $0 + " ") } }) {
                named.name = full
            }
            if named.symbol == nil { appendLaw(named, to: &out) } else { out.append(named) }
        }
        return out
    }
}
