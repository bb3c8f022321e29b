import DanVanText

/// Puts text found in capitals (header, signer block, all-caps titles) into Vietnamese writing case.
///
///     caser.organisation("ỦY BAN NHÂN DÂN THÀNH PHỐ HÀ NỘI")   // "Ủy ban nhân dân thành phố Hà Nội"
///     caser.title("PHÓ CHỦ TỊCH")                               // "Phó Chủ tịch"
struct VietnameseCaser {
    let vocabulary: PlanVocabulary
    let kinds: DocumentKinds

    /// An organisation with its place: known organisation names keep their spelling, the level word
    /// ("thành phố", "xã") is lower case and the place name is capitalised word by word.
    func organisation(_ text: String) -> String {
        guard LineShape.isAllCaps(text) else { return text }
        let words = text.split(separator: " ").map(String.init)
        let folded = words.map { Folding.fold($0) }
        // "UBND PHƯỜNG HỒNG BÀNG": an issuer code at the head is written out.
        if let first = words.first, let issuer = kinds.issuer(code: first), issuer.code.count == first.count,
           vocabulary.organisations.contains(issuer.name) {
            return ([issuer.name] + place(Array(words.dropFirst()), Array(folded.dropFirst()), capitaliseFirst: false))
                .joined(separator: " ")
        }
        let names = (vocabulary.organisations + vocabulary.unitHeads + vocabulary.namedUnitHeads)
            .map { ($0, $0.split(separator: " ").map { Folding.fold(String($0)) }) }
            .sorted { $0.1.count > $1.1.count }
        guard let (name, parts) = names.first(where: { Array(folded.prefix($0.1.count)) == $0.1 }) else {
            return place(words, folded, capitaliseFirst: true).joined(separator: " ")
        }
        let rest = Array(words[parts.count...]), restFolded = Array(folded[parts.count...])
        if !vocabulary.organisations.contains(name), !rest.isEmpty, level(at: 0, restFolded) == nil {
            // "SỞ TƯ PHÁP" → "Sở Tư pháp": the name after a unit head starts with a capital.
            return ([name] + capitalisedPhrase(rest)).joined(separator: " ")
        }
        return ([name] + place(rest, restFolded, capitaliseFirst: false)).joined(separator: " ")
    }

    /// "THÀNH PHỐ HÀ NỘI" → ["thành", "phố", "Hà", "Nội"]: the level in lower case, the name capitalised.
    private func place(_ words: [String], _ folded: [String], capitaliseFirst: Bool) -> [String] {
        var out: [String] = []
        var i = 0
        while i < words.count {
            if let length = level(at: i, folded) {
                out.append(contentsOf: words[i..<(i + length)].map { $0.lowercased() })
                out.append(contentsOf: words[(i + length)...].map(capitalised))
                return out
            }
            out.append(i == 0 && capitaliseFirst ? capitalised(words[i]) : words[i].lowercased())
            i += 1
        }
        return out
    }

    /// A signer's title or the title a KT. signs for: "PHÓ CHỦ TỊCH" → "Phó Chủ tịch".
    func title(_ text: String) -> String {
        let key = Folding.fold(text)
        if let known = vocabulary.titles.first(where: { Folding.fold($0) == key }) { return known }
        if let org = vocabulary.organisations.first(where: { Folding.fold($0) == key }) { return org }
        return LineShape.isAllCaps(text) ? sentence(text) : text
    }

    /// A name written in capitals: "ĐÀO ĐỨC VỸ" → "Đào Đức Vỹ".
    func personName(_ text: String) -> String {
        LineShape.isAllCaps(text) ? text.split(separator: " ").map { capitalised(String($0)) }.joined(separator: " ") : text
    }

    /// An all-caps title in sentence case, keeping document symbols, the kind word before them, the
    /// quoted names' first letter and the proper names (`properNames` plus `extraNames`) capitalised.
    func sentenceCaseTitle(_ text: String, extraNames: [String]) -> String {
        guard LineShape.isAllCaps(text) else { return text }
        let original = Array(text)
        var chars = Array(text.lowercased())
        guard chars.count == original.count else { return sentence(text) }
        capitalise(&chars, at: 0)
        for (i, c) in chars.enumerated() where "“\"«‘".contains(c) { capitalise(&chars, at: i + 1) }
        for (_, range) in DocumentSymbol.scan(original, kinds: kinds) {
            for i in range { chars[i] = original[i] }
            capitaliseKindWord(&chars, before: range.lowerBound)
        }
        let lower = String(chars)
        var result = chars
        for name in (vocabulary.properNames + extraNames).sorted(by: { $0.count > $1.count }) {
            let needle = Array(name.lowercased())
            guard needle.count == name.count, !needle.isEmpty else { continue }
            var start = 0
            let hay = Array(lower)
            while start + needle.count <= hay.count {
                if Array(hay[start..<(start + needle.count)]) == needle,
                   start == 0 || !hay[start - 1].isLetter,
                   start + needle.count == hay.count || !hay[start + needle.count].isLetter {
                    for (k, c) in name.enumerated() { result[start + k] = c }
                    start += needle.count
                } else {
                    start += 1
                }
            }
        }
        return String(result)
    }

    /// Lower case with the first letter capitalised.
    func sentence(_ text: String) -> String {
        var chars = Array(text.lowercased())
        capitalise(&chars, at: 0)
        return String(chars)
    }

    func capitalised(_ word: String) -> String {
        var chars = Array(word.lowercased())
        capitalise(&chars, at: 0)
        return String(chars)
    }

    private func capitalisedPhrase(_ words: [String]) -> [String] {
        var out: [String] = []
        var capitaliseNext = true
        for w in words {
            if w == "-" || vocabulary.foldedNameConnectors.contains(Folding.fold(w)) {
                out.append(w.lowercased())
                capitaliseNext = true
                continue
            }
            out.append(capitaliseNext ? capitalised(w) : w.lowercased())
            capitaliseNext = false
        }
        return out
    }

    private func level(at i: Int, _ folded: [String]) -> Int? {
        for level in vocabulary.foldedAdminLevels.sorted(by: { $0.count > $1.count }) {
            let parts = level.split(separator: " ").map(String.init)
            if i + parts.count <= folded.count, Array(folded[i..<(i + parts.count)]) == parts { return parts.count }
        }
        return nil
    }

    private func capitalise(_ chars: inout [Character], at index: Int) {
        var i = index
        while i < chars.count, !chars[i].isLetter { i += 1 }
        guard i < chars.count else { return }
        let upper = String(chars[i]).uppercased()
        if upper.count == 1 { chars[i] = upper.first! }
    }

    /// "nghị quyết số 214/NQ-CP" → "Nghị quyết số 214/NQ-CP".
    private func capitaliseKindWord(_ chars: inout [Character], before index: Int) {
        let before = String(chars[0..<index])
        var words = before.split(separator: " ").map(String.init)
        if let last = words.last, vocabulary.foldedNumberWords.contains(Folding.fold(last)) { words.removeLast() }
        for length in [3, 2, 1] where words.count >= length {
            let phrase = words.suffix(length).joined(separator: " ")
            guard kinds.kind(named: phrase) != nil, Folding.fold(phrase).contains(" ") || length == 1 else { continue }
            let offset = words.dropLast(length).reduce(0) { $0 + $1.count + 1 }
            capitalise(&chars, at: offset)
            return
        }
    }
}
