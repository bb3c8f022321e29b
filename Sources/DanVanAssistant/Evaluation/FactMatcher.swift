import DanVanText
import Foundation

/// Compares an answer with the facts it must (not) contain, as the evaluation does: folded, dates as
/// dd/mm/yyyy, punctuation as spaces, whole words; a fact may list alternatives with `|`.
public enum FactMatcher {
    public static func normalize(_ s: String) -> String {
        var t = Folding.nfc(s)
        t = replace(#"(?<!\d)(\d{1,2})\s*[/.\-]\s*(\d{1,2})\s*[/.\-]\s*(\d{4})(?!\d)"#, in: t)
        t = replace(#"(?i)ng[aà]y\s+(\d{1,2})\s+th[aá]ng\s+(\d{1,2})\s+n[aă]m\s+(\d{4})"#, in: t)
        t = Folding.fold(t)
        let cleaned = String(t.map { c -> Character in (c.isASCII && (c.isLetter || c.isNumber)) || c == "/" ? c : " " })
        return " " + cleaned.split(separator: " ").joined(separator: " ") + " "
    }

    private static func replace(_ pattern: String, in text: String) -> String {
        let re = try! NSRegularExpression(pattern: pattern)
        let ns = text as NSString
        var out = text
        for m in re.matches(in: text, range: NSRange(location: 0, length: ns.length)).reversed() {
            let d = Int(ns.substring(with: m.range(at: 1)))!, mo = Int(ns.substring(with: m.range(at: 2)))!
            let y = ns.substring(with: m.range(at: 3))
            out = (out as NSString).replacingCharacters(in: m.range, with: String(format: "%02d/%02d/", d, mo) + y)
        }
        return out
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
