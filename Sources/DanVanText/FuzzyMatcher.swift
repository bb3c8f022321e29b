/// Bounded typo tolerance for words, never for numbers or codes.
///
///     FuzzyMatcher.matches("nhiem", "nhiemm")   // true: one extra letter
///     FuzzyMatcher.matches("33", "34")          // false: numbers match exactly
public enum FuzzyMatcher {
    /// Whether a typed word may stand for a vocabulary word: equal, or — for plain words of five
    /// letters or more — one edit (insert, delete, substitute, swap) apart.
    public static func matches(_ typed: String, _ word: String) -> Bool {
        if typed == word { return true }
        // "kí"/"ký", "lí"/"lý": both spellings are in use; a final i and y after a consonant are one letter.
        if typed.count == word.count, typed.count <= 3, typed.dropLast() == word.dropLast(),
           let a = typed.last, let b = word.last, (a == "i" && b == "y") || (a == "y" && b == "i"), typed.dropLast().last.map({ !"aeiouy".contains($0) }) ?? false {
            return true
        }
        guard typed.count >= 5, word.count >= 5,
              typed.allSatisfy({ $0.isLetter }), word.allSatisfy({ $0.isLetter }) else { return false }
        return distance(typed, word, limit: 1) <= 1
    }

    /// Whether a short typed word (three or four letters) is one slip from a vocabulary word: a swapped
    /// pair ("coa"/"cao"), one wrong or one missing letter — same first letter, letters only. Only for a
    /// word inside a longer phrase whose other words match exactly (see `IntentMatcher`): alone, short
    /// Vietnamese words are too close to each other.
    ///
    ///     FuzzyMatcher.slip("coa", "cao")   // true
    ///     FuzzyMatcher.slip("33", "34")     // false
    public static func slip(_ typed: String, _ word: String) -> Bool {
        guard typed != word, typed.count >= 2, word.count >= 3, typed.first == word.first,
              typed.allSatisfy({ $0.isLetter }), word.allSatisfy({ $0.isLetter }) else { return false }
        return distance(typed, word, limit: 1) <= 1
    }

    /// Optimal-string-alignment distance, stopping early once it exceeds `limit`.
    public static func distance(_ a: String, _ b: String, limit: Int) -> Int {
        let a = Array(a), b = Array(b)
        if abs(a.count - b.count) > limit { return limit + 1 }
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var prev2 = [Int](repeating: 0, count: b.count + 1)
        var prev = Array(0...b.count)
        var cur = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            cur[0] = i
            var rowMin = cur[0]
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                var v = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] { v = min(v, prev2[j - 2] + 1) }
                cur[j] = v
                rowMin = min(rowMin, v)
            }
            if rowMin > limit { return limit + 1 }
            (prev2, prev, cur) = (prev, cur, prev2)
        }
        return prev[b.count]
    }
}
