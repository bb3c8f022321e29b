/// The words of a fixed vocabulary (every keyword phrase of the intents, every unit name), each
/// prepared once and numbered, so that phrases are arrays of numbers and a question's words are
/// compared with each vocabulary word once per question (`FuzzyTable`), not once per phrase and
/// position (measured: a third of answering was `FuzzyMatcher.matches` on the same pairs again).
///
///     var lexicon = FuzzyLexicon()
///     let phrase = ["bao", "cao"].map { lexicon.number($0) }
///     let table = lexicon.table(for: ["han", "baoo", "cao"])
///     table.matches(2, phrase[1])   // true: the same word
public struct FuzzyLexicon: Sendable {
    /// The words, by number.
    public private(set) var words: [FuzzyWord] = []
    private var numbers: [String: Int] = [:]
    /// Per word (same order), what settles most comparisons without its letters: its length, and its
    /// first and last bytes when it is plain ASCII (`asciiWord`).
    private var lengths: [Int] = []
    private var firstBytes: [UInt8] = []
    private var lastBytes: [UInt8] = []
    private var asciiWord: [Bool] = []

    public init() {}

    /// The number of `word`, given to it on first sight.
    public mutating func number(_ word: String) -> Int {
        if let n = numbers[word] { return n }
        let n = words.count
        let prepared = FuzzyWord(word)
        words.append(prepared)
        numbers[word] = n
        lengths.append(prepared.count)
        let bytes = prepared.ascii ?? []
        asciiWord.append(prepared.ascii != nil && !bytes.isEmpty)
        firstBytes.append(bytes.first ?? 0)
        lastBytes.append(bytes.last ?? 0)
        return n
    }

    /// The number of `word`, when it is one of the vocabulary's.
    public func number(of word: String) -> Int? { numbers[word] }

    public var count: Int { words.count }

    /// A question's words compared with every word of the vocabulary.
    public func table(for typed: [String]) -> FuzzyTable {
        let v = words.count
        let stride = (v + 63) / 64
        var table = FuzzyTable(count: typed.count, stride: stride)
        guard v > 0 else { return table }
        for (p, text) in typed.enumerated() {
            let t = FuzzyWord(text)
            let n = t.count
            let bytes = t.ascii ?? []
            let tASCII = t.ascii != nil && !bytes.isEmpty
            let tFirst = bytes.first ?? 0, tLast = bytes.last ?? 0
            let exact = numbers[text]
            // Measured hot path: the length rules of `FuzzyMatcher.matches` and `slip`, and the first and
            // last letters of plain words, settle most pairs; only the rest are compared letter by letter.
            for w in 0..<v {
                if w == exact {
                    table.set(p, w, slip: false)
                    continue
                }
                let m = lengths[w]
                let near = n - m <= 1 && m - n <= 1
                guard near else { continue }
                let plain = tASCII && asciiWord[w]
                // Another word matches when both have five letters or more, or as "ki"/"ky" (two or three letters).
                let mayMatch = (n >= 5 && m >= 5)
                    || (n == m && n >= 2 && n <= 3 && (!plain || ((tLast == 0x69 || tLast == 0x79) && (lastBytes[w] == 0x69 || lastBytes[w] == 0x79))))
                if mayMatch, FuzzyMatcher.matches(t, words[w]) { table.set(p, w, slip: false) }
                // A slip: a typed word of two letters or more, a vocabulary word of three or more, the same first letter.
                if n >= 2, m >= 3, !plain || tFirst == firstBytes[w], FuzzyMatcher.slip(t, words[w]) { table.set(p, w, slip: true) }
            }
        }
        return table
    }
}

/// A question's words compared with a `FuzzyLexicon`: for each pair (question word, vocabulary word),
/// `FuzzyMatcher.matches` and `FuzzyMatcher.slip`, as bits. Same answers as calling `FuzzyMatcher`.
public struct FuzzyTable: Sendable {
    /// The number of question words.
    public let count: Int
    /// 64-bit words per row (one bit per vocabulary word).
    private let stride: Int
    /// Row per question word: bit w set when it matches vocabulary word w.
    private var matchBits: [UInt64]
    /// Row per question word: bit w set when it is a slip of vocabulary word w.
    private var slipBits: [UInt64]
    /// Vocabulary words matched by some question word; matched or slipped by some question word.
    private var matched: [UInt64]
    private var touched: [UInt64]

    init(count: Int, stride: Int) {
        self.count = count
        self.stride = stride
        matchBits = [UInt64](repeating: 0, count: count * stride)
        slipBits = matchBits
        matched = [UInt64](repeating: 0, count: stride)
        touched = matched
    }

    mutating func set(_ position: Int, _ word: Int, slip: Bool) {
        let i = position * stride + word >> 6, bit = UInt64(1) << UInt64(word & 63)
        if slip { slipBits[i] |= bit } else { matchBits[i] |= bit; matched[word >> 6] |= bit }
        touched[word >> 6] |= bit
    }

    /// `FuzzyMatcher.matches(question word at position, vocabulary word number)`.
    @inline(__always)
    public func matches(_ position: Int, _ word: Int) -> Bool {
        matchBits[position * stride + word >> 6] & (UInt64(1) << UInt64(word & 63)) != 0
    }

    /// `FuzzyMatcher.slip(question word at position, vocabulary word number)`.
    @inline(__always)
    public func slip(_ position: Int, _ word: Int) -> Bool {
        slipBits[position * stride + word >> 6] & (UInt64(1) << UInt64(word & 63)) != 0
    }

    /// Whether every word of `phrase` is matched by some question word (or, with `slips`, matched or
    /// slipped): false means the phrase occurs nowhere in the question.
    public func mayHold(_ phrase: [Int], slips: Bool) -> Bool {
        let bits = slips ? touched : matched
        for w in phrase where bits[w >> 6] & (UInt64(1) << UInt64(w & 63)) == 0 { return false }
        return true
    }
}
