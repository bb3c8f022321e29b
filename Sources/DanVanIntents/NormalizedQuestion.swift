import DanVanText

/// A question ready for matching: NFC text, folded tokens, polite fillers marked.
public struct NormalizedQuestion: Sendable {
    public var original: String
    /// NFC of the original, control characters removed.
    public var text: String
    /// Folded tokens, in order.
    public var tokens: [String]
    /// The same tokens with their character offsets in `text` (the one tokenization every parser reads).
    public var spans: [Token]
    /// Each token as typed (NFC, lower case, with its diacritics), for codes that folding would confuse ("ĐA" / "đã").
    public var typed: [String]
    /// Token indices that are polite fillers ("cho tôi hỏi", "ạ").
    public var fillers: Set<Int>
    /// The question starts with a follow-up marker ("thế còn", "còn").
    public var startsAsFollowUp: Bool
    /// Words read differently from how they were typed (Telex/VNI keystrokes, words run together), in order.
    public var rewrites: [TypingRewrite]

    public init(_ raw: String, vocabulary: CompiledVocabulary) {
        original = raw
        (text, rewrites) = vocabulary.typing.repair(Self.clean(raw))
        let raw = Tokenizer.tokens(text)
        spans = raw
        tokens = raw.map(\.text)
        let chars = Array(text)
        typed = raw.map { t in
            t.end <= chars.count ? String(chars[t.start..<t.end]) : t.text
        }
        var fillerSet = Set<Int>()
        for filler in vocabulary.fillers where filler.count <= tokens.count {
            for start in 0...(tokens.count - filler.count) where tokens[start..<start + filler.count].elementsEqual(filler) {
                fillerSet.formUnion(start..<start + filler.count)
            }
        }
        fillers = fillerSet
        let words = tokens
        startsAsFollowUp = vocabulary.followUpMarkers.contains { m in words.starts(with: m) }
    }

    /// NFC, without terminal escape sequences, control or invisible characters.
    static func clean(_ raw: String) -> String {
        // The pattern is compiled by ICU on first use (milliseconds): only text holding an ESC needs it.
        let noEscapes = !raw.utf8.contains(0x1B) ? raw : raw.replacingOccurrences(of: "\u{1B}\\[[0-9;?]*[ -/]*[@-~]|\u{1B}\\][^\u{07}\u{1B}]*(\u{07}|\u{1B}\\\\)?|\u{1B}.",
                                                 with: "", options: .regularExpression)
        let scalars = Folding.nfc(noEscapes).unicodeScalars.filter {
            !$0.properties.isDefaultIgnorableCodePoint && ($0.value >= 0x20 || $0 == "\t") && !(0x7F...0x9F).contains($0.value)
        }
        // Trimmed of White_Space (the set `.whitespacesAndNewlines` names), without Foundation's CharacterSet.
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
              let last = scalars.lastIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        return String(String.UnicodeScalarView(scalars[first...last]))
    }

    /// Tokens that carry meaning (not fillers).
    public var contentIndices: [Int] { tokens.indices.filter { !fillers.contains($0) } }
}

import Foundation
