import DanVanKnowledge
import DanVanText
import Foundation

/// Ranked full-text search over a plan's sentences: BM25 over folded syllables and syllable bigrams,
/// diacritics-insensitive, with exact phrases. Built once per plan (the assistant caches it).
///
///     searcher.search(["loa", "truyen", "thanh"])   // [(section "II.1", the sentence, score, coverage)]
///     searcher.search([], phrases: [["dan", "van", "kheo"]])   // sentences holding the phrase
public struct PassageSearcher: Sendable {
    public struct Passage: Sendable {
        public var section: String
        /// The matching sentence (never a cut paragraph).
        public var text: String
        /// BM25 of the sentence for the query (unigrams and bigrams).
        public var score: Double
        /// Share of the query's weight (IDF of its words) found in the sentence, 0–1.
        public var coverage: Double
        /// Share of the query's adjacent word pairs found adjacent in the sentence (1 for a one-word query).
        public var adjacency: Double = 1
    }

    struct Indexed: Sendable {
        var section: String
        var text: String
        var words: [String]
        /// Term frequencies of syllables and of bigrams ("a b" joined by a space).
        var tf: [String: Int]
        var length: Int
        /// The words of the sentence's heading and of the heading above it ("Vùng nuôi tôm hùm lồng, bè"):
        /// a query word found only there counts for part of its weight (`contextShare`).
        var context: Set<String> = []
    }

    private var sentences: [Indexed] = []
    private var idf: [String: Double] = [:]
    private var averageLength = 1.0
    /// Every syllable of the plan, for finding a typed word's near spellings once per query.
    private var vocabulary: [String] = []

    /// A sentence shown with the best one must score at least this share of it.
    static let keepShare = 0.6
    /// Coverage a sentence needs for the fallback search to show it (below: "nothing found").
    public static let answerCoverage = 0.6
    /// Coverage of a topic's words a sentence needs for "does the plan mention X?" to answer yes.
    public static let mentionCoverage = 0.75
    /// Share of a topic's adjacent word pairs a sentence must keep together for "yes" ("chuyển đổi số"
    /// is not "chuyển biến … đổi mới … số").
    public static let mentionAdjacency = 0.5

    /// The share of a word's weight it brings when only the sentence's headings hold it.
    static let contextShare = 0.5

    /// Words from which a heading with paragraphs under it is searched as a sentence of its own.
    static let contentHeadingWords = 8

    static let k1 = 1.2
    static let b = 0.75

    public init(plan: Plan) {
        var list: [Indexed] = []
        var titles: [String: [String]] = [:]
        for s in plan.sections { titles[s.id] = Tokenizer.foldedWords(s.title) }
        func add(_ section: String, _ paragraph: String, context: Set<String> = []) {
            for s in Self.sentences(of: paragraph) {
                var indexed = Self.index(section, s)
                indexed.context = context
                list.append(indexed)
            }
        }
        if !plan.preamble.isEmpty { add("preamble", plan.preamble) }
        for (i, s) in plan.sections.enumerated() {
            if AnswerCancellation.shouldStop(at: i, every: 16) { break }
            // A heading is searched when it stands alone, or when it says something itself ("Dự toán kinh
            // phí … 05 năm = 7.500.000.000 đồng"): eight words or more.
            if !s.title.isEmpty && (s.paragraphs.isEmpty || (titles[s.id]?.count ?? 0) >= Self.contentHeadingWords) {
                add(s.id, s.title)
            }
            let parent = s.id.split(separator: ".").dropLast().joined(separator: ".")
            let context = Set((titles[s.id] ?? []) + (titles[parent] ?? []))
            for p in s.paragraphs { add(s.id, p, context: context) }
        }
        sentences = list
        var df: [String: Int] = [:]
        for s in list { for w in s.tf.keys { df[w, default: 0] += 1 } }
        let n = Double(max(1, list.count))
        for (w, c) in df { idf[w] = log(1 + (n - Double(c) + 0.5) / (Double(c) + 0.5)) }
        averageLength = list.isEmpty ? 1 : Double(list.reduce(0) { $0 + $1.length }) / Double(list.count)
        vocabulary = Array(Set(list.flatMap(\.words)))
    }

    /// Number of sentences indexed.
    public var count: Int { sentences.count }

    /// Splits a paragraph after ". ", "! ", "? ", "; " when a capital letter, a digit or a list mark
    /// follows; not after a short capitalised abbreviation ("TP. Cần Thơ"); a piece of fewer than four
    /// words stays with its neighbour.
    public static func sentences(of paragraph: String) -> [String] {
        let chars = Array(paragraph)
        var out: [String] = []
        var current = ""
        var i = 0
        while i < chars.count {
            let c = chars[i]
            current.append(c)
            if ".!?;".contains(c), i + 2 < chars.count, chars[i + 1] == " " {
                let next = chars[i + 2]
                let starts = next.isUppercase || next.isNumber || "-+•–(".contains(next)
                let words = current.split(separator: " ")
                // "TP. Hòa Bình", "Q. 1": a short capitalised abbreviation before the dot ends no sentence.
                let last = words.last.map { $0.dropLast() } ?? ""
                let abbreviation = c == "." && !last.isEmpty && last.count <= 3 && last.allSatisfy(\.isUppercase)
                if starts && words.count >= 4 && !abbreviation {
                    out.append(current.trimmingCharacters(in: .whitespaces))
                    current = ""
                }
            }
            i += 1
        }
        let rest = current.trimmingCharacters(in: .whitespaces)
        if !rest.isEmpty {
            if rest.split(separator: " ").count < 3, let last = out.popLast() { out.append(last + " " + rest) } else { out.append(rest) }
        }
        return out
    }

    private static func index(_ section: String, _ text: String) -> Indexed {
        let words = Tokenizer.foldedWords(text)
        var tf: [String: Int] = [:]
        for w in words {
            tf[w, default: 0] += 1
            // "02 đợt/năm": the words of a slash-joined pair count on their own too (codes with digits stay whole).
            if w.contains("/"), !w.contains(where: \.isNumber) {
                for part in w.split(separator: "/") where !part.isEmpty { tf[String(part), default: 0] += 1 }
            }
            // "05 năm" is found by "5 năm".
            if let plain = Self.withoutLeadingZeros(w), plain != w { tf[plain, default: 0] += 1 }
        }
        if words.count > 1 { for i in 0..<(words.count - 1) { tf[words[i] + " " + words[i + 1], default: 0] += 1 } }
        return Indexed(section: section, text: text, words: words, tf: tf, length: max(1, words.count))
    }

    /// Sentences best matching the query, best first; empty when none holds enough of it.
    ///
    /// A sentence qualifies when it holds every phrase of `phrases` word for word, and, for `words`,
    /// at least `minimumCoverage` of their IDF weight (two words at least, or the one word of a
    /// one-word query of 4+ letters). Ranked by BM25 over syllables and bigrams.
    ///
    /// - Parameter words: folded content words (stopwords removed by the caller).
    /// - Parameter phrases: folded exact phrases (a quoted part of the question).
    public func search(_ words: [String], phrases: [[String]] = [], minimumCoverage: Double = 0.6, limit: Int = 3) -> [Passage] {
        var seen = Set<String>()
        let query = words.map { Self.withoutLeadingZeros($0) ?? $0 }.filter { seen.insert($0).inserted }
        let phrases = phrases.filter { !$0.isEmpty }
        guard !query.isEmpty || !phrases.isEmpty else { return [] }
        let unknownWeight = log(1 + Double(max(1, sentences.count)))
        func weight(_ w: String) -> Double { idf[w] ?? unknownWeight }
        let total = query.reduce(0) { $0 + weight($1) }
        // Each query word with its near spellings in the plan (one typo), found once, not per sentence.
        let spellings: [String: [String]] = Dictionary(query.map { w in
            (w, w.count >= 5 && idf[w] == nil ? [w] + vocabulary.filter { FuzzyMatcher.matches(w, $0) } : [w])
        }, uniquingKeysWith: { a, _ in a })
        let bigrams = query.count > 1 ? (0..<(query.count - 1)).map { query[$0] + " " + query[$0 + 1] } : []
        var results: [Passage] = []
        for (i, s) in sentences.enumerated() {
            // Ctrl-C in the REPL: a partial result, which the REPL throws away.
            if AnswerCancellation.shouldStop(at: i, every: 256) { break }
            guard phrases.allSatisfy({ Self.contains(s.words, $0) }) else { continue }
            var got = 0.0
            var hits = 0
            var score = 0.0
            let norm = Self.k1 * (1 - Self.b + Self.b * Double(s.length) / averageLength)
            func bm25(_ term: String, _ tf: Int) -> Double {
                let f = Double(tf)
                return weight(term) * f * (Self.k1 + 1) / (f + norm)
            }
            for w in query {
                guard let (form, tf) = spellings[w]!.lazy.compactMap({ f in s.tf[f].map { (f, $0) } }).first else {
                    if !s.context.isEmpty, spellings[w]!.contains(where: s.context.contains) {
                        got += weight(w) * Self.contextShare
                        hits += 1
                        score += weight(w) * Self.contextShare
                    }
                    continue
                }
                got += weight(w)
                hits += 1
                score += bm25(form, tf)
            }
            var pairs = 0
            for g in bigrams { if let tf = s.tf[g] { score += bm25(g, tf); pairs += 1 } }
            for p in phrases { score += Double(p.count) * unknownWeight / 2 }
            let coverage = total > 0 ? got / total : 1
            if !query.isEmpty {
                let enough = query.count == 1 ? hits == 1 && (query[0].count >= 4 || !phrases.isEmpty)
                                              : hits >= 2 && coverage >= minimumCoverage
                guard enough else { continue }
            }
            results.append(Passage(section: s.section, text: s.text, score: score, coverage: coverage,
                                   adjacency: bigrams.isEmpty ? 1 : Double(pairs) / Double(bigrams.count)))
        }
        results.sort { $0.score != $1.score ? $0.score > $1.score : $0.coverage > $1.coverage }
        guard let best = results.first else { return [] }
        // Keep the sentences close to the best one.
        return Array(results.filter { $0.score >= best.score * Self.keepShare }.prefix(limit))
    }

    /// A number written with leading zeros ("05", "02") as plain digits; nil for any other word.
    public static func withoutLeadingZeros(_ word: String) -> String? {
        guard word.count > 1, word.first == "0", word.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        let plain = word.drop { $0 == "0" }
        return plain.isEmpty ? "0" : String(plain)
    }

    /// Whether `words` holds `phrase` word for word.
    static func contains(_ words: [String], _ phrase: [String]) -> Bool {
        guard phrase.count <= words.count else { return false }
        return (0...(words.count - phrase.count)).contains { words[$0..<$0 + phrase.count].elementsEqual(phrase) }
    }

    /// The phrases typed in quotes ("…", “…”, «…»), folded.
    public static func quotedPhrases(_ text: String) -> [[String]] {
        var out: [[String]] = []
        var current: String?
        for c in text {
            if current == nil {
                if c == "\"" || c == "“" || c == "«" { current = "" }
            } else if c == "\"" || c == "”" || c == "»" || c == "“" {
                let words = Tokenizer.foldedWords(current ?? "")
                if !words.isEmpty { out.append(words) }
                current = nil
            } else {
                current?.append(c)
            }
        }
        return out
    }
}
