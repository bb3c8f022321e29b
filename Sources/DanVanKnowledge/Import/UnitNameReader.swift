import DanVanText

/// Reads the unit names a phrase starts with: "Sở Khoa học và Công nghệ, UBND xã, phường theo dõi…".
///
///     reader.read("Sở Tư pháp; các cơ quan, đơn vị liên quan.")?.units
///     // ["Sở Tư pháp", "Các cơ quan, đơn vị liên quan"]
///
/// A name starts with a head (`unitHeads`, a `namedUnitHeads` word before a capitalised name, or
/// "các" before a unit noun) and runs until a lower-case word of `unitStopWords` (what the unit does),
/// a number, or a ";", ":", "." , "(" that ends the phrase. A comma, a semicolon or "và" before a new
/// head starts the next unit of a list; before anything else the comma belongs to the name
/// ("Các Sở, ban, ngành").
struct UnitNameReader {
    let vocabulary: PlanVocabulary
    private let heads: [[String]]
    private let named: Set<String>
    private let determiners: Set<String>
    private let pluralNouns: [[String]]
    private let stops: [[String]]
    private let continuations: [[String]]
    private let leadIns: [[String]]
    private let numberWords: [[String]]
    private let compoundSuffixes: [[String]]

    init(vocabulary: PlanVocabulary) {
        self.vocabulary = vocabulary
        heads = vocabulary.unitHeads.map { $0.split(separator: " ").map(String.init) }.sorted { $0.count > $1.count }
        named = Set(vocabulary.namedUnitHeads)
        determiners = Set(vocabulary.pluralUnitDeterminers)
        pluralNouns = vocabulary.pluralUnitNouns.map(Self.words).sorted { $0.count > $1.count }
        stops = vocabulary.unitStopWords.map { Self.words($0.lowercased()) }.sorted { $0.count > $1.count }
        continuations = vocabulary.unitNameContinuations.map { Self.words($0.lowercased()) }.sorted { $0.count > $1.count }
        leadIns = vocabulary.unitLeadIns.map(Self.words).sorted { $0.count > $1.count }
        numberWords = vocabulary.unitNumberWords.map(Self.words)
        compoundSuffixes = vocabulary.localSuffixCompounds.map(Self.words)
    }

    static func words(_ folded: String) -> [String] { folded.split(separator: " ").map(String.init) }

    /// A word and its trailing punctuation, as written and folded.
    struct Word {
        var text: String
        var folded: String
        var trailing: String
        var leading: String
    }

    /// The units at the start of `text` and what follows them.
    struct Reading {
        var units: [String]
        /// The text after the names (a verb phrase, "chủ trì, phối hợp với …"), without a parenthesis.
        var rest: String
    }

    static func split(_ text: String) -> [Word] {
        text.split(separator: " ").map { raw in
            var s = Substring(raw)
            var trailing = ""
            while let last = s.last, ",;:.)!?”\"".contains(last) { trailing = String(last) + trailing; s.removeLast() }
            var leading = ""
            while let first = s.first, "(“\"".contains(first) { leading.append(first); s.removeFirst() }
            return Word(text: String(s), folded: FastFold.fold(s), trailing: trailing, leading: leading)
        }
    }

    /// Whether `text` starts with a unit name (after a lead-in such as "Giao", "Đề nghị").
    func startsWithUnit(_ text: String) -> Bool { read(text) != nil }

    func read(_ text: String) -> Reading? {
        let words = Self.split(text)
        var i = 0
        if let length = match(leadIns, in: words, at: 0, foldedOnly: true), headLength(words, at: length) != nil { i = length }
        guard headLength(words, at: i) != nil else { return nil }
        var units: [String] = []
        var current: [Word] = []
        var end = i
        var stopped = false
        var protectedUntil = i
        while i < words.count {
            let w = words[i]
            if current.isEmpty, let h = headLength(words, at: i) {
                protectedUntil = i + h + (determiners.contains(w.text) ? (match(pluralNouns, in: words, at: i + 1, foldedOnly: true) ?? 0) : 0)
            }
            if w.leading.contains("(") {
                // A parenthesis after a name explains it: skip it, it ends the list.
                var j = i
                while j < words.count, !words[j].trailing.contains(")") { j += 1 }
                end = min(j + 1, words.count)
                stopped = true
                break
            }
            // "các cơ quan, tổ chức có liên quan": a unit noun after a comma continues the list.
            let listNoun = i > 0 && words[i - 1].trailing.contains(",") && match(pluralNouns, in: words, at: i, foldedOnly: true) != nil
            // "Ngân hàng Nhà nước chi nhánh khu vực 14": a number after a numbering word is part of the name.
            let numbered = w.text.first?.isNumber == true && i > 0 && words[i - 1].trailing.isEmpty
                && numberWords.contains { phrase in i >= phrase.count && Array(words[(i - phrase.count)..<i].map(\.folded)) == phrase }
            if !current.isEmpty, i >= protectedUntil, !listNoun, !numbered, isStop(words, at: i) || w.text.first?.isNumber == true {
                end = i
                stopped = true
                break
            }
            // "Văn phòng HĐND và UBND" is one name: "và" between two acronyms does not start a unit.
            let acronyms = i > 0 && i + 1 < words.count && Self.isAcronym(words[i - 1].text) && Self.isAcronym(words[i + 1].text)
            if !current.isEmpty, vocabulary.foldedNameConnectors.contains(w.folded), !acronyms, headLength(words, at: i + 1) != nil {
                units.append(join(current))
                current = []
                i += 1
                continue
            }
            current.append(w)
            i += 1
            end = i
            if w.trailing.contains(";") || w.trailing.contains(",") {
                if headLength(words, at: i) != nil {
                    units.append(join(current))
                    current = []
                } else if w.trailing.contains(";") {
                    stopped = true
                    break
                }
            }
            if w.trailing.contains(":") || w.trailing.contains(".") || w.trailing.contains(")") {
                stopped = true
                break
            }
            if current.count > 24 { return nil }
        }
        _ = stopped
        if !current.isEmpty { units.append(join(current)) }
        let names = units.map(clean).filter { !$0.isEmpty }
        guard !names.isEmpty else { return nil }
        let rest = words[end...].map { $0.leading + $0.text + $0.trailing }.joined(separator: " ")
        return Reading(units: names, rest: rest.trimmingCharacters(in: CharacterSet(charactersIn: " :,.;")))
    }

    static func isAcronym(_ word: String) -> Bool {
        word.count >= 2 && word.allSatisfy { $0.isLetter && $0.isUppercase }
    }

    /// Whether the name stands for many units: "các"/"những" before a unit noun ("UBND các xã, phường",
    /// "Các Sở, ban, ngành", not "Ban Quản lý các khu công nghệ cao"), or a `collectiveMarkers` phrase
    /// ("Ủy ban nhân dân cấp xã", "Sở, ban, ngành thành phố").
    func isCollective(_ name: String) -> Bool {
        let folded = Folding.fold(name).split { !$0.isLetter && !$0.isNumber }.map(String.init)
        let text = " " + folded.joined(separator: " ") + " "
        if vocabulary.collectiveMarkers.contains(where: { text.contains(" " + $0 + " ") }) { return true }
        // "Các Sở, ban, ngành": a determiner first; "UBND các xã, phường": before an administrative level.
        // "Ban Quản lý các khu công nghệ cao", "Liên hiệp các Hội …" are single units.
        let determiners = Set(vocabulary.pluralUnitDeterminers.map(Folding.fold))
        let levels = vocabulary.foldedAdminLevels.map(Self.words)
        for (k, w) in folded.enumerated() where determiners.contains(w) {
            let next = Array(folded[(k + 1)...])
            if k == 0, pluralNouns.contains(where: { next.starts(with: $0) }) { return true }
            if levels.contains(where: { next.starts(with: $0) }) { return true }
        }
        return false
    }

    /// Whether the name starts with a plural determiner ("các tổ chức …", "Các doanh nghiệp …").
    func startsWithDeterminer(_ name: String) -> Bool {
        guard let first = name.split(separator: " ").first else { return false }
        return determiners.contains(String(first))
    }

    /// Whether a unit name means every office ("Các phòng, đơn vị…", "các Sở, ban, ngành").

    func isAllUnits(_ name: String) -> Bool {
        let folded = Folding.fold(name)
        return vocabulary.allUnitsPrefixes.contains { folded.hasPrefix($0) }
    }

    private func join(_ words: [Word]) -> String {
        words.enumerated().map { index, w in
            w.leading + w.text + (index == words.count - 1 ? "" : w.trailing)
        }.joined(separator: " ")
    }

    /// Trailing punctuation off, first letter capitalised, "of this commune" off a proper name.
    private func clean(_ name: String) -> String {
        var s = name.trimmingCharacters(in: CharacterSet(charactersIn: " ,;:.-"))
        if let first = s.first, first.isLowercase {
            s = String(first).uppercased() + s.dropFirst()
        }
        let words = s.split(separator: " ").map(String.init)
        let headWords = headLength(Self.split(s), at: 0) ?? 1
        let descriptive = determiners.contains(String(words.first ?? ""))
            || determiners.contains(where: { $0.lowercased() == words.first?.lowercased() })
        let rest = words.dropFirst(headWords)
        let isProper = !descriptive && rest.contains { $0.first?.isUppercase == true }
        if isProper, words.count > headWords + 1 {
            // "Phòng Văn hóa - Xã hội xã": a proper name; "Các phòng … thuộc UBND xã" keeps its "xã".
            for suffix in vocabulary.localSuffixes.map(Self.words) where words.count > suffix.count {
                let tail = words.suffix(suffix.count).map { Folding.fold($0) }
                // "Liên minh Hợp tác xã": "xã" ends the compound "hợp tác xã", it is not "of this commune".
                let before = words.dropLast(suffix.count).map { Folding.fold($0) }
                var compound = false
                for c in compoundSuffixes where before.count >= c.count && Array(before[(before.count - c.count)...]) == c {
                    compound = true
                }
                if tail == suffix, !compound, words[words.count - suffix.count].first?.isLowercase == true {
                    return words.dropLast(suffix.count).joined(separator: " ")
                }
            }
        }
        return s
    }

    /// The number of words of the head at `i`, or nil when no unit starts there.
    func headLength(_ words: [Word], at i: Int) -> Int? {
        guard i < words.count else { return nil }
        let w = words[i]
        if determiners.contains(w.text) {
            return match(pluralNouns, in: words, at: i + 1, foldedOnly: true).map { _ in 1 }
        }
        // Full heads first: "Viện kiểm sát" is a unit although "Viện" alone needs a capitalised name.
        for head in heads where i + head.count <= words.count {
            var ok = true
            for (k, part) in head.enumerated() {
                let word = words[i + k]
                // A head written with commas ("Sở, ban, ngành") matches them.
                let comma = part.hasSuffix(",")
                let bare = comma ? String(part.dropLast()) : part
                if word.text != bare && word.text != bare.uppercased() { ok = false; break }
                if comma ? word.trailing != "," : (k < head.count - 1 && !word.trailing.isEmpty) { ok = false; break }
            }
            if ok { return head.count }
        }
        if named.contains(w.text) || named.contains(where: { $0.uppercased() == w.text && w.text.count > 1 }) {
            guard !w.trailing.contains(","), i + 1 < words.count else { return nil }
            let next = words[i + 1]
            if next.text.first?.isUppercase == true { return 1 }
            if vocabulary.foldedNameConnectors.contains(next.folded), i + 2 < words.count, words[i + 2].text.first?.isUppercase == true { return 1 }
            return nil
        }
        return nil
    }

    private func isStop(_ words: [Word], at i: Int) -> Bool {
        guard words[i].text.first?.isLowercase == true else { return false }
        if match(continuations, in: words, at: i, foldedOnly: false) != nil { return false }
        return match(stops, in: words, at: i, foldedOnly: false) != nil
    }

    /// The length of the first phrase of `phrases` (folded words) found at `i`.
    private func match(_ phrases: [[String]], in words: [Word], at i: Int, foldedOnly: Bool) -> Int? {
        for phrase in phrases where i + phrase.count <= words.count {
            var ok = true
            for (k, part) in phrase.enumerated() {
                let w = foldedOnly ? words[i + k].folded : words[i + k].text.lowercased()
                if w != part { ok = false; break }
                if k < phrase.count - 1, !words[i + k].trailing.isEmpty { ok = false; break }
            }
            if ok { return phrase.count }
        }
        return nil
    }
}

import Foundation
