import DanVanREPL
import DanVanText

/// The fixture's completion (the product completes through `CompletionSource`): finds, among fixed phrases, those that complete the end of a line, with or without diacritics.
///
///     CompletionMatcher(phrases: ["Văn hóa - Xã hội", "Văn phòng HĐND và UBND"])
///         .completions(for: "nhiệm vụ của phòng van hoa")
///     // Completions(start: 19, candidates: ["Văn hóa - Xã hội"])
///
/// The longest trailing fragment that starts a word and begins at least one phrase wins (compared
/// folded: no diacritics, đ = d, lower case), so several-word fragments like "van hoa" complete.
struct CompletionMatcher: Sendable {
    var phrases: [String]

    init(phrases: [String]) { self.phrases = phrases }

    /// The phrases completing the end of `line`.
    ///
    /// - Parameter line: the text before the cursor.
    /// - Returns: the fragment's start and the matching phrases in their given order; `.none` if none.
    func completions(for line: String) -> Completions {
        let characters = Array(line)
        let folded = phrases.map { Folding.fold($0) }
        for start in wordStarts(characters) {
            let fragment = Folding.fold(String(characters[start...]))
            guard !fragment.isEmpty else { continue }
            let matches = phrases.indices.filter { folded[$0].hasPrefix(fragment) }.map { phrases[$0] }
            if !matches.isEmpty { return Completions(start: start, candidates: matches) }
        }
        return .none
    }

    private func wordStarts(_ characters: [Character]) -> [Int] {
        characters.indices.filter { $0 == 0 || (characters[$0 - 1].isWhitespace && !characters[$0].isWhitespace) }
    }
}
