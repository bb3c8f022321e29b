/// How many terminal columns text takes: what the eye sees, not how it is encoded.
///
///     DisplayWidth.of("Văn hóa")              // 7 (NFC or NFD alike)
///     DisplayWidth.of("\u{1B}[1mĐường\u{1B}[0m") // 5 (escape sequences take no column)
///     DisplayWidth.of("日本")                  // 4
///
/// Text is put in NFC first; combining marks, control characters and ANSI escape sequences count 0,
/// wide East Asian characters and emoji 2, everything else (Vietnamese precomposed letters too) 1.
public enum DisplayWidth {
    /// The column width of `text`.
    ///
    ///     DisplayWidth.of("Nguồn: mục III.3") // 16
    ///
    /// - Parameter text: any text, possibly with ANSI escape sequences.
    /// - Returns: the number of terminal columns it takes on one line.
    public static func of(_ text: String) -> Int {
        // Fast path: printable ASCII, Latin and precomposed Vietnamese letters, punctuation: one column each.
        var simple = 0
        var isSimple = true
        for u in text.unicodeScalars {
            let v = u.value
            guard (v >= 0x20 && v < 0x7F) || (v >= 0xA0 && v < 0x0300) || (0x1EA0...0x1EF9).contains(v)
                    || (0x2010...0x2027).contains(v) || (0x2030...0x205E).contains(v) else { isSimple = false; break }
            simple += 1
        }
        if isSimple { return simple }
        var total = 0
        var scanner = EscapeScanner(scalars: Array(Folding.nfc(text).unicodeScalars))
        while let scalar = scanner.nextVisible() { total += of(scalar) }
        return total
    }

    /// The column width of one character (a grapheme cluster).
    ///
    ///     DisplayWidth.of(Character("ệ")) // 1
    public static func of(_ character: Character) -> Int {
        of(String(character))
    }

    /// The column width of one Unicode scalar, as `wcwidth` would give it (0 instead of -1 for controls).
    ///
    ///     DisplayWidth.of("\u{0301}" as Unicode.Scalar) // 0
    public static func of(_ scalar: Unicode.Scalar) -> Int {
        let v = scalar.value
        if v < 0x20 || (0x7F...0x9F).contains(v) { return 0 }
        if v < 0x300 { return 1 }
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format: return 0
        default: break
        }
        if (0x1160...0x11FF).contains(v) { return 0 }
        if isWide(v) || scalar.properties.isEmojiPresentation { return 2 }
        return 1
    }

    private static let wideRanges: [ClosedRange<UInt32>] = [
        0x1100...0x115F, 0x231A...0x231B, 0x2329...0x232A, 0x2E80...0x303E, 0x3041...0x33FF,
        0x3400...0x4DBF, 0x4E00...0x9FFF, 0xA000...0xA4CF, 0xA960...0xA97F, 0xAC00...0xD7A3,
        0xF900...0xFAFF, 0xFE10...0xFE19, 0xFE30...0xFE6F, 0xFF00...0xFF60, 0xFFE0...0xFFE6,
        0x1F300...0x1F64F, 0x1F900...0x1F9FF, 0x20000...0x2FFFD, 0x30000...0x3FFFD,
    ]

    private static func isWide(_ v: UInt32) -> Bool {
        guard v >= 0x1100 else { return false }
        return wideRanges.contains { $0.contains(v) }
    }
}
