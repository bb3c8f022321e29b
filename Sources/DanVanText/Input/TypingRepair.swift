import Foundation  // NSLock only

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
        /// Every word of the vocabulary (folded): plain letters run together are split only into these.
        var vocabularyWords: Set<String>
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
        var words = Set<String>()
        for phrase in phraseSource() where !phrase.isEmpty {
            words.formUnion(phrase)
            if phrase.count == 1 {
                known.insert(phrase[0])
                continue
            }
            guard phrase.allSatisfy({ $0.utf8.allSatisfy { $0 >= 97 && $0 <= 122 } }) else { continue }
            // The phrase, and each pair of words in it.
            lexicon[phrase.joined()] = phrase.map(\.utf8.count)
            guard phrase.count > 2 else { continue }
            for k in 0..<phrase.count - 1 where lexicon[phrase[k] + phrase[k + 1]] == nil {
                lexicon[phrase[k] + phrase[k + 1]] = [phrase[k].utf8.count, phrase[k + 1].utf8.count]
            }
        }
        let s = State(keep: sections["keep"] ?? [], beforeNumber: sections["before-number"] ?? [], knownWords: known,
                      vocabularyWords: words, segmenter: WordSegmenter(inventory: inventory, phrases: lexicon, words: known))
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
        // A word in capitals is an acronym (GIS, MW, IX) unless the whole line is (caps lock on).
        let capsLine = chars.allSatisfy { !$0.isLetter || $0.isUppercase }
        // A line with VNI keys in one word reads digits glued to the other words as VNI keys too (muc5 → mục).
        let vniLine = text.split(whereSeparator: { !$0.isLetter && !$0.isNumber }).contains { Self.showsVNI(Array($0)) }
        while i < chars.count {
            guard chars[i].isLetter || chars[i].isNumber else {
                out.append(chars[i])
                i += 1
                continue
            }
            var j = i
            while j < chars.count, chars[j].isLetter || chars[j].isNumber { j += 1 }
            let word = Array(chars[i..<j])
            let acronym = !capsLine && word.count >= 2 && word.allSatisfy { !$0.isLetter || $0.isUppercase }
            if acronym, let spelled = Self.acronymWithĐ(word) {
                out += spelled
                rewrites.append(TypingRewrite(from: String(word), to: spelled))
                changed = true
            } else if !acronym || Self.markKeys(word), Self.mayNeedRepair(word), !Self.insideCode(chars, i, j), let fixed = repairWord(word, vniLine: vniLine) {
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

    /// A word joined to letters or digits by `. @ & + \\` (15.12, II.1, a@b.vn), or by `/ - _` next to a
    /// digit or in a word holding one (33/CT-TTg, 15-12, kh308/ubnd), is part of a code. Words joined by
    /// `/` or `-` alone (đợt/năm, kinh tế-xã hội) are words.
    static func insideCode(_ chars: [Character], _ start: Int, _ end: Int) -> Bool {
        let joiners = codeJoiners, wordJoiners = codeWordJoiners
        func alnum(_ k: Int) -> Bool { k >= 0 && k < chars.count && (chars[k].isLetter || chars[k].isNumber) }
        /// Digits that are not VNI keys (33, kh308): a code.
        func numbered(_ word: ArraySlice<Character>) -> Bool {
            word.contains(where: \.isNumber) && !showsVNI(Array(word))
        }
        func word(endingAt e: Int) -> ArraySlice<Character> {
            var s = e
            while s > 0, chars[s - 1].isLetter || chars[s - 1].isNumber { s -= 1 }
            return chars[s..<e]
        }
        func word(startingAt s: Int) -> ArraySlice<Character> {
            var e = s
            while e < chars.count, chars[e].isLetter || chars[e].isNumber { e += 1 }
            return chars[s..<e]
        }
        let own = numbered(chars[start..<end])
        if start > 0, alnum(start - 2) {
            if joiners.contains(chars[start - 1]) { return true }
            if wordJoiners.contains(chars[start - 1]), own || numbered(word(endingAt: start - 1)) { return true }
        }
        if end < chars.count, alnum(end + 1) {
            if joiners.contains(chars[end]) { return true }
            if wordJoiners.contains(chars[end]), own || numbered(word(startingAt: end + 1)) { return true }
        }
        return false
    }

    /// An acronym run together with words in lower case (HDNDla, cuaUBND, QDla gi): split where the case
    /// changes, when every part in lower case is a word of the vocabulary (as typed or repaired).
    func splitAtCase(_ word: [Character]) -> String? {
        guard word.allSatisfy(\.isASCII), word.allSatisfy(\.isLetter) else { return nil }
        var parts: [[Character]] = []
        for c in word {
            if let last = parts.last?.last, last.isUppercase == c.isUppercase {
                parts[parts.count - 1].append(c)
            } else {
                parts.append([c])
            }
        }
        // A capital starting a word (Hà, TTg) is not an acronym: join a single capital to the lower case after it.
        var merged: [[Character]] = []
        for p in parts {
            if let last = merged.last, last.count == 1, last[0].isUppercase, p[0].isLowercase {
                merged[merged.count - 1] += p
            } else {
                merged.append(p)
            }
        }
        guard merged.count >= 2, merged.contains(where: { $0.count >= 2 && $0.allSatisfy(\.isUppercase) }) else { return nil }
        var out: [String] = []
        for p in merged {
            if p.allSatisfy(\.isUppercase) {
                guard p.count >= 2 else { return nil }
                out.append(String(p))
            } else if p.count >= 2, loaded.vocabularyWords.contains(Folding.fold(String(p))) {
                out.append(String(p))
            } else if let fixed = repairWord(p) {
                out.append(fixed)
            } else {
                return nil
            }
        }
        return out.joined(separator: " ")
    }

    /// Telex mark keys (aa ee oo aw ow uw dd) or VNI keys: enough to read a word in capitals (NHAAN DAAN)
    /// as keystrokes rather than an acronym.
    static func markKeys(_ word: [Character]) -> Bool {
        let s = Array(String(word).lowercased())
        return showsVNI(word) || ["aa", "ee", "oo", "aw", "ow", "uw", "dd"].contains { TypingDecoder.contains(s, Array($0)) }
    }

    /// An acronym typed with Telex dd or VNI d9 for Đ (QDD, HDDND, QD9): the same with Đ.
    static func acronymWithĐ(_ word: [Character]) -> String? {
        guard word.allSatisfy(\.isASCII), TypingDecoder.contains(word, ["D", "D"]) || TypingDecoder.contains(word, ["D", "9"]),
              !word.contains(where: { "AEIOY".contains($0) }) else { return nil }
        return String(TypingDecoder.replacing(TypingDecoder.replacing(word, ["D", "D"], with: ["Đ"]), ["D", "9"], with: ["Đ"]))
    }

    /// Whether an ASCII word shows VNI keys beyond doubt: a digit between letters (ha5n, d9i5nh) or a
    /// mark digit 6–9 after a letter (quyet61, o7).
    static func showsVNI(_ word: [Character]) -> Bool {
        guard word.allSatisfy(\.isASCII) else { return false }
        for k in word.indices.dropFirst() where word[k].isNumber && word[k - 1].isLetter {
            if "6789".contains(word[k]) { return true }
            if k + 1 < word.count, word[k + 1].isLetter { return true }
            if k + 2 < word.count, word[k + 1].isNumber, word[k + 2].isLetter { return true }
        }
        return false
    }

    static let vowelLetters: Set<Character> = ["a", "e", "i", "o", "u", "y"]
    /// What joins the words of a code (`insideCode`), built once (measured: building the sets for every
    /// word of every question was a fifth of reading a question).
    static let codeJoiners: Set<Character> = [".", "@", "&", "+", "\\"]
    static let codeWordJoiners: Set<Character> = ["/", "-", "_"]

    /// Whether a word could be keystrokes or words run together, decided from its letters alone (the
    /// inventory is not needed to pass over the other words).
    /// Where an abbreviation glued to a number or a symbol ends (`qd3177`, `kh172`, `nd59/2023`): two letters
    /// or more and no vowel before the first digit, so never a syllable with a VNI tone key.
    static func abbreviationCut(_ word: [Character]) -> Int? {
        guard let cut = word.firstIndex(where: \.isNumber), cut >= 2,
              word[..<cut].allSatisfy({ $0.isLetter && !Folding.fold(String($0)).contains(where: vowelLetters.contains) }),
              word[cut...].allSatisfy({ $0.isNumber || $0.isLetter || "/-.".contains($0) }) else { return nil }
        return cut
    }

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
        // Capitals run together with lower case (HDNDla, cuaUBND).
        for k in word.indices.dropFirst(2) where word[k].isLowercase != word[k - 1].isLowercase
            && word[k].isLetter && word[k - 1].isLetter && (word[k - 1].isUppercase ? word[k - 2].isUppercase : true) {
            return true
        }
        if word.contains(where: \.isNumber) {
            return groups >= 1 || abbreviationCut(word) != nil
        }
        guard let firstVowel = letters.firstIndex(where: vowelLetters.contains) ?? letters.firstIndex(of: "w") else { return false }
        if letters.contains("w") { return true }
        if letters.count >= 2, letters[0] == "d", letters[1] == "d" { return true }
        for k in letters.indices.dropFirst() where letters[k] == letters[k - 1] && "aeo".contains(letters[k]) { return true }
        return letters[(firstVowel + 1)...].contains { "sfrxjz".contains($0) }
    }

    /// The rewritten word, or nil to leave it as typed.
    func repairWord(_ word: [Character], vniLine: Bool = false) -> String? {
        let state = loaded
        let typed = String(word)
        let folded = Folding.fold(typed)
        guard !state.keep.contains(folded), !state.knownWords.contains(folded) else { return nil }
        if inventory.isFoldedSyllable(folded), !word.contains(where: \.isNumber) { return nil }
        let ascii = word.allSatisfy(\.isASCII)
        if ascii {
            // In a line typed in VNI, trailing digits are keys (muc5 → mục, y1 → ý).
            if vniLine, let decoded = decoder.decode(typed) { return decoded }
            if let cut = Self.abbreviationCut(word) { return String(word[..<cut]) + " " + String(word[cut...]) }
            // Letters glued to a number: `dot1`, `nam2025`, unless the digits are VNI keys (`han5`).
            if let cut = word.firstIndex(where: \.isNumber), word[cut...].allSatisfy(\.isNumber) {
                let letters = Folding.fold(String(word[..<cut]))
                if inventory.isFoldedSyllable(letters),
                   state.beforeNumber.contains(letters) || word.count - cut > 2 || word[cut...].contains("0") {
                    return String(word[..<cut]) + " " + String(word[cut...])
                }
            }
            // A single letter and a tone digit is a code (A1, B2), not VNI; o7, a6 are VNI.
            let lettersTyped = word.filter(\.isLetter).count
            if lettersTyped >= 2 || !word.contains(where: \.isNumber) || Self.showsVNI(word), let decoded = decoder.decode(typed) {
                return decoded
            }
        }
        if let parts = splitAtCase(word) { return parts }
        guard let split = state.segmenter.split(word) else { return nil }
        // Plain ASCII letters may be an English word or a name: split them only into known phrases or
        // keystrokes. Diacritics say the word is Vietnamese.
        let syllables = split.pieces.filter { !$0.allSatisfy(\.isNumber) }.count
        // Digits first (1AE, 3G) make a code, not a word glued to its number.
        let glued = split.number && syllables >= 2 && word[0].isLetter
        // Plain letters split into words of the vocabulary, each of two letters or more (hoaxa, kinhte;
        // not code, only, above).
        let common = !split.number && word.count >= 5
            && split.pieces.allSatisfy { $0.count >= 2 && state.vocabularyWords.contains(Folding.fold($0)) }
        if ascii, !(split.decoded || split.knownPhrase || glued || common) { return nil }
        return split.pieces.joined(separator: " ")
    }
}
