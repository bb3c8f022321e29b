import Foundation  // NSLock only

/// The Vietnamese syllables without their tone (`Intents/syllables.txt`), looked up two ways: as
/// written with their vowel marks ("quyêt"), and folded ("quyet").
///
/// The text is kept as it was read; on the first lookup each syllable is packed into one integer
/// (six bits a letter) in two sets, from the text's scalars without building a string per line, so
/// that a question needing them pays well under a millisecond and one that does not pays nothing.
///
///     let inventory = SyllableInventory(text: "quyêt\nđinh\n")
///     inventory.isSyllable(base: "quyêt", tone: .acute)   // true
///     inventory.isFoldedSyllable("dinh")                 // true
public final class SyllableInventory: @unchecked Sendable {
    private let text: String
    private let lock = NSLock()
    private var sets: (bases: Set<UInt64>, folded: Set<UInt64>)?

    /// One syllable a line; blank lines and lines starting with `#` are ignored.
    public init(text: String) {
        self.text = text
    }

    /// The letters a syllable is written with, numbered from 1; the marked ones after a–z.
    static let marked: [UInt32: (code: UInt64, plain: UInt64)] = [
        0x0103: (27, 1), 0x00E2: (28, 1), 0x00EA: (29, 5), 0x00F4: (30, 15), 0x01A1: (31, 15), 0x01B0: (32, 21), 0x0111: (33, 4),
    ]
    static let longest = 10

    /// The code of one lower-case letter, and of its folded letter; nil for anything else.
    @inline(__always)
    static func code(_ v: UInt32) -> (code: UInt64, plain: UInt64)? {
        if v >= 97 && v <= 122 { return (UInt64(v - 96), UInt64(v - 96)) }
        return marked[v]
    }

    /// The packed form of a word (lower case, vowel marks, no tone), or nil when it cannot be a syllable.
    static func key<S: Sequence>(_ scalars: S, folded: Bool = false) -> UInt64? where S.Element == Unicode.Scalar {
        var key: UInt64 = 0
        var count = 0
        for s in scalars {
            guard count < longest, let c = code(s.value) else { return nil }
            key = key << 6 | (folded ? c.plain : c.code)
            count += 1
        }
        return count == 0 ? nil : key
    }

    private var loaded: (bases: Set<UInt64>, folded: Set<UInt64>) {
        lock.lock()
        defer { lock.unlock() }
        if let sets { return sets }
        var bases = Set<UInt64>(minimumCapacity: 4096)
        var folded = Set<UInt64>(minimumCapacity: 2048)
        var key: UInt64 = 0, plain: UInt64 = 0
        var count = 0
        var skip = false
        func finish() {
            if !skip, count > 0, count <= Self.longest {
                bases.insert(key)
                folded.insert(plain)
            }
            key = 0; plain = 0; count = 0; skip = false
        }
        for s in text.unicodeScalars {
            let v = s.value
            if v == 10 || v == 13 {
                finish()
            } else if skip || v == 32 || v == 9 {
                continue
            } else if v == 35 && count == 0 {
                skip = true  // a comment line
            } else if let c = Self.code(v) {
                key = key << 6 | c.code
                plain = plain << 6 | c.plain
                count += 1
            } else {
                skip = true  // not a syllable of these letters
            }
        }
        finish()
        sets = (bases, folded)
        return (bases, folded)
    }

    /// Whether the inventory holds any syllable.
    public var isEmpty: Bool { loaded.bases.isEmpty }

    /// Whether `base` (lower case, vowel marks, no tone) is a syllable that may carry `tone`.
    public func isSyllable(base: String, tone: SyllableTone) -> Bool {
        guard let k = Self.key(base.unicodeScalars) else { return false }
        return loaded.bases.contains(k) && tone.allowed(onBase: base)
    }

    /// Whether a folded word (lower case ASCII) is some syllable without its marks.
    public func isFoldedSyllable(_ folded: String) -> Bool {
        guard let k = Self.key(folded.unicodeScalars, folded: true) else { return false }
        return loaded.folded.contains(k)
    }

    /// Every syllable as listed, sorted (for tests: the whole inventory encoded and decoded back).
    public var allBases: [String] {
        var letters: [UInt64: Character] = [:]
        for v in UInt32(97)...122 { letters[UInt64(v - 96)] = Character(Unicode.Scalar(v)!) }
        for (v, c) in Self.marked { letters[c.code] = Character(Unicode.Scalar(v)!) }
        return loaded.bases.map { key -> String in
            var k = key
            var out: [Character] = []
            while k > 0 {
                out.append(letters[k & 63] ?? "?")
                k >>= 6
            }
            return String(out.reversed())
        }.sorted()
    }
}
