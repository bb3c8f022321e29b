import DanVanText
import Foundation

/// Abbreviations and terms a new staffer meets (`Data/glossary.yaml`).
public struct Glossary: Sendable {
    public struct Entry: Codable, Equatable, Sendable {
        public var term: String
        public var aliases: [String]?
        public var meaning: String
    }
    public var entries: [Entry]
    /// Folded token sequences → entry index, longest first.
    let patterns: [(tokens: [String], index: Int)]
    /// Full names ("hội đồng nhân dân") → entry index: what "… viết tắt là gì" asks about.
    let names: [(tokens: [String], index: Int)]

    /// `text` with each acronym's meaning replaced by the acronym ("Ủy ban nhân dân xã A" → "UBND xã A"),
    /// for the entries whose term is an acronym and whose meaning is a name (no parenthesis, no colon);
    /// the meaning is found whatever its case and tone-mark spelling ("ỦY BAN", "Uỷ ban").
    public func abbreviating(_ text: String) -> String {
        // Runs at every start for each unit of the plans: a folded `contains` first (cheap), Foundation's
        // case- and diacritic-insensitive search only where the name is there.
        let folded = Folding.fold(text)
        var s = text
        for (term, meaning, foldedMeaning) in acronyms where folded.contains(foldedMeaning) {
            while let r = s.range(of: meaning, options: [.caseInsensitive, .diacriticInsensitive]) {
                s.replaceSubrange(r, with: term)
            }
        }
        return s
    }

    /// The entries whose term is an acronym and whose meaning is a name: (term, meaning, folded meaning).
    let acronyms: [(term: String, meaning: String, folded: String)]

    public init(entries: [Entry]) {
        self.entries = entries
        acronyms = entries.filter { e in
            e.term.count >= 2 && e.term.allSatisfy({ $0.isUppercase }) && e.meaning.utf8.contains(0x20)
                && !Self.has(anyOf: "(:;,", in: e.meaning)
        }.map { ($0.term, $0.meaning, Folding.fold($0.meaning)) }
        var p: [(tokens: [String], index: Int)] = []
        var n: [(tokens: [String], index: Int)] = []
        for (i, e) in entries.enumerated() {
            for form in [e.term] + (e.aliases ?? []) {
                let t = Tokenizer.foldedWords(form)
                if !t.isEmpty { p.append((t, i)) }
            }
            let meaning = Tokenizer.foldedWords(e.meaning)
            if (2...6).contains(meaning.count), !Self.has(anyOf: "()\"“:;", in: e.meaning) { n.append((meaning, i)) }
        }
        names = n.sorted { $0.tokens.count > $1.tokens.count }
        patterns = p.sorted { $0.tokens.count > $1.tokens.count }
    }

    /// Whether `text` has one of `marks` (characters of one scalar each) as a character. Runs at every
    /// start for each entry: the scalars are scanned first, Characters only when one of the marks is there.
    static func has(anyOf marks: String, in text: String) -> Bool {
        guard text.unicodeScalars.contains(where: { marks.unicodeScalars.contains($0) }) else { return false }
        return text.contains(where: { marks.contains($0) })
    }

    /// Terms written in `tokens` (exact, no typo tolerance: codes are short), with their spans.
    ///
    /// - Parameter typed: the tokens as typed (NFC, with diacritics), parallel to `tokens`. A short code
    ///   (three letters or fewer) then counts only when typed as the code is written ("QĐ", "qđ", "QD")
    ///   and not as a word that folds alike ("đã" is not "ĐA").
    /// - Parameter lenient: a short form typed in lower case that is also a word ("tu", "da") counts too: the
    ///   question is about the short form alone ("tu là gì").
    public func mentions(in tokens: [String], typed: [String]? = nil, lenient: Bool = true) -> [(entry: Entry, span: Range<Int>)] {
        var found: [(Entry, Range<Int>)] = []
        var used = Set<Int>()
        for (pattern, index) in patterns {
            guard pattern.count <= tokens.count else { continue }
            for start in 0...(tokens.count - pattern.count)
            where tokens[start] == pattern[0] && tokens[start..<start + pattern.count].elementsEqual(pattern) {
                let span = start..<start + pattern.count
                if span.contains(where: used.contains) { continue }
                if let typed, pattern.count == 1, pattern[0].count <= 3, start < typed.count,
                   !Self.typedAsCode(typed[start], forms: [entries[index].term] + (entries[index].aliases ?? []), lenient: lenient) { continue }
                used.formUnion(span)
                found.append((entries[index], span))
            }
        }
        return found.sorted { $0.1.lowerBound < $1.1.lowerBound }
    }

    /// Entries whose full name is written in `tokens` ("hội đồng nhân dân" → HĐND), longest first.
    public func nameMentions(in tokens: [String]) -> [(entry: Entry, span: Range<Int>)] {
        var found: [(Entry, Range<Int>)] = []
        for (pattern, index) in names where pattern.count <= tokens.count {
            for start in 0...(tokens.count - pattern.count) where tokens[start..<start + pattern.count].elementsEqual(pattern) {
                let span = start..<start + pattern.count
                if found.contains(where: { $0.1.overlaps(span) }) { continue }
                found.append((entries[index], span))
            }
        }
        return found
    }

    /// Whether a word typed as `typed` stands for a short form written `forms` ("TU", "QĐ"): typed in capitals,
    /// or vowel-less ("qd", "qđ", "kt": no Vietnamese word folds to it). Typed in lower case with a vowel ("tu",
    /// "đa") it is a word ("từ", "đa dạng") unless `lenient` and spelled as a form.
    public static func typedAsCode(_ typed: String, forms: [String], lenient: Bool) -> Bool {
        let t = Folding.nfc(typed)
        if t.count >= 2, t == t.uppercased() { return true }
        if !Folding.fold(t).contains(where: { "aeiouy".contains($0) }) { return true }
        let spelled = forms.map { Folding.nfc($0).lowercased().trimmingCharacters(in: CharacterSet(charactersIn: ".")) }
        return lenient && spelled.contains(t.lowercased())
    }
}

// The start-up snapshot keeps the glossary with its tables as built (`StartupSnapshot.Contents`): a start
// from it folds no term again. Every stored table, in declaration order (`SnapshotDerivedTests`).
extension Glossary: SnapshotCodable {
    public init(snapshot r: inout SnapshotReader) throws {
        entries = try r.read()
        let patternTokens: [[String]] = try r.read(), patternEntries: [Int] = try r.read()
        let nameTokens: [[String]] = try r.read(), nameEntries: [Int] = try r.read()
        let terms: [String] = try r.read(), meanings: [String] = try r.read(), folded: [String] = try r.read()
        guard patternTokens.count == patternEntries.count, nameTokens.count == nameEntries.count,
              terms.count == meanings.count, terms.count == folded.count,
              (patternEntries + nameEntries).allSatisfy(entries.indices.contains) else { throw r.corrupt() }
        patterns = zip(patternTokens, patternEntries).map { (tokens: $0, index: $1) }
        names = zip(nameTokens, nameEntries).map { (tokens: $0, index: $1) }
        acronyms = (0..<terms.count).map { (term: terms[$0], meaning: meanings[$0], folded: folded[$0]) }
    }

    public func write(snapshot w: inout SnapshotWriter) {
        w.write(entries, patterns.map(\.tokens), patterns.map(\.index), names.map(\.tokens), names.map(\.index))
        w.write(acronyms.map(\.term), acronyms.map(\.meaning), acronyms.map(\.folded))
    }
}
