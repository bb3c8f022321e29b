import Foundation

/// Vietnamese text folding: the comparison form used everywhere text is matched.
///
///     Folding.fold("Phòng Văn hoá - Xã HỘI")   // "phong van hoa - xa hoi"
///
/// NFC first (NFD input from Unikey or macOS), then `đ`/`Đ`/`Ð` → `d`, combining marks dropped,
/// lower case. Tone placement (hòa/hoà) disappears with the marks, so both styles fold alike.
public enum Folding {
    /// The NFC form of `text`, with the look-alike `Ð` (U+00D0) mapped to `Đ` (U+0110).
    public static func nfc(_ text: String) -> String {
        // Fast path: text made only of characters that are their own NFC (ASCII, Latin-1 but Ð, precomposed
        // Vietnamese, common punctuation) needs no Unicode normalization, which is costly per call.
        if text.unicodeScalars.allSatisfy(isStableComposed) { return text }
        let composed = text.precomposedStringWithCanonicalMapping
        guard composed.unicodeScalars.contains(where: { $0.value == 0x00D0 }) else { return composed }
        return String(String.UnicodeScalarView(composed.unicodeScalars.map { $0.value == 0x00D0 ? "\u{0110}" : $0 }))
    }

    /// A scalar that NFC leaves alone and that composes with nothing before it.
    @inline(__always)
    static func isStableComposed(_ u: Unicode.Scalar) -> Bool {
        let v = u.value
        if v < 0x0300 { return v != 0x00D0 }
        return (0x1EA0...0x1EF9).contains(v) || (0x2010...0x2027).contains(v) || (0x2030...0x205E).contains(v)
    }

    /// Folds one string: no diacritics, `đ` → `d`, lower case.
    public static func fold(_ text: String) -> String {
        if let fast = ScalarFold.fold(text) { return fast }
        return generalFold(text)
    }

    /// Folding of any text, Character by Character (the fast path's reference).
    static func generalFold(_ text: String) -> String {
        // Table path: ASCII and precomposed Vietnamese letters fold through a table, one Character at a time.
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for c in text {
            if let a = c.asciiValue {
                out.unicodeScalars.append(Unicode.Scalar((a >= 65 && a <= 90) ? a + 32 : a))
            } else if let f = table[c] {
                out.append(f)
            } else if c.unicodeScalars.count == 1, let u = c.unicodeScalars.first, isStableComposed(u), !u.properties.isAlphabetic {
                out.append(c)  // punctuation such as “ ” – … folds to itself
            } else {
                return slowFold(text)
            }
        }
        return out
    }

    /// Folding through Unicode decomposition, for text outside the table (NFD input, other scripts).
    static func slowFold(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        for scalar in text.decomposedStringWithCanonicalMapping.unicodeScalars {
            switch scalar.value {
            case 0x0300...0x036F: continue
            case 0x0110, 0x0111, 0x00D0, 0x00F0: out.append("d")
            default:
                if scalar.isASCII {
                    let v = scalar.value
                    out.append((v >= 65 && v <= 90) ? Unicode.Scalar(v + 32)! : scalar)
                } else {
                    out.append(contentsOf: String(scalar).lowercased().unicodeScalars)
                }
            }
        }
        return String(out)
    }

    /// Folds a single character (possibly to the empty string, for a lone combining mark).
    public static func foldCharacter(_ c: Character) -> String {
        if let a = c.asciiValue { return String(Unicode.Scalar((a >= 65 && a <= 90) ? a + 32 : a)) }
        if let f = table[c] { return String(f) }
        return slowFold(String(c))
    }

    /// The Vietnamese letters with diacritics (lower case), by the ASCII letter they fold to.
    static let letterGroups: [(base: Character, letters: String)] = [
        ("a", "àáảãạăằắẳẵặâầấẩẫậ"), ("e", "èéẻẽẹêềếểễệ"), ("i", "ìíỉĩị"), ("o", "òóỏõọôồốổỗộơờớởỡợ"),
        ("u", "ùúủũụưừứửữự"), ("y", "ỳýỷỹỵ"), ("d", "đð"),
    ]

    /// Every precomposed Vietnamese letter (both cases) → its folded ASCII letter.
    static let table: [Character: Character] = {
        var t: [Character: Character] = [:]
        for (base, letters) in letterGroups {
            for l in letters {
                t[l] = base
                for u in String(l).uppercased() { t[u] = base }
            }
        }
        t["Ð"] = "d"
        return t
    }()
}
