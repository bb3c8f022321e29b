import DanVanText
import Foundation

/// Finds the short forms a plan defines, each once, in order:
///
///     "… dự toán ngân sách nhà nước (NSNN) năm 2025"         → NSNN: ngân sách nhà nước
///     "… chương trình, dự án chuyển đổi số (gọi tắt là CĐS)" → CĐS: chuyển đổi số
///     "… ban hành Kế hoạch phát động phong trào thi đua … (gọi tắt là Kế hoạch thi đua)"
///                                                            → Kế hoạch thi đua: Kế hoạch phát động …
///
/// An acronym in parentheses counts only when the initials of the words before it spell it (so "(AI)"
/// after a Vietnamese name is not taken); a "gọi tắt là" phrase (`abbreviationCues`) defines any short form.
struct AbbreviationReader {
    let vocabulary: PlanVocabulary
    let units: UnitNameReader
    private(set) var result: [Abbreviation] = []
    private var seen: Set<String> = []

    init(vocabulary: PlanVocabulary) {
        self.vocabulary = vocabulary
        self.units = UnitNameReader(vocabulary: vocabulary)
    }

    mutating func read(_ text: String, section: String) {
        guard text.contains("(") else { return }
        var searchFrom = text.startIndex
        while let open = text[searchFrom...].firstIndex(of: "("),
              let close = text[open...].firstIndex(of: ")") {
            let inside = String(text[text.index(after: open)..<close]).trimmingSpaces()
            if inside.count <= 120, let found = definition(inside: inside, before: text[..<open]) {
                add(found.short, found.full, section)
            } else if inside.count <= 120 {
                for found in headedAcronym(inside: inside, before: text[..<open]) { add(found.short, found.full, section) }
            }
            searchFrom = text.index(after: close)
        }
    }

    private mutating func add(_ short: String, _ full: String, _ section: String) {
        let key = Folding.fold(short)
        guard !full.isEmpty, seen.insert(key).inserted else { return }
        result.append(Abbreviation(short: short, full: full, section: section))
    }

    private func definition(inside: String, before: Substring) -> (short: String, full: String)? {
        let folded = Folding.fold(inside)
        for cue in vocabulary.abbreviationCues {
            guard let r = folded.range(of: cue + " ") else { continue }
            let offset = folded.distance(from: folded.startIndex, to: r.upperBound)
            let short = String(inside.dropFirst(offset)).trimmingCharacters(in: CharacterSet(charactersIn: " .,;:\"“”"))
            guard !short.isEmpty, short.split(separator: " ").count <= 8 else { return nil }
            if Self.isAcronym(short), let full = Self.spelled(short, before: before) { return (short, full) }
            return fullForm(of: short, before: String(before)).map { (short, $0) }
        }
        guard Self.isAcronym(inside), let full = Self.spelled(inside, before: before) else { return nil }
        return (inside, full)
    }

    /// "Chương trình mục tiêu quốc gia phòng, chống ma túy đến năm 2030 (Chương trình MTQG)": a short
    /// form made of the full name's first words and an acronym of the words right after them. Both are
    /// defined: the short form (the whole name) and the acronym ("MTQG": "mục tiêu quốc gia").
    private func headedAcronym(inside: String, before: Substring) -> [(short: String, full: String)] {
        let parts = inside.split(separator: " ").map(String.init)
        guard parts.count >= 2, parts.count <= 5, let acronym = parts.last, Self.isAcronym(acronym) else { return [] }
        let head = parts.dropLast().map(Folding.fold)
        let letters = Array(Folding.fold(acronym).filter(\.isLetter))
        guard letters.count == acronym.filter(\.isLetter).count else { return [] }
        let words = before.suffix(400).split(separator: " ").map(String.init)
        let folded = words.map { Folding.fold($0).trimmingCharacters(in: .punctuationCharacters) }
        // The head's last use before the parenthesis, followed by the words the acronym spells.
        for start in stride(from: words.count - head.count - letters.count, through: 0, by: -1) {
            guard Array(folded[start..<(start + head.count)]) == head else { continue }
            let spelled = words[(start + head.count)..<(start + head.count + letters.count)]
            guard spelled.compactMap({ Folding.fold($0).first }) == letters,
                  !spelled.dropLast().contains(where: { $0.hasSuffix(",") || $0.hasSuffix(";") }) else { continue }
            let trim = CharacterSet(charactersIn: " ,;:“”\"")
            let expansion = spelled.joined(separator: " ").trimmingCharacters(in: trim)
            let full = words[start...].joined(separator: " ").trimmingCharacters(in: trim)
            return [(inside, full), (acronym, expansion)]
        }
        return []
    }

    /// The longest run of unit names that ends the text ("Phòng Văn hóa - Xã hội, Trạm Y tế phường").
    private func unitList(endingAt text: String) -> String? {
        let clauseStart = text.lastIndex { ";:.".contains($0) }.map { text.index(after: $0) } ?? text.startIndex
        let words = text[clauseStart...].split(separator: " ")
        for start in words.indices.suffix(30) {
            let candidate = words[start...].joined(separator: " ")
            if let reading = units.read(candidate), reading.rest.isEmpty { return candidate }
        }
        return nil
    }

    /// "NSNN", "CĐS", "HKD": two to eight capitals (or digits), no spaces.
    static func isAcronym(_ s: String) -> Bool {
        (2...8).contains(s.count) && s.allSatisfy { $0.isUppercase || $0.isNumber } && s.filter(\.isUppercase).count >= 2
    }

    /// The words before the parenthesis whose initials spell the acronym ("ngân sách nhà nước" for NSNN).
    static func spelled(_ acronym: String, before: Substring) -> String? {
        let letters = Array(Folding.fold(acronym).filter(\.isLetter))
        // Only the last words matter: the acronym has one letter a word.
        let words = before.suffix(40 * max(1, letters.count)).split(separator: " ")
        guard letters.count == acronym.filter(\.isLetter).count, words.count >= letters.count else { return nil }
        let tail = words.suffix(letters.count)
        let initials = tail.compactMap { Folding.fold(String($0)).first }
        guard initials == letters else { return nil }
        return tail.joined(separator: " ").trimmingCharacters(in: CharacterSet(charactersIn: " ,;:“”\""))
    }

    /// What a named short form stands for: from its first word's last use before the parenthesis
    /// ("Kế hoạch thi đua" ← "Kế hoạch phát động …"), else the clause before it.
    private func fullForm(of short: String, before: String) -> String? {
        let trimmed = before.trimmingCharacters(in: CharacterSet(charactersIn: " ,"))
        // "… các sở, ban, ngành, UBND các xã, phường (sau đây gọi tắt là các cơ quan, đơn vị)": a collective
        // name stands for the list of units just before it.
        // So does a collective name ("Ủy ban nhân dân các xã, phường (sau đây gọi là UBND cấp xã)").
        if units.startsWithDeterminer(short) || units.isCollective(short), let list = unitList(endingAt: trimmed) { return list }
        let firstWords = short.split(separator: " ").prefix(2).joined(separator: " ")
        if let r = trimmed.range(of: firstWords, options: .backwards) {
            let full = String(trimmed[r.lowerBound...]).trimmingSpaces()
            if Folding.fold(full) != Folding.fold(short) { return full.trimmingCharacters(in: CharacterSet(charactersIn: "“”\" ")) }
        }
        let clauseStart = trimmed.lastIndex { ",;:".contains($0) }.map { trimmed.index(after: $0) } ?? trimmed.startIndex
        let words = trimmed[clauseStart...].split(separator: " ").suffix(12)
        return words.isEmpty ? nil : words.joined(separator: " ")
    }
}
