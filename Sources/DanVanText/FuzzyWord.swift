/// A word prepared once for `FuzzyMatcher`: its bytes when it is plain ASCII (as folded words are), else
/// its characters, with its length and whether it is letters only, so that comparing it with many others
/// never walks its text again.
///
///     let phrase = ["bao", "cao"].map(FuzzyWord.init)   // once, when the vocabulary is compiled
///     FuzzyMatcher.matches(FuzzyWord("baocao"), phrase[0])
public struct FuzzyWord: Hashable, Sendable {
    public let text: String
    /// The bytes, when every character is one ASCII byte (then they stand for the characters; "\r\n",
    /// one character of two bytes, is left to the characters).
    let ascii: [UInt8]?
    /// The characters (grapheme clusters, as `String.count` counts them) of a word that is not plain ASCII.
    private let others: [Character]
    /// The number of characters.
    public let count: Int
    /// Whether every character is a letter.
    let letters: Bool

    public init(_ text: String) {
        self.text = text
        let bytes = Array(text.utf8)
        if bytes.allSatisfy({ $0 < 0x80 && $0 != 0x0D }) {
            ascii = bytes
            others = []
            count = bytes.count
            // The ASCII characters that are letters (`Character.isLetter`) are A–Z and a–z.
            letters = bytes.allSatisfy { ($0 | 0x20) >= 0x61 && ($0 | 0x20) <= 0x7A }
        } else {
            let characters = Array(text)
            ascii = nil
            others = characters
            count = characters.count
            letters = characters.allSatisfy(\.isLetter)
        }
    }

    /// The characters (built from the bytes of an ASCII word: only when compared with a word that is not).
    var characters: [Character] {
        guard let ascii else { return others }
        return ascii.map { Character(Unicode.Scalar($0)) }
    }

    public static func == (a: FuzzyWord, b: FuzzyWord) -> Bool { a.text == b.text }
    public func hash(into hasher: inout Hasher) { hasher.combine(text) }
}
