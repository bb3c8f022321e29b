import DanVanIntents
import DanVanKnowledge
import DanVanText

/// What Tab may complete at the end of a line: a command start, a unit's name, a document's number
/// after its kind, a task's number after a task verb — with or without diacritics.
///
///     source.complete("nhiệm vụ của phòng van hoa")
///     // (start: 19, candidates: ["Văn hóa - Xã hội"])
public struct CompletionSource {
    public var knowledge: KnowledgeBase
    public var vocabulary: CompiledVocabulary
    /// Task numbers in the store, when there is one.
    public var taskNumbers: () -> [Int64]

    public init(knowledge: KnowledgeBase, vocabulary: CompiledVocabulary, taskNumbers: @escaping () -> [Int64] = { [] }) {
        self.knowledge = knowledge
        self.vocabulary = vocabulary
        self.taskNumbers = taskNumbers
    }

    /// The start (in Characters) of the fragment to replace and its candidate replacements; nil when none.
    public func complete(_ line: String) -> (start: Int, candidates: [String])? {
        let chars = Array(line)
        let starts = chars.indices.filter { $0 == 0 || (chars[$0 - 1].isWhitespace && !chars[$0].isWhitespace) }
        let endsWithSpace = chars.last?.isWhitespace ?? false
        let lastWordStart = endsWithSpace ? chars.count : (starts.last ?? 0)
        let before = Tokenizer.foldedWords(String(chars[..<lastWordStart]))
        let fragment = Folding.fold(String(chars[lastWordStart...]))

        // A document number after its kind: "chỉ thị 3" → 33/CT-TTg.
        if let kind = knowledge.documentKinds.typedKinds.first(where: { !before.isEmpty && before.suffix($0.tokens.count) == ArraySlice($0.tokens) }),
           fragment.allSatisfy({ $0.isNumber || $0 == "/" }) {
            let symbols = knowledge.documents(kind: kind.kind).compactMap(\.symbol)
                .filter { Folding.fold($0).hasPrefix(fragment) }
            let unique = Array(Set(symbols)).sorted()
            if !unique.isEmpty { return (lastWordStart, unique) }
        }
        // A task number after a task verb: "xong nhiệm vụ 1" → 12, 13.
        if vocabulary.taskNumberVerbs.contains(where: { before.starts(with: $0) }),
           before.suffix(2) == ["nhiem", "vu"] || before.last == "nv", fragment.allSatisfy(\.isNumber) {
            let numbers = taskNumbers().map(String.init).filter { $0.hasPrefix(fragment) }
            if !numbers.isEmpty { return (lastWordStart, numbers) }
        }
        // A unit's name (full, or without "Phòng"/"Trung tâm"), or a command start, for the longest fragment.
        let unitPhrases = unitNames()
        for start in starts where start <= lastWordStart {
            let piece = Folding.fold(String(chars[start...])).trimmingCharacters(in: .whitespaces)
            guard piece.count >= 2 else { continue }
            let pieceWords = Tokenizer.foldedWords(piece)
            func fits(_ phrase: String) -> Bool {
                let words = Tokenizer.foldedWords(phrase)
                guard words.count >= pieceWords.count, !pieceWords.isEmpty else { return false }
                let n = pieceWords.count
                return Array(words.prefix(n - 1)) == Array(pieceWords.prefix(n - 1)) && words[n - 1].hasPrefix(pieceWords[n - 1])
                    && !(endsWithSpace && words.count == n)
            }
            var candidates = unitPhrases.filter(fits)
            if start == 0 { candidates += vocabulary.completionStarts.filter(fits) }
            if !candidates.isEmpty {
                var seen = Set<String>()
                return (start, candidates.filter { seen.insert($0).inserted })
            }
        }
        if chars.allSatisfy(\.isWhitespace) { return (0, vocabulary.completionStarts) }
        return nil
    }

    private func unitNames() -> [String] {
        var out: [String] = []
        for u in knowledge.units.units {
            out.append(u.name)
            let words = u.name.split(separator: " ")
            for prefix in ["Phòng", "Trung tâm", "Sở", "Ban", "Văn phòng"] where u.name.hasPrefix(prefix + " ") {
                let rest = words.dropFirst(prefix.split(separator: " ").count).joined(separator: " ")
                if !rest.isEmpty { out.append(rest) }
            }
        }
        return out
    }
}
