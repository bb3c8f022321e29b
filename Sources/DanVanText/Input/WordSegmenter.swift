/// Splits words run together (`vanbancancu`, `quyetdinh3177`, `nhiệmvụ`) into syllables and
/// numbers: the split with the fewest parts, where a known phrase of several syllables counts as one
/// part and a syllable read from Telex/VNI keystrokes costs a little more than one typed as it is.
///
///     segmenter.split(Array("noinhan"))   // pieces ["noi", "nhan"], knownPhrase true
public struct WordSegmenter {
    /// One way of reading a word.
    public struct Split: Equatable {
        /// The parts, as they will be written (decoded syllables with their marks).
        public var pieces: [String]
        /// Some part was read from keystrokes.
        public var decoded = false
        /// Some parts form a phrase of the vocabulary.
        public var knownPhrase = false
        /// A number was split off.
        public var number = false
    }

    let inventory: SyllableInventory
    let decoder: TypingDecoder
    /// Known phrases of two syllables or more: their folded letters run together → the syllables' lengths.
    let phrases: [String: [Int]]
    /// The longest key of `phrases`, in letters.
    let longestPhrase: Int

    static let longestSyllable = 10

    /// Keystrokes that English rarely has, so that a syllable read from them inside a longer word is
    /// no accident of spelling (`questions` is not `qué ti ón`): a vowel letter, and a mark key (w, dd,
    /// aa, ee, oo, a VNI digit) or the Telex key of nặng (j).
    static func clearlyKeyed(_ piece: ArraySlice<Character>) -> Bool {
        let s = Array(String(piece).lowercased())
        guard s.contains(where: { "aeiouy".contains($0) }) else { return false }
        if s.contains(where: \.isNumber) || s.contains("w") || s.contains("j") { return true }
        return ["dd", "aa", "ee", "oo"].contains { TypingDecoder.contains(s, Array($0)) }
    }

    /// Known single words that are no syllable (deadline, ubnd), kept whole.
    init(inventory: SyllableInventory, phrases: [String: [Int]], words: Set<String> = []) {
        self.inventory = inventory
        decoder = TypingDecoder(inventory: inventory)
        var phrases = phrases
        for w in words where w.utf8.count >= 3 && w.utf8.count <= 16 && w.utf8.allSatisfy({ $0 >= 97 && $0 <= 122 })
            && !inventory.isFoldedSyllable(w) {
            phrases[w] = phrases[w] ?? [w.utf8.count]
        }
        self.phrases = phrases
        longestPhrase = phrases.keys.map(\.utf8.count).max() ?? 0
    }

    /// The best split of `word` into two parts or more, or nil when some stretch is no syllable.
    /// Keystrokes are read only in a word typed in ASCII.
    public func split(_ chars: [Character]) -> Split? {
        let n = chars.count
        guard n >= 2 else { return nil }
        let ascii = chars.allSatisfy(\.isASCII)
        let folded = chars.map { Folding.foldCharacter($0) }
        // best[j]: the cheapest reading of chars[0..<j].
        var best: [(cost: Double, from: Int, pieces: [String], decoded: Bool, phrase: Bool, number: Bool)?] =
            Array(repeating: nil, count: n + 1)
        best[0] = (0, 0, [], false, false, false)
        for i in 0..<n {
            guard let here = best[i] else { continue }
            func offer(_ j: Int, _ cost: Double, _ pieces: [String], decoded: Bool = false, phrase: Bool = false, number: Bool = false) {
                let total = here.cost + cost
                if let old = best[j], old.cost <= total { return }
                best[j] = (total, i, here.pieces + pieces, here.decoded || decoded, here.phrase || phrase, here.number || number)
            }
            // A number: a whole run of digits.
            if chars[i].isNumber {
                guard i == 0 || !chars[i - 1].isNumber else { continue }
                var j = i
                while j < n, chars[j].isNumber { j += 1 }
                offer(j, 1, [String(chars[i..<j])], number: true)
                continue
            }
            // A known phrase typed as it is.
            if longestPhrase > 0 {
                var key = ""
                var j = i
                while j < n, j - i < longestPhrase, !chars[j].isNumber {
                    key += folded[j]
                    j += 1
                    guard let lengths = phrases[key] else { continue }
                    var pieces: [String] = []
                    var at = i
                    for l in lengths {
                        pieces.append(String(chars[at..<at + l]))
                        at += l
                    }
                    if at == j, lengths.count == 1 || pieces.allSatisfy({ inventory.isFoldedSyllable(Folding.fold($0)) }) {
                        offer(j, 0.9, pieces, phrase: true)
                    }
                }
            }
            // One syllable, typed as it is or (ASCII) as keystrokes.
            for j in (i + 1)...min(n, i + Self.longestSyllable) {
                let piece = chars[i..<j]
                let hasDigit = piece.contains(where: \.isNumber)
                if !hasDigit {
                    if inventory.isFoldedSyllable(folded[i..<j].joined()) {
                        offer(j, 1, [String(piece)])
                        continue
                    }
                }
                guard ascii else { continue }
                // VNI digits inside the word only: digits ending the word are a number (quyetdinh31).
                if hasDigit, j == n || chars[j].isNumber { continue }
                if Self.clearlyKeyed(piece), let d = decoder.decode(String(piece)) { offer(j, 1.05, [d], decoded: true) }
            }
        }
        guard let last = best[n], last.pieces.count >= 2 else { return nil }
        return Split(pieces: last.pieces, decoded: last.decoded, knownPhrase: last.phrase, number: last.number)
    }
}
