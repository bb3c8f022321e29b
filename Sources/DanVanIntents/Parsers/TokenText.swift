import DanVanTasks
import DanVanText

/// A command's text as folded tokens that remember where they stood, for phrase matching and for
/// cutting the original (diacritics kept) back out.
///
///     let t = TokenText("Xong nhiệm vụ #3")
///     t.match(["xong"], at: 0)      // 1
///     t.original(from: 1, to: 3)    // "nhiệm vụ #3"
struct TokenText {
    /// The text in NFC, one element per character (token offsets index it).
    let characters: [Character]
    let tokens: [Token]

    init(_ text: String) {
        let nfc = Folding.nfc(text)
        characters = Array(nfc)
        tokens = Tokenizer.tokens(nfc)
    }

    /// The question's own tokens: the line is not tokenized a second time.
    init(_ question: NormalizedQuestion) {
        characters = Array(question.text)
        tokens = question.spans
    }

    var nfc: String { String(characters) }
    var count: Int { tokens.count }

    /// The token index just after `phrase` when it starts at `index` (words compared with typo tolerance).
    func match(_ phrase: [String], at index: Int, end: Int? = nil) -> Int? {
        let end = end ?? tokens.count
        guard !phrase.isEmpty, index >= 0, index + phrase.count <= end else { return nil }
        for (offset, word) in phrase.enumerated() where !FuzzyMatcher.matches(tokens[index + offset].text, word) {
            return nil
        }
        return index + phrase.count
    }

    /// The longest of `phrases` starting at `index`: its end index and the phrase.
    func longestMatch(_ phrases: [[String]], at index: Int, end: Int? = nil) -> (end: Int, phrase: [String])? {
        var best: (Int, [String])?
        for phrase in phrases {
            if let stop = match(phrase, at: index, end: end), stop > (best?.0 ?? index) { best = (stop, phrase) }
        }
        return best.map { (end: $0.0, phrase: $0.1) }
    }

    /// Every place one of `phrases` occurs in `range`, longest match at each start, left to right,
    /// without overlaps.
    func occurrences(of phrases: [[String]], in range: Range<Int>) -> [Range<Int>] {
        var found: [Range<Int>] = []
        var index = range.lowerBound
        while index < range.upperBound {
            if let m = longestMatch(phrases, at: index, end: range.upperBound) {
                found.append(index..<m.end)
                index = m.end
            } else {
                index += 1
            }
        }
        return found
    }

    /// The original text from the start of token `from` to the end of token `to - 1`.
    func original(from: Int, to: Int) -> String {
        guard from < to, from < tokens.count else { return "" }
        return String(characters[tokens[from].start..<tokens[to - 1].end])
    }

    /// The original text between two character offsets.
    func original(chars range: Range<Int>) -> String {
        let lower = max(0, min(range.lowerBound, characters.count))
        let upper = max(lower, min(range.upperBound, characters.count))
        return String(characters[lower..<upper])
    }

    /// The last non-space character before character offset `offset`.
    func previousMark(before offset: Int) -> Character? {
        var i = offset - 1
        while i >= 0, characters[i].isWhitespace { i -= 1 }
        return i >= 0 ? characters[i] : nil
    }

    /// The index of the first token starting at or after character offset `offset`.
    func tokenIndex(atOrAfter offset: Int) -> Int {
        tokens.firstIndex { $0.start >= offset } ?? tokens.count
    }
}
