import Foundation
import DanVanKnowledge
import DanVanText

/// Judges a freely typed answer against the expected fact: without diacritics, with a typo, in a
/// short form ("UBND", "chỉ thị 33", "3/9") all count; another fact does not.
struct AnswerJudge {
    var units: UnitDirectory
    var glossary: Glossary
    /// The knowledge answers' rule for one unit written two ways ("… công" = "… công xã").
    var sameUnit: ([String], [String]) -> Bool

    func isRight(_ typed: String, _ expected: QuizQuestion.Expected) -> Bool {
        let words = expand(typed)
        guard !words.isEmpty else { return false }
        switch expected {
        case .date(let date):
            return DateExtractor.mentions(in: Folding.nfc(typed)).contains { m in
                switch m.value {
                case .date(let d): return d == date
                case .dayMonth(let day, let month): return day == date.day && month == date.month
                case .invalid: return false
                }
            }
        case .unit(let name):
            let want = Tokenizer.foldedWords(name)
            if case .known(let found) = units.resolve(typed), sameUnit(Tokenizer.foldedWords(found), want) {
                return true
            }
            return covers(words, expand(name))
        case .document(let symbols):
            // The number is what identifies a document; a full symbol typed must be one of them.
            let typedNumbers = Tokenizer.foldedWords(typed).filter { $0.first?.isNumber ?? false }
            return symbols.contains { symbol in
                let full = Tokenizer.foldedWords(symbol).joined()
                let number = String(symbol.prefix { $0.isNumber })
                return typedNumbers.contains { t in t == full || (!number.isEmpty && String(t.prefix { $0.isNumber }) == number) }
            }
        case .text(let text):
            return covers(words, expand(text))
        }
    }

    /// Folded words with abbreviations written out ("ubnd" → "uy ban nhan dan").
    func expand(_ text: String) -> [String] {
        let typed = text.split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map { Folding.nfc(String($0)) }
        let folded = typed.map(Folding.fold)
        var out: [String] = []
        var i = 0
        let found = glossary.mentions(in: folded, typed: typed)
        for m in found {
            guard let meaning = Self.plainMeaning(m.entry.meaning) else { continue }
            while i < m.span.lowerBound { out.append(folded[i]); i += 1 }
            out += Tokenizer.foldedWords(meaning)
            i = m.span.upperBound
        }
        while i < folded.count { out.append(folded[i]); i += 1 }
        return out
    }

    /// A glossary meaning as plain words, its remark in parentheses left out ("Trung ương (Đảng)" →
    /// "Trung ương"); nil for a meaning with several senses or a quotation ("Chủ tịch (…); Chỉ thị (…)").
    static func plainMeaning(_ meaning: String) -> String? {
        guard !meaning.contains(where: { ";:\"“".contains($0) }) else { return nil }
        var out = ""
        var depth = 0
        for c in meaning {
            if c == "(" { depth += 1 } else if c == ")" { depth = max(0, depth - 1) } else if depth == 0 { out.append(c) }
        }
        let plain = out.trimmingCharacters(in: .whitespaces)
        return plain.isEmpty ? nil : plain
    }

    /// Whether the typed words name the expected ones: at least three in four of the expected words
    /// typed (each allowing one typo), and nothing typed that the expected words lack.
    func covers(_ typed: [String], _ expected: [String]) -> Bool {
        guard !expected.isEmpty, !typed.isEmpty else { return false }
        let hit = expected.filter { e in typed.contains { FuzzyMatcher.matches($0, e) } }.count
        let extra = typed.filter { t in !expected.contains { FuzzyMatcher.matches(t, $0) } }.count
        return hit * 4 >= expected.count * 3 && extra * 4 < typed.count + 1 && hit >= min(expected.count, 1)
    }
}
