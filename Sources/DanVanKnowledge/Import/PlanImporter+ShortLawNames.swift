import DanVanText

extension PlanImporter {
    /// Documents cited by a short form the plan defines, named in full: "theo quy định của Luật NSNN
    /// năm 2025" with "ngân sách nhà nước (NSNN)" earlier becomes "Luật Ngân sách nhà nước", the law's
    /// own name, so a question about "luật ngân sách nhà nước" finds it.
    ///
    /// A law named by an acronym the plan does not define keeps the name as written.
    static func namingShortLaws(_ documents: [LegalDocument], abbreviations: [Abbreviation]) -> [LegalDocument] {
        var out: [LegalDocument] = []
        for d in documents {
            guard d.symbol == nil, let name = d.name, name.hasPrefix(d.kind + " ") else { out.append(d); continue }
            let short = String(name.dropFirst(d.kind.count + 1))
            guard AbbreviationReader.isAcronym(short) else { out.append(d); continue }
            guard let full = abbreviations.first(where: { $0.short == short })?.full, let first = full.first else { out.append(d); continue }
            var named = d
            named.name = d.kind + " " + String(first).uppercased() + full.dropFirst()
            // The same law may also be cited by its full name: keep one, with every citing section.
            appendLaw(named, to: &out)
        }
        return out
    }

    /// Appends a law cited by name, or merges it into the one of the same name already there (its citing
    /// sections added, its date when the other has none).
    static func appendLaw(_ law: LegalDocument, to out: inout [LegalDocument]) {
        if let i = out.firstIndex(where: { $0.symbol == nil && $0.name.map(Folding.fold) == law.name.map(Folding.fold) }) {
            out[i].sections += law.sections.filter { !out[i].sections.contains($0) }
            out[i].date = out[i].date ?? law.date
        } else {
            out.append(law)
        }
    }
}
