/// The fast path of folding and tokenizing: text whose every scalar is a character of its own and
/// its own NFC (ASCII, Latin-1, precomposed Vietnamese, common punctuation — nearly all input) is
/// folded scalar by scalar through a flat table, without grapheme breaking or Character hashing.
/// Anything else returns `nil` and takes the general path, which gives the same result slowly.
enum ScalarFold {
    /// Not a letter or digit: a separator, or punctuation kept as it is by `Folding.fold`.
    static let separator: UInt8 = 0
    /// Outside the fast path (a combining mark, another script, a letter the table does not fold).
    static let outside: UInt8 = 0xFF

    /// Scalars below this bound are looked up; above it, everything is `outside`.
    static let bound = 0x2060

    /// For each scalar below `bound`: its folded ASCII letter or digit, `separator`, or `outside`.
    static let table: [UInt8] = {
        var t = [UInt8](repeating: outside, count: bound)
        for v in 0..<128 {
            switch v {
            case 48...57, 97...122: t[v] = UInt8(v)
            case 65...90: t[v] = UInt8(v + 32)
            default: t[v] = separator
            }
        }
        // Other letters and numbers stay `outside`; the rest of these ranges are separators.
        for range in [0x80..<0x300, 0x1EA0..<0x1EFA, 0x2010..<0x2028, 0x2030..<0x205F] {
            for v in range {
                guard let scalar = Unicode.Scalar(v) else { continue }
                let p = scalar.properties
                if !(p.isAlphabetic || p.numericType != nil) { t[v] = separator }
            }
        }
        // The letters `Folding.table` folds (both cases, and Ð), without building that dictionary.
        for (base, letters) in Folding.letterGroups {
            let a = base.asciiValue!
            for scalar in letters.unicodeScalars.map({ $0 }) + String(letters).uppercased().unicodeScalars.map({ $0 }) {
                if Int(scalar.value) < bound { t[Int(scalar.value)] = a }
            }
        }
        t[0xD0] = UInt8(ascii: "d")
        return t
    }()

    /// Whether every scalar of `text` is on the fast path. A CR LF pair is one Character, so it leaves
    /// the fast path too (offsets count Characters).
    @inline(__always)
    static func isFast(_ text: String) -> Bool {
        var previous: UInt32 = 0
        for s in text.unicodeScalars {
            let v = s.value
            if v >= UInt32(bound) || table[Int(v)] == outside || (v == 0x0A && previous == 0x0D) { return false }
            previous = v
        }
        return true
    }

    /// `Folding.fold` on the fast path.
    static func fold(_ text: String) -> String? {
        guard isFast(text) else { return nil }
        var out = String.UnicodeScalarView()
        for s in text.unicodeScalars {
            let f = table[Int(s.value)]
            out.append(f == separator ? s : Unicode.Scalar(f))
        }
        return String(out)
    }

    /// `Tokenizer.tokens` on the fast path: the same tokens and Character offsets.
    static func tokens(_ text: String) -> [Token]? {
        var tokens: [Token] = []
        let complete = scan(text) { word, start, end in tokens.append(Token(text: word, start: start, end: end)) }
        return complete ? tokens : nil
    }

    /// `Tokenizer.foldedWords` on the fast path.
    static func foldedWords(_ text: String) -> [String]? {
        var words: [String] = []
        let complete = scan(text) { word, _, _ in words.append(word) }
        return complete ? words : nil
    }

    /// Calls `emit` with each token and its Character offsets; false when the text is not on the fast
    /// path (what was emitted then is to be discarded). One pass over the UTF-8 bytes: the text is valid
    /// UTF-8, and scalars of four bytes are beyond `bound` anyway.
    @inline(__always)
    private static func scan(_ text: String, emit: (String, Int, Int) -> Void) -> Bool {
        let table = Self.table
        var text = text
        return text.withUTF8 { bytes -> Bool in
            @inline(__always)
            func scalar(at i: Int) -> (value: UInt32, length: Int) {
                let b0 = bytes[i]
                if b0 < 0x80 { return (UInt32(b0), 1) }
                if b0 < 0xE0 { return (UInt32(b0 & 0x1F) << 6 | UInt32(bytes[i + 1] & 0x3F), 2) }
                if b0 < 0xF0 {
                    return (UInt32(b0 & 0x0F) << 12 | UInt32(bytes[i + 1] & 0x3F) << 6 | UInt32(bytes[i + 2] & 0x3F), 3)
                }
                return (UInt32.max, 4)
            }
            var current: [UInt8] = []
            current.reserveCapacity(32)
            var hasDigit = false
            var start = 0
            func flush(_ end: Int) {
                var lo = 0, hi = current.count
                while hi > lo, isJoiner(current[hi - 1]) { hi -= 1 }
                while lo < hi, isJoiner(current[lo]) { lo += 1 }
                if lo < hi { emit(String(decoding: current[lo..<hi], as: UTF8.self), start, end) }
                current.removeAll(keepingCapacity: true)
                hasDigit = false
            }
            var i = 0
            var index = 0
            var previous: UInt32 = 0
            while i < bytes.count {
                let (v, length) = scalar(at: i)
                guard v < UInt32(bound), table[Int(v)] != outside, !(v == 0x0A && previous == 0x0D) else { return false }
                i += length
                defer { index += 1; previous = v }
                let f = table[Int(v)]
                if f != separator {
                    if current.isEmpty { start = index }
                    current.append(f)
                    if f <= 57 { hasDigit = true }
                    continue
                }
                // Inside a code ("33/CT-TTg", "15-9-2025", "1.2"): keep joining.
                if v == 0x2F || v == 0x2D || v == 0x2E || v == 0x5F, !current.isEmpty, i < bytes.count {
                    let following = scalar(at: i).value
                    let n = following < UInt32(bound) ? table[Int(following)] : outside
                    if n != separator, n != outside, hasDigit || v == 0x2F || (n >= 48 && n <= 57) {
                        current.append(v == 0x5F ? 0x2D : UInt8(v))
                        continue
                    }
                }
                flush(index)
            }
            flush(index)
            return true
        }
    }

    @inline(__always)
    private static func isJoiner(_ b: UInt8) -> Bool { b == 0x2F || b == 0x2D || b == 0x2E }
}
