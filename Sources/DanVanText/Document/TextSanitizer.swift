/// Makes text safe to print on a terminal: no escape sequence or control character from a user or a
/// document can move the cursor, change colours, set the window title or reorder the line.
///
///     TextSanitizer.sanitize("a\u{1B}]0;pwned\u{07}b\u{1B}[31mc") // "abc"
///     TextSanitizer.sanitize("cột\t1\r\n2")                      // "cột 1\n2"
///
/// ANSI sequences are dropped whole; a tab becomes a space; other C0/C1 controls, DEL and the
/// bidirectional overrides (U+202A–U+202E, U+2066–U+2069) are dropped. The result is in NFC.
public enum TextSanitizer {
    /// The printable form of `text`.
    ///
    ///     TextSanitizer.sanitize("x\ny", keepingNewlines: false) // "x y"
    ///
    /// - Parameters:
    ///   - text: untrusted text.
    ///   - keepingNewlines: keep `\n` (true) or turn it into a space (false).
    /// - Returns: text without control characters or escape sequences, in NFC.
    public static func sanitize(_ text: String, keepingNewlines: Bool = true) -> String {
        guard text.unicodeScalars.contains(where: needsWork) else { return Folding.nfc(text) }
        var out = String.UnicodeScalarView()
        var scanner = EscapeScanner(scalars: Array(text.unicodeScalars))
        while let scalar = scanner.nextVisible() {
            switch scalar.value {
            case 0x0A: out.append(keepingNewlines ? scalar : " ")
            case 0x09: out.append(" ")
            case 0x00..<0x20, 0x7F...0x9F, 0x202A...0x202E, 0x2066...0x2069: continue
            default: out.append(scalar)
            }
        }
        return Folding.nfc(String(out))
    }

    private static func needsWork(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        return v < 0x20 || (0x7F...0x9F).contains(v) || (0x202A...0x202E).contains(v) || (0x2066...0x2069).contains(v)
    }
}
