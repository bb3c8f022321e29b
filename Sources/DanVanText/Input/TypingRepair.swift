import Foundation

/// Reads a question typed with the input method off or with words run together: each word that is no
/// plausible word as typed, and becomes valid Vietnamese when read as Telex/VNI keystrokes or split
/// into syllables, is rewritten; every other word — codes, numbers, dates, English, names, text with
/// or without diacritics — is left exactly as typed.
///
///     repair.repair("quyeets ddinhj 3177").text   // "quyết định 3177"
///     repair.repair("vanbancancu").text           // "van ban can cu"
///     repair.repair("33/CT-TTg test").rewrites    // []
///
/// The inventory and the vocabulary are read on the first word that needs them: a question typed
/// normally costs only a scan of its letters.
public final class TypingRepair: @unchecked Sendable {
    /// Changes nothing (no data).
    public static let inactive = TypingRepair(data: .empty, phrases: { [] })

    public let inventory: SyllableInventory
    public let decoder: TypingDecoder
    private let data: TypingData
    private let phraseSource: @Sendable () -> [[String]]
    private let lock = NSLock()
    private var state: State?

    /// What is built on first use.
    private struct State {
        var keep: Set<String>
        var beforeNumber: Set<String>
        /// Single known words (folded): left as typed (`lan1`, `deadline`).
        var knownWords: Set<String>
        var segmenter: WordSegmenter
    }

    /// - Parameter phrases: the vocabulary's phrases as folded words (intents' keywords, entity words…),
    ///   asked for on first use.
    public init(data: TypingData, phrases: @escaping @Sendable () -> [[String]]) {
        self.data = data
        inventory = SyllableInventory(text: data.syllables)
        decoder = TypingDecoder(inventory: inventory)
        phraseSource = phrases
    }

    private var loaded: State {
        lock.lock()
        defer { lock.unlock() }
        if let state { return state }
        let sections = data.sections()
        var lexicon: [String: [Int]] = [:]
        var known = Set<String>()
        for phrase in phraseSource() where !phrase.isEmpty {
            if phrase.count == 1 {
                known.insert(phrase[0])
                continue
            }
            // The phrase and each run of two or more of its words.
            for start in 0..<phrase.count - 1 {
                for end in (start + 2)...phrase.count {
                    let words = phrase[start..<end]
                    guard words.allSatisfy({ $0.allSatisfy(\.isLetter) }) else { continue }
                    lexicon[words.joined(), default: words.map(\.count)] = lexicon[words.joined()] ?? words.map(\.count)
                }
            }
        }
        let s = State(keep: sections["keep"] ?? [], beforeNumber: sections["before-number"] ?? [], knownWords: known,
                      segmenter: WordSegmenter(inventory: inventory, phrases: lexicon))
        state = s
        return s
    }

    /// The text with its mistyped words rewritten, and what was rewritten, in order.
    public func repair(_ text: String) -> (text: String, rewrites: [TypingRewrite]) {
        guard !data.syllables.isEmpty else { return (text, []) }
        let chars = Array(text)
        var out = ""
        var rewrites: [TypingRewrite] = []
        var i = 0
        var changed = false
        while i < chars.count {
            guard chars[i].isLetter || chars[i].isNumber else {
                out.append(chars[i])
                i += 1
                continue
            }
            var j = i
            while j < chars.count, chars[j].isLetter || chars[j].isNumber { j += 1 }
            let word = Array(chars[i..<j])
            if !Self.insideCode(chars, i, j), Self.mayNeedRepair(word), let fixed = repairWord(word) {
                out += fixed
                rewrites.append(TypingRewrite(from: String(word), to: fixed))
                changed = true
            } else {
                out += String(word)
            }
            i = j
        }
        return changed ? (out, rewrites) : (text, [])
    }

    /// A word joined to letters or digits by `/ - . _ @` (33/CT-TTg, 15.12, II.1, a@b.vn) is part of a code.
    static func insideCode(_ chars: [Character], _ start: Int, _ end: Int) -> Bool {
        let joiners: Set<Character> = ["/", "-", ".", "_", "@", "&", "+", "\\"]
        func alnum(_ k: Int) -> Bool { k >= 0 && k < chars.count && (chars[k].isLetter || chars[k].isNumber) }
        if start > 0, joiners.contains(chars[start - 1]), alnum(start - 2) { return true }
        if end < chars.count, joiners.contains(chars[end]), alnum(end + 1) { return true }
        return false
    }

    static let vowelLetters: Set<Character> = ["a", "e", "i", "o", "u", "y"]

    /// Whether a word could be keystrokes or words run together, decided from its letters alone (the
    /// inventory is not needed to pass over the other words).
    static func mayNeedRepair(_ word: [Character]) -> Bool {
        guard word.count <= 60, !word.allSatisfy(\.isNumber) else { return false }
        let folded = word.map { Folding.foldCharacter($0) }.joined()
        let letters = Array(folded)
        var groups = 0
        var inVowels = false
        for c in letters {
            let v = vowelLetters.contains(c)
            if v && !inVowels { groups += 1 }
            inVowels = v
        }
        if groups >= 2 { return true }
        guard word.allSatisfy(\.isASCII) else { return false }
        if word.contains(where: \.isNumber) { return groups >= 1 }
        guard let firstVowel = letters.firstIndex(where: vowelLetters.contains) ?? letters.firstIndex(of: "w") else { return false }
        if letters.contains("w") { return true }
        if letters.count >= 2, letters[0] == "d", letters[1] == "d" { return true }
        for k in letters.indices.dropFirst() where letters[k] == letters[k - 1] && "aeo".contains(letters[k]) { return true }
        return letters[(firstVowel + 1)...].contains { "sfrxjz".contains($0) }
    }

    /// The rewritten word, or nil to leave it as typed.
    func repairWord(_ word: [Character]) -> String? {
        let state = loaded
        let typed = String(word)
        let folded = Folding.fold(typed)
        guard !state.keep.contains(folded), !state.knownWords.contains(folded) else { return nil }
        if inventory.isFoldedSyllable(folded), !word.contains(where: \.isNumber) { return nil }
        let ascii = word.allSatisfy(\.isASCII)
        if ascii {
            // Letters glued to a number: `dot1`, `nam2025`, unless the digits are VNI keys (`han5`).
            if let cut = word.firstIndex(where: \.isNumber), word[cut...].allSatisfy(\.isNumber) {
                let letters = Folding.fold(String(word[..<cut]))
                if inventory.isFoldedSyllable(letters),
                   state.beforeNumber.contains(letters) || word.count - cut > 2 || word[cut...].contains("0") {
                    return String(word[..<cut]) + " " + String(word[cut...])
                }
            }
            // A single letter and digits is a code (A1, B2), not VNI.
            let lettersTyped = word.filter(\.isLetter).count
            if lettersTyped >= 2 || !word.contains(where: \.isNumber), let decoded = decoder.decode(typed) { return decoded }
        }
        guard let split = state.segmenter.split(word) else { return nil }
        // Plain ASCII letters may be an English word or a name: split them only into known phrases or
        // keystrokes. Diacritics say the word is Vietnamese.
        let syllables = split.pieces.filter { !$0.allSatisfy(\.isNumber) }.count
        if ascii, !(split.decoded || split.knownPhrase || (split.number && syllables >= 2)) { return nil }
        return split.pieces.joined(separator: " ")
    }
}
