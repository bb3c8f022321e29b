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
    /// Per word (same order), its length.
    private var lengths: [Int] = []
    /// The plain ASCII words that another word may stand for, sorted by what `FuzzyMatcher` asks of a
    /// pair, so that a question word is compared only with those it may match: words of five letters or
    /// more (one edit apart); words of two or three letters ending in "i" or "y" ("ki"/"ky"); words of three
    /// letters or more by their first byte (a slip keeps the first letter). Words that are not plain
    /// ASCII (rare: folded words are) are compared with every question word.
    private var longWords: [Int] = []
    private var iOrYWords: [Int] = []
    private var byFirstByte: [[Int]] = Array(repeating: [], count: 128)
    private var otherWords: [Int] = []

    public init() {}

    /// The number of `word`, given to it on first sight.
    public mutating func number(_ word: String) -> Int {
        if let n = numbers[word] { return n }
        let n = words.count
        let prepared = FuzzyWord(word)
        words.append(prepared)
        numbers[word] = n
        lengths.append(prepared.count)
        if let bytes = prepared.ascii, let first = bytes.first, let last = bytes.last {
            if bytes.count >= 5 { longWords.append(n) }
            if (2...3).contains(bytes.count), last == 0x69 || last == 0x79 { iOrYWords.append(n) }
            if bytes.count >= 3 { byFirstByte[Int(first)].append(n) }
        } else {
            otherWords.append(n)
        }
        return n
    }

    /// The number of `word`, when it is one of the vocabulary's.
    public func number(of word: String) -> Int? { numbers[word] }

    public var count: Int { words.count }

    /// A question's words compared with every word of the vocabulary.
    ///
    /// Measured hot path: each question word is compared only with the vocabulary words that the length
    /// and first-letter rules of `FuzzyMatcher.matches` and `slip` leave possible; `FuzzyMatcher` decides.
    public func table(for typed: [String]) -> FuzzyTable {
        var table = FuzzyTable(count: typed.count, stride: (words.count + 63) / 64)
        guard !words.isEmpty else { return table }
        for (p, text) in typed.enumerated() {
            let t = FuzzyWord(text)
            let exact = numbers[text]
            if let w = exact { table.set(p, w, slip: false) }
            func compare(_ w: Int) {
                guard w != exact else { return }
                if FuzzyMatcher.matches(t, words[w]) { table.set(p, w, slip: false) }
                if FuzzyMatcher.slip(t, words[w]) { table.set(p, w, slip: true) }
            }
            guard let bytes = t.ascii, let first = bytes.first, let last = bytes.last else {
                // A question word that is not plain ASCII: compared with every word.
                for w in words.indices { compare(w) }
                continue
            }
            let n = bytes.count
            for w in otherWords { compare(w) }
            if n >= 5 {
                for w in longWords where w != exact && abs(lengths[w] - n) <= 1 && FuzzyMatcher.matches(t, words[w]) {
                    table.set(p, w, slip: false)
                }
            }
            if n == 2 || n == 3, last == 0x69 || last == 0x79 {
                for w in iOrYWords where w != exact && lengths[w] == n && FuzzyMatcher.matches(t, words[w]) {
                    table.set(p, w, slip: false)
                }
            }
            if n >= 2, first < 0x80 {
                for w in byFirstByte[Int(first)] where w != exact && abs(lengths[w] - n) <= 1 && FuzzyMatcher.slip(t, words[w]) {
                    table.set(p, w, slip: true)
                }
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
