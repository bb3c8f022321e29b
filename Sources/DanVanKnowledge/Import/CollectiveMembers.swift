import DanVanText

/// Which units a collective unit of a plan stands for, as folded name beginnings:
///
///     "Các Sở, ban, ngành"                       → ["so", "ban", "nganh"]
///     "UBND các xã, phường"                      → ["uy ban nhan dan xa", "uy ban nhan dan phuong", "ubnd xa", "ubnd phuong"]
///     "Ủy ban nhân dân cấp xã"                   → ["uy ban nhan dan xa", "ubnd xa"]
///     "các đơn vị" defined "(gọi tắt là các đơn vị)" after "các sở, ban, ngành, UBND các xã, phường"
///                                                → the beginnings of that list
///     "Các cơ quan, đơn vị"                      → [""] (every unit)
///
/// The words are data (`collectiveDropWords`, `collectiveEveryUnitNouns`, `collectiveTailWords`,
/// `collectiveListJoiners`, `unitWordExpansions`, `adminLevels` in `plan-import.yaml`).
struct CollectiveMembers {
    let vocabulary: PlanVocabulary

    /// The units with `members` filled in for the collective ones.
    func annotate(_ units: [UnitDuties], abbreviations: [Abbreviation]) -> [UnitDuties] {
        units.map { unit in
            guard unit.collective == true else { return unit }
            var u = unit
            let heads = members(of: unit.name, abbreviations: abbreviations)
            u.members = heads.isEmpty ? nil : heads
            return u
        }
    }

    func members(of name: String, abbreviations: [Abbreviation]) -> [String] {
        let key = words(Folding.fold(name)).joined(separator: " ")
        // A short form the plan defines stands for its full form ("các đơn vị" → "các sở, ban, ngành, UBND các xã, phường").
        let written = abbreviations.first { words(Folding.fold($0.short)).joined(separator: " ") == key }?.full ?? name
        let levels = Set(vocabulary.foldedAdminLevels)
        var heads: [String] = []
        for item in items(Folding.fold(written)) {
            var ws = item.flatMap { w in vocabulary.unitWordExpansions[w].map(words) ?? [w] }
            ws = ws.filter { !vocabulary.collectiveDropWords.contains($0) }
            if let tail = tailStart(ws) { ws = Array(ws[..<tail]) }
            guard !ws.isEmpty else { continue }
            let phrase = ws.joined(separator: " ")
            if vocabulary.collectiveEveryUnitNouns.contains(phrase) { return [""] }
            // "…, phường" after "UBND các xã": the same kind of unit at another level.
            if ws.count == 1, levels.contains(phrase), let last = heads.last, let lastWord = last.split(separator: " ").last,
               levels.contains(String(lastWord)), last.contains(" ") {
                heads.append(last.split(separator: " ").dropLast().joined(separator: " ") + " " + phrase)
            } else {
                heads.append(phrase)
            }
        }
        // Also as the short word is typed ("ubnd xa").
        var out: [String] = []
        for h in heads where !out.contains(h) { out.append(h) }
        for h in heads {
            for (short, full) in vocabulary.unitWordExpansions where h == full || h.hasPrefix(full + " ") {
                let variant = short + h.dropFirst(full.count)
                if !out.contains(variant) { out.append(variant) }
            }
        }
        return out
    }

    /// The items of a list of units: split at ",", ";", "/" and the joining words (`collectiveListJoiners`).
    private func items(_ folded: String) -> [[String]] {
        var out: [[String]] = []
        let joiners = Set(vocabulary.collectiveListJoiners)
        for part in folded.split(whereSeparator: { ",;/".contains($0) }) {
            var current: [String] = []
            for w in words(String(part)) {
                if joiners.contains(w) {
                    if !current.isEmpty { out.append(current) }
                    current = []
                } else {
                    current.append(w)
                }
            }
            if !current.isEmpty { out.append(current) }
        }
        return out
    }

    private func tailStart(_ ws: [String]) -> Int? {
        for i in ws.indices {
            for tail in vocabulary.collectiveTailWords {
                let parts = tail.split(separator: " ").map(String.init)
                if i + parts.count <= ws.count, Array(ws[i..<(i + parts.count)]) == parts { return i }
            }
        }
        return nil
    }

    private func words(_ s: String) -> [String] {
        s.lowercased().split { !$0.isLetter && !$0.isNumber }.map(String.init)
    }
}
