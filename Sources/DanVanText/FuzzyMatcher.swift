/// Bounded typo tolerance for words, never for numbers or codes.
///
///     FuzzyMatcher.matches("nhiem", "nhiemm")   // true: one extra letter
///     FuzzyMatcher.matches("33", "34")          // false: numbers match exactly
public enum FuzzyMatcher {
    /// Whether a typed word may stand for a vocabulary word: equal, or — for plain words of five
    /// letters or more — one edit (insert, delete, substitute, swap) apart.
    /// (Walks both texts: a parser comparing against a fixed vocabulary prepares `FuzzyWord`s instead.)
    public static func matches(_ typed: String, _ word: String) -> Bool {
        if typed == word { return true }
        // Measured hot path (units, laws, passage search compare every question word with hundreds of
        // folded words): plain ASCII words are compared on their bytes, without counting Characters.
        if let ascii = asciiMatches(typed, word) { return ascii }
        // "kí"/"ký", "lí"/"lý": both spellings are in use; a final i and y after a consonant are one letter.
        if typed.count == word.count, typed.count <= 3, typed.dropLast() == word.dropLast(),
           let a = typed.last, let b = word.last, (a == "i" && b == "y") || (a == "y" && b == "i"), typed.dropLast().last.map({ !"aeiouy".contains($0) }) ?? false {
            return true
        }
        guard typed.count >= 5, word.count >= 5,
              typed.allSatisfy({ $0.isLetter }), word.allSatisfy({ $0.isLetter }) else { return false }
        // A syllable with another first consonant is another word ("thông"/"phòng"): short words keep their first letter.
        if max(typed.count, word.count) < Self.freeFirstLetter, typed.first != word.first { return false }
        return distance(typed, word, limit: 1) <= 1
    }

    /// `matches` on prepared words: what a parser calls against a compiled vocabulary.
    public static func matches(_ typed: FuzzyWord, _ word: FuzzyWord) -> Bool {
        if typed.text == word.text { return true }
        let n = typed.count, m = word.count
        guard let a = typed.ascii, let b = word.ascii else {
            // A word that is not plain ASCII (rare: folded words are): compared by characters.
            if n == m, n >= 2, n <= 3, iOrY(typed.characters, word.characters) { return true }
            guard n >= 5, m >= 5, typed.letters, word.letters else { return false }
            if max(n, m) < Self.freeFirstLetter, typed.characters[0] != word.characters[0] { return false }
            return distance(typed.characters, word.characters, limit: 1) <= 1
        }
        // "ki"/"ky", "li"/"ly" (folded "kí"/"ký"): a final i and y after a consonant are one letter.
        if n == m, n >= 2, n <= 3 {
            let x = a[n - 1], y = b[n - 1]
            if (x == 0x69 && y == 0x79) || (x == 0x79 && y == 0x69) {
                let before = a[n - 2]
                let vowel = before == 0x61 || before == 0x65 || before == 0x69 || before == 0x6F || before == 0x75 || before == 0x79
                if !vowel && a[..<(n - 1)] == b[..<(n - 1)] { return true }
            }
        }
        guard n >= 5, m >= 5, typed.letters, word.letters else { return false }
        if max(n, m) < Self.freeFirstLetter, a[0] != b[0] { return false }
        return a.withUnsafeBufferPointer { x in b.withUnsafeBufferPointer { y in withinOneEdit(x, y) } }
    }

    /// `matches` on two strings that are both plain ASCII (as folded words are), on their bytes; nil when
    /// either is not (then the caller compares Characters). Same rules, same answers.
    @inline(__always)
    static func asciiMatches(_ typed: String, _ word: String) -> Bool? {
        let r = typed.utf8.withContiguousStorageIfAvailable { a in
            word.utf8.withContiguousStorageIfAvailable { b -> Bool? in
                guard isPlainASCII(a), isPlainASCII(b) else { return nil }
                let n = a.count, m = b.count
                // "ki"/"ky", "li"/"ly": a final i and y after a consonant are one letter.
                if n == m, n >= 2, n <= 3 {
                    let x = a[n - 1], y = b[n - 1]
                    if (x == 0x69 && y == 0x79) || (x == 0x79 && y == 0x69) {
                        let before = a[n - 2]
                        let vowel = before == 0x61 || before == 0x65 || before == 0x69 || before == 0x6F || before == 0x75 || before == 0x79
                        if !vowel && memcmpEqual(a, b, count: n - 1) { return true }
                    }
                }
                guard n >= 5, m >= 5, n - m <= 1, m - n <= 1, isLetters(a), isLetters(b) else { return false }
                if max(n, m) < Self.freeFirstLetter, a[0] != b[0] { return false }
                return withinOneEdit(a, b)
            }
        }
        // nil: a string without contiguous UTF-8 (not native), or not plain ASCII.
        guard let outer = r, let inner = outer else { return nil }
        return inner
    }

    /// Every byte is ASCII, and no CR (a CR LF pair is one Character: left to the Character path).
    @inline(__always)
    private static func isPlainASCII(_ a: UnsafeBufferPointer<UInt8>) -> Bool {
        for x in a where x >= 0x80 || x == 0x0D { return false }
        return true
    }

    /// Every byte is an ASCII letter (the ASCII characters that are `Character.isLetter`).
    @inline(__always)
    private static func isLetters(_ a: UnsafeBufferPointer<UInt8>) -> Bool {
        for x in a where (x | 0x20) < 0x61 || (x | 0x20) > 0x7A { return false }
        return true
    }

    @inline(__always)
    private static func memcmpEqual(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>, count: Int) -> Bool {
        for i in 0..<count where a[i] != b[i] { return false }
        return true
    }

    /// Whether the optimal-string-alignment distance of two byte strings is at most 1 (`distance(…, limit: 1)
    /// <= 1`) in one pass and no allocation: equal; or one byte substituted; or two adjacent bytes swapped;
    /// or one byte inserted or deleted.
    static func withinOneEdit(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> Bool {
        let n = a.count, m = b.count
        if n == m {
            var i = 0
            while i < n, a[i] == b[i] { i += 1 }
            if i == n { return true }
            // One substitution: the rest is equal.
            var j = i + 1
            while j < n, a[j] == b[j] { j += 1 }
            if j == n { return true }
            // One swap of neighbours: a[i] a[i+1] = b[i+1] b[i], the rest equal.
            guard j == i + 1, a[i] == b[i + 1], a[i + 1] == b[i] else { return false }
            var k = i + 2
            while k < n, a[k] == b[k] { k += 1 }
            return k == n
        }
        guard n - m == 1 || m - n == 1 else { return false }
        let (long, short) = n > m ? (a, b) : (b, a)
        var i = 0
        while i < short.count, long[i] == short[i] { i += 1 }
        // One byte of the longer left out at i: the rest is equal, shifted by one.
        while i < short.count, long[i + 1] == short[i] { i += 1 }
        return i == short.count
    }

    /// Words shorter than this (one syllable: "phong", "thong", "nguoi") match with a slip only when their
    /// first letters agree: a different first consonant makes a different word, not a typo.
    static let freeFirstLetter = 7

    /// The i/y rule of `matches` on characters.
    private static func iOrY(_ a: [Character], _ b: [Character]) -> Bool {
        let n = a.count
        guard n == b.count, n >= 2, a[..<(n - 1)] == b[..<(n - 1)] else { return false }
        return ((a[n - 1] == "i" && b[n - 1] == "y") || (a[n - 1] == "y" && b[n - 1] == "i")) && !"aeiouy".contains(a[n - 2])
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

    /// `slip` on prepared words.
    public static func slip(_ typed: FuzzyWord, _ word: FuzzyWord) -> Bool {
        guard typed.text != word.text, typed.count >= 2, word.count >= 3, typed.letters, word.letters else { return false }
        if let a = typed.ascii, let b = word.ascii {
            guard a[0] == b[0] else { return false }
        } else if typed.characters[0] != word.characters[0] {
            return false
        }
        return distance(typed, word, limit: 1) <= 1
    }

    /// `distance` on prepared words (bytes when both are ASCII).
    static func distance(_ a: FuzzyWord, _ b: FuzzyWord, limit: Int) -> Int {
        if limit == 1, let x = a.ascii, let y = b.ascii {
            return x.withUnsafeBufferPointer { p in y.withUnsafeBufferPointer { q in withinOneEdit(p, q) } } ? (x == y ? 0 : 1) : 2
        }
        if let x = a.ascii, let y = b.ascii { return distance(x, y, limit: limit) }
        // A word that is not plain ASCII: compared by characters (rare: folded words are ASCII).
        return distance(a.characters, b.characters, limit: limit)
    }

    /// Optimal-string-alignment distance, stopping early once it exceeds `limit`.
    public static func distance(_ a: String, _ b: String, limit: Int) -> Int {
        distance(Array(a), Array(b), limit: limit)
    }

    @inline(__always)
    static func distance<T: Equatable>(_ a: [T], _ b: [T], limit: Int) -> Int {
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
