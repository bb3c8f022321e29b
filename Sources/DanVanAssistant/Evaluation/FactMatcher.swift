import DanVanText
import Foundation

/// Compares an answer with the facts it must (not) contain, as the evaluation does: folded, dates as
/// dd/mm/yyyy, punctuation as spaces, whole words; a fact may list alternatives with `|`.
public enum FactMatcher {
    ///
    /// - Parameter grammar: whose words read written dates (nil: the shared grammar, `Intents/dates.yaml` of the data in use).
    public static func normalize(_ s: String, grammar: DateGrammar? = nil) -> String {
        // Every full date, numeric or written ("ngày 5 tháng 9 năm 2025"), as dd/mm/yyyy: the date
        // extractor's forms and words (`Intents/dates.yaml`), ranges in characters of the NFC text.
        var characters = Array(Folding.nfc(s))
        for mention in DateExtractor.mentions(in: String(characters), grammar: grammar).reversed() {
            guard case .date(let date) = mention.value, mention.range.upperBound <= characters.count else { continue }
            characters.replaceSubrange(mention.range, with: String(format: "%02d/%02d/%04d", date.day, date.month, date.year))
        }
        let t = Folding.fold(String(characters))
        let cleaned = String(t.map { c -> Character in (c.isASCII && (c.isLetter || c.isNumber)) || c == "/" ? c : " " })
        return " " + cleaned.split(separator: " ").joined(separator: " ") + " "
    }

    /// Whether the normalised answer holds the fact (any of its `|` alternatives) as whole words.
    public static func holds(_ normalizedAnswer: String, _ fact: String) -> Bool {
        fact.components(separatedBy: "|").contains { alt in
            let needle = normalize(alt).trimmingCharacters(in: .whitespaces)
            guard !needle.isEmpty else { return false }
            // Whole words: the neighbours may be anything but a letter or a digit ("2016" in "16/05/2016").
            var from = normalizedAnswer.startIndex
            while let r = normalizedAnswer.range(of: needle, range: from..<normalizedAnswer.endIndex) {
                let before = r.lowerBound == normalizedAnswer.startIndex ? nil : normalizedAnswer[normalizedAnswer.index(before: r.lowerBound)]
                let after = r.upperBound == normalizedAnswer.endIndex ? nil : normalizedAnswer[r.upperBound]
                let isWordChar: (Character?) -> Bool = { c in c.map { $0.isLetter || $0.isNumber } ?? false }
                if !isWordChar(before) && !isWordChar(after) { return true }
                from = normalizedAnswer.index(after: r.lowerBound)
            }
            return false
        }
    }
}
