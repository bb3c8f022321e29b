import Foundation

/// One word of a folded text, with where it stood in the original.
public struct Token: Equatable, Sendable {
    /// The folded word: lower case ASCII letters and digits, and `/` `-` inside codes.
    public var text: String
    /// Character offsets in the original text (start, end exclusive).
    public var start: Int
    public var end: Int

    public var isNumeric: Bool { text.allSatisfy(\.isNumber) }
    public var hasDigit: Bool { text.contains(where: \.isNumber) }

    public init(text: String, start: Int, end: Int) {
        self.text = text
        self.start = start
        self.end = end
    }
}

/// Splits text into folded tokens, keeping codes such as `33/ct-ttg` or `15/9/2025` whole.
///
///     Tokenizer.tokens("Chỉ thị 33/CT-TTg!").map(\.text)   // ["chi", "thi", "33/ct-ttg"]
public enum Tokenizer {
    public static func tokens(_ text: String) -> [Token] {
        if let fast = ScalarFold.tokens(text) { return fast }
        return generalTokens(text)
    }

    /// Tokens of any text: NFC, then Character by Character (the fast path's reference).
    static func generalTokens(_ text: String) -> [Token] {
        var tokens: [Token] = []
        var current = ""
        var start = 0
        let chars = Array(Folding.nfc(text))
        func flush(_ end: Int) {
            var word = Substring(current)
            while let last = word.last, last == "/" || last == "-" || last == "." { word.removeLast() }
            while let first = word.first, first == "/" || first == "-" || first == "." { word.removeFirst() }
            if !word.isEmpty { tokens.append(Token(text: String(word), start: start, end: end)) }
            current = ""
        }
        for index in chars.indices {
            let c = chars[index]
            if let a = c.asciiValue {
                let isDigit = a >= 48 && a <= 57
                let isUpper = a >= 65 && a <= 90
                if isDigit || isUpper || (a >= 97 && a <= 122) {
                    if current.isEmpty { start = index }
                    current.unicodeScalars.append(Unicode.Scalar(isUpper ? a + 32 : a))
                    continue
                }
            } else if let f = Folding.table[c] {
                if current.isEmpty { start = index }
                current.append(f)
                continue
            } else if c.isLetter || c.isNumber {
                let folded = Folding.foldCharacter(c)
                if !folded.isEmpty {
                    if current.isEmpty { start = index }
                    current += folded
                    continue
                }
            }
            if (c == "/" || c == "-" || c == "." || c == "_") && !current.isEmpty,
               index + 1 < chars.count, chars[index + 1].isLetter || chars[index + 1].isNumber,
               current.contains(where: \.isNumber) || c == "/" || chars[index + 1].isNumber {
                // Inside a code ("33/CT-TTg", "15-9-2025", "1.2"): keep joining.
                current.append(c == "_" ? "-" : c)
            } else {
                flush(index)
            }
        }
        flush(chars.count)
        return tokens
    }

    /// The folded words of `text`, joined by single spaces, codes kept whole.
    public static func foldedWords(_ text: String) -> [String] {
        ScalarFold.foldedWords(text) ?? generalTokens(text).map(\.text)
    }
}
