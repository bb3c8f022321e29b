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
        for range in [0x80..<0x300, 0x1EA0..<0x1EFA, 0x2010..<0x2028, 0x2030..<0x205F] {
            for v in range {
                guard let scalar = Unicode.Scalar(v) else { continue }
                let c = Character(scalar)
                if let f = Folding.table[c], let a = f.asciiValue {
                    t[v] = a
                } else if !(c.isLetter || c.isNumber) {
                    t[v] = separator
                }
            }
        }
        return t
    }()

    /// The scalar values of `text` when all of them are on the fast path, else `nil`. A CR LF pair is
    /// one Character, so it leaves the fast path too (offsets count Characters).
    @inline(__always)
    static func scalars(_ text: String) -> [UInt32]? {
        var values: [UInt32] = []
        values.reserveCapacity(text.utf8.count)
        var previous: UInt32 = 0
        for s in text.unicodeScalars {
            let v = s.value
            if v >= UInt32(bound) || table[Int(v)] == outside || (v == 0x0A && previous == 0x0D) { return nil }
            values.append(v)
            previous = v
        }
        return values
    }

    /// `Folding.fold` on the fast path.
    static func fold(_ text: String) -> String? {
        guard let values = scalars(text) else { return nil }
        var out = String.UnicodeScalarView()
        for v in values {
            let f = table[Int(v)]
            if f == separator {
                out.append(Unicode.Scalar(v)!)
            } else {
                out.append(Unicode.Scalar(f))
            }
        }
        return String(out)
    }

    /// `Tokenizer.tokens` on the fast path: the same tokens and Character offsets.
    static func tokens(_ text: String) -> [Token]? {
        guard let values = scalars(text) else { return nil }
        var tokens: [Token] = []
        var current: [UInt8] = []
        var hasDigit = false
        var start = 0
        func flush(_ end: Int) {
            var lo = 0, hi = current.count
            while hi > lo, isJoiner(current[hi - 1]) { hi -= 1 }
            while lo < hi, isJoiner(current[lo]) { lo += 1 }
            if lo < hi { tokens.append(Token(text: String(decoding: current[lo..<hi], as: UTF8.self), start: start, end: end)) }
            current.removeAll(keepingCapacity: true)
            hasDigit = false
        }
        for index in values.indices {
            let v = values[index]
            let f = table[Int(v)]
            if f != separator {
                if current.isEmpty { start = index }
                current.append(f)
                if f <= 57 { hasDigit = true }
                continue
            }
            // Inside a code ("33/CT-TTg", "15-9-2025", "1.2"): keep joining.
            if v == 0x2F || v == 0x2D || v == 0x2E || v == 0x5F, !current.isEmpty, index + 1 < values.count {
                let next = table[Int(values[index + 1])]
                let nextIsDigit = next >= 48 && next <= 57
                if next != separator, hasDigit || v == 0x2F || nextIsDigit {
                    current.append(v == 0x5F ? 0x2D : UInt8(v))
                    continue
                }
            }
            flush(index)
        }
        flush(values.count)
        return tokens
    }

    @inline(__always)
    private static func isJoiner(_ b: UInt8) -> Bool { b == 0x2F || b == 0x2D || b == 0x2E }
}
