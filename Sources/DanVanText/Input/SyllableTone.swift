/// The six tones of a Vietnamese syllable, and where a tone mark is written.
///
///     SyllableTone.grave.apply(to: "thơi")   // "thời"
///     SyllableTone.dot.apply(to: "hoa")      // "họa"
public enum SyllableTone: Int, Sendable, CaseIterable {
    case level = 0, grave, acute, hook, tilde, dot

    /// The vowels that carry marks, and each one's toned forms (grave, acute, hook, tilde, dot).
    static let forms: [Character: [Character]] = [
        "a": ["à", "á", "ả", "ã", "ạ"], "ă": ["ằ", "ắ", "ẳ", "ẵ", "ặ"], "â": ["ầ", "ấ", "ẩ", "ẫ", "ậ"],
        "e": ["è", "é", "ẻ", "ẽ", "ẹ"], "ê": ["ề", "ế", "ể", "ễ", "ệ"], "i": ["ì", "í", "ỉ", "ĩ", "ị"],
        "o": ["ò", "ó", "ỏ", "õ", "ọ"], "ô": ["ồ", "ố", "ổ", "ỗ", "ộ"], "ơ": ["ờ", "ớ", "ở", "ỡ", "ợ"],
        "u": ["ù", "ú", "ủ", "ũ", "ụ"], "ư": ["ừ", "ứ", "ử", "ữ", "ự"], "y": ["ỳ", "ý", "ỷ", "ỹ", "ỵ"],
    ]

    /// Vowels written with a mark of their own (breve, circumflex, horn).
    static let marked: Set<Character> = ["ă", "â", "ê", "ô", "ơ", "ư"]

    /// Whether a syllable ending so may carry the tone: after p, t, c, ch only sắc and nặng (or none).
    public func allowed(onBase base: String) -> Bool {
        guard base.hasSuffix("p") || base.hasSuffix("t") || base.hasSuffix("c") || base.hasSuffix("ch") else { return true }
        return self == .level || self == .acute || self == .dot
    }

    /// The toneless syllable `base` (lower case, with its vowel marks) written with this tone, in the
    /// placement of administrative texts (hóa, thủy, người, quyết).
    public func apply(to base: String) -> String {
        guard self != .level else { return base }
        var chars = Array(base)
        guard let at = Self.toneIndex(chars), let toned = Self.forms[chars[at]]?[rawValue - 1] else { return base }
        chars[at] = toned
        return String(chars)
    }

    /// The index of the vowel that carries the tone mark.
    static func toneIndex(_ chars: [Character]) -> Int? {
        func isVowel(_ c: Character) -> Bool { forms[c] != nil }
        guard var start = chars.firstIndex(where: isVowel) else { return nil }
        // The u of qu and the i of gi belong to the onset when another vowel follows.
        if start + 1 < chars.count, isVowel(chars[start + 1]),
           (start == 1 && chars[0] == "q" && chars[1] == "u") || (start == 1 && chars[0] == "g" && chars[1] == "i") {
            start += 1
        }
        var end = start
        while end < chars.count, isVowel(chars[end]) { end += 1 }
        let cluster = Array(start..<end)
        if let horn = cluster.firstIndex(where: { chars[$0] == "ư" }), horn + 1 < cluster.count, chars[cluster[horn + 1]] == "ơ" {
            return cluster[horn + 1]
        }
        if let last = cluster.last(where: { marked.contains(chars[$0]) }) { return last }
        if end < chars.count { return cluster.last }
        switch cluster.count {
        case 1: return cluster[0]
        case 2: return cluster[0]
        default: return cluster[1]
        }
    }
}
