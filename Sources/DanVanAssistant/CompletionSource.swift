import DanVanIntents
import DanVanKnowledge
import DanVanTasks
import DanVanText

/// What Tab may complete at the end of a line: a command start, a unit's name, a document's number
/// after its kind, a task's number after a task verb — with or without diacritics.
///
///     source.complete("nhiệm vụ của phòng van hoa")
///     // (start: 19, candidates: ["Văn hóa - Xã hội"])
public struct CompletionSource {
    /// The fragment to replace (from `start`, in Characters), its replacements and, for task
    /// numbers, what to show beside each ("12  Họp dân").
    public struct Result: Equatable {
        public var start: Int
        public var candidates: [String]
        public var labels: [String]?
    }

    public var knowledge: KnowledgeBase
    public var vocabulary: CompiledVocabulary
    /// Task numbers in the store, when there is one.
    public var taskNumbers: () -> [Int64]
    /// Task numbers with their titles, when the store can tell them (preferred to `taskNumbers`).
    public var taskTitles: () -> [Int64: String]

    /// Folded verbs of the commands that act on an existing task ("xong", "đổi hạn": every intent of
    /// `Intents/tasks.yaml` but `task.add`) and the task nouns ("nhiệm vụ", "nv"): a number is completed after them.
    let taskNumberVerbs: [[String]]
    let taskNouns: [[String]]

    public init(knowledge: KnowledgeBase, vocabulary: CompiledVocabulary, taskVocabulary: TaskVocabulary? = nil,
                taskNumbers: @escaping () -> [Int64] = { [] }, taskTitles: @escaping () -> [Int64: String] = { [:] }) {
        self.knowledge = knowledge
        self.vocabulary = vocabulary
        taskNumberVerbs = (taskVocabulary?.intents ?? [:]).filter { $0.key != TaskIntent.add.rawValue }
            .flatMap(\.value.verbs).map(Tokenizer.foldedWords).filter { !$0.isEmpty }
        taskNouns = (taskVocabulary?.nouns ?? []).map(Tokenizer.foldedWords).filter { !$0.isEmpty }
        self.taskNumbers = taskNumbers
        self.taskTitles = taskTitles
    }

    /// The start (in Characters) of the fragment to replace and its candidate replacements; nil when none.
    public func complete(_ line: String) -> Result? {
        let chars = Array(line)
        let endsWithSpace = chars.last?.isWhitespace ?? false
        let starts = chars.indices.filter { $0 == 0 || (chars[$0 - 1].isWhitespace && !chars[$0].isWhitespace) }
        let lastWordStart = endsWithSpace ? chars.count : (starts.last ?? 0)
        let general = completeGenerally(line)
        // A kind of unit or a short form as the last word: "của p" → phòng…, "của tt" → trung tâm….
        guard general == nil || general?.start == lastWordStart, lastWordStart < chars.count else { return general }
        let hasWordsBefore = !Tokenizer.foldedWords(String(chars[..<lastWordStart])).isEmpty
        let kinds = unitKinds(matching: Folding.fold(String(chars[lastWordStart...])), afterWords: hasWordsBefore)
        guard !kinds.isEmpty else { return general }
        var seen = Set<String>()
        let merged = (kinds + (general?.candidates ?? [])).filter { seen.insert(Folding.fold($0)).inserted }
        return Result(start: lastWordStart, candidates: merged)
    }

    /// Document numbers, task numbers, unit names and command starts.
    private func completeGenerally(_ line: String) -> Result? {
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
            if !unique.isEmpty { return Result(start: lastWordStart, candidates: unique) }
        }
        // A task number after a task verb: "xong nhiệm vụ 1" → 12, 13.
        if taskNumberVerbs.contains(where: { before.starts(with: $0) }),
           taskNouns.contains(where: { before.suffix($0.count) == ArraySlice($0) }), fragment.allSatisfy(\.isNumber) {
            let titles = taskTitles()
            let numbers = (titles.isEmpty ? taskNumbers() : Array(titles.keys)).sorted()
                .filter { String($0).hasPrefix(fragment) }
            if !numbers.isEmpty {
                let labels = titles.isEmpty ? nil : numbers.map { "\($0)  \(titles[$0] ?? "")" }
                return Result(start: lastWordStart, candidates: numbers.map(String.init), labels: labels)
            }
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
                return Result(start: start, candidates: candidates.filter { seen.insert($0).inserted })
            }
        }
        if chars.allSatisfy(\.isWhitespace) { return Result(start: 0, candidates: vocabulary.completionStarts) }
        return nil
    }

    /// Every unit's name, and the name without its leading type word ("Văn hóa - Xã hội").
    private func unitNames() -> [String] {
        let types = typeWords()
        var out: [String] = []
        for u in knowledge.units.units {
            out.append(u.name)
            let words = u.name.split(separator: " ")
            let folded = Tokenizer.foldedWords(u.name)
            for type in types.full where folded.starts(with: type.words) && folded.count > type.words.count {
                let rest = words.dropFirst(type.name.split(separator: " ").count).joined(separator: " ")
                if !rest.isEmpty { out.append(rest) }
            }
        }
        return out
    }

    /// The unit type words of `Data/units.yaml`: the full ones ("phòng", "trung tâm") and, for each,
    /// its short forms found in the same list ("p", "tt": a prefix of the word or its initials).
    private func typeWords() -> (full: [(name: String, words: [String])], shortForms: [String: [String]]) {
        let all = knowledge.units.typeWordNames.map { (name: $0, words: Tokenizer.foldedWords($0)) }.filter { !$0.words.isEmpty }
        func isShortForm(_ short: [String], of long: [String]) -> Bool {
            guard short.count == 1, short != long else { return false }
            let initials = String(long.compactMap(\.first))
            return long.count > 1 ? initials == short[0] : long[0].hasPrefix(short[0]) && short[0].count < long[0].count
        }
        let full = all.filter { entry in !all.contains { isShortForm(entry.words, of: $0.words) } }
        var shortForms: [String: [String]] = [:]
        for entry in full {
            shortForms[entry.name] = all.filter { isShortForm($0.words, of: entry.words) }.map { $0.words[0] }
        }
        return (full, shortForms)
    }

    /// What a last word may stand for: unit type words it begins or abbreviates ("p" → "phòng",
    /// "tt" → "trung tâm"), then the units named with such a type word, or whose initials it begins
    /// ("vhxh" → "Phòng Văn hóa - Xã hội"). One letter counts only after other words ("của p").
    private func unitKinds(matching fragment: String, afterWords: Bool) -> [String] {
        guard !fragment.isEmpty, fragment.allSatisfy(\.isLetter), afterWords || fragment.count >= 2 else { return [] }
        let types = typeWords()
        let matchingTypes = types.full.filter { type in
            type.words.joined(separator: " ").hasPrefix(fragment) || (types.shortForms[type.name] ?? []).contains { $0.hasPrefix(fragment) }
        }
        var out = matchingTypes.filter { $0.words.joined(separator: " ") != fragment }.map(\.name)
        for unit in knowledge.units.units where unit.collective != true {
            let words = Tokenizer.foldedWords(unit.name)
            let named = matchingTypes.contains { words.starts(with: $0.words) && words.count > $0.words.count }
            let initials = knowledge.units.initials(of: words)
            let core = types.full.first { words.starts(with: $0.words) }.map { Array(words.dropFirst($0.words.count)) } ?? words
            let coreInitials = knowledge.units.initials(of: core)
            let abbreviated = fragment.count >= 2 && (initials.hasPrefix(fragment) || coreInitials.hasPrefix(fragment))
            if named || abbreviated { out.append(unit.name) }
        }
        return out
    }
}
