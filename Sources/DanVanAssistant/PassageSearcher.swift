import DanVanKnowledge
import DanVanText
import Foundation

/// Full-text search over a plan's paragraphs, diacritics-insensitive, weighted by rarity (IDF).
///
///     searcher.search(["loa", "truyen", "thanh"], in: plan)   // [(section "II.1", paragraph…, score)]
public struct PassageSearcher: Sendable {
    public struct Passage: Sendable {
        public var section: String
        public var text: String
        public var score: Double
        /// Share of the query's weight found in the passage.
        public var coverage: Double
    }

    struct Indexed: Sendable {
        var section: String
        var text: String
        var words: [String]
        var set: Set<String>
    }

    private var passages: [Indexed] = []
    private var idf: [String: Double] = [:]
    /// Every word of the plan, for finding a typed word's near spellings once per query.
    private var vocabulary: [String] = []

    public init(plan: Plan) {
        var list: [Indexed] = []
        if !plan.preamble.isEmpty { list.append(Self.index("preamble", plan.preamble)) }
        for s in plan.sections {
            if !s.title.isEmpty && s.paragraphs.isEmpty { list.append(Self.index(s.id, s.title)) }
            for p in s.paragraphs { list.append(Self.index(s.id, p)) }
        }
        passages = list
        var df: [String: Int] = [:]
        for p in list { for w in p.set { df[w, default: 0] += 1 } }
        let n = Double(max(1, list.count))
        for (w, c) in df { idf[w] = log(1 + n / Double(c)) }
        vocabulary = Array(df.keys)
    }

    private static func index(_ section: String, _ text: String) -> Indexed {
        let words = Tokenizer.foldedWords(text)
        return Indexed(section: section, text: text, words: words, set: Set(words))
    }

    /// Passages holding most of the query's words, best first; empty when none holds enough.
    ///
    /// - Parameter words: folded content words (stopwords removed by the caller).
    /// - Parameter minimumCoverage: share of the query's weight a passage must hold.
    public func search(_ words: [String], minimumCoverage: Double = 0.6, limit: Int = 3) -> [Passage] {
        var seen = Set<String>()
        let query = words.filter { seen.insert($0).inserted }
        guard !query.isEmpty else { return [] }
        let unknownWeight = log(1 + Double(max(1, passages.count)))
        func weight(_ w: String) -> Double { idf[w] ?? unknownWeight }
        let total = query.reduce(0) { $0 + weight($1) }
        // Each query word with its near spellings in the plan (one typo), found once, not per passage.
        let spellings: [String: Set<String>] = Dictionary(query.map { w in
            (w, w.count >= 5 ? Set(vocabulary.filter { FuzzyMatcher.matches(w, $0) }).union([w]) : [w])
        }, uniquingKeysWith: { a, _ in a })
        var results: [Passage] = []
        for p in passages {
            var got = 0.0
            var hits = 0
            for w in query {
                if !spellings[w]!.isDisjoint(with: p.set) {
                    got += weight(w)
                    hits += 1
                }
            }
            guard hits > 0 else { continue }
            // Words next to each other in the query and in the passage count extra.
            var bigrams = 0
            if query.count > 1 {
                for i in 0..<(query.count - 1) where containsPair(p.words, query[i], query[i + 1]) { bigrams += 1 }
            }
            let coverage = got / total
            let enough = query.count == 1 ? hits == 1 && query[0].count >= 4 : hits >= 2 && coverage >= minimumCoverage
            guard enough else { continue }
            results.append(Passage(section: p.section, text: p.text, score: coverage + 0.15 * Double(bigrams), coverage: coverage))
        }
        results.sort { $0.score > $1.score }
        guard let best = results.first?.score else { return [] }
        return Array(results.filter { $0.score >= best * 0.8 }.prefix(limit))
    }

    private func containsPair(_ words: [String], _ a: String, _ b: String) -> Bool {
        guard words.count > 1 else { return false }
        for i in 0..<(words.count - 1) where words[i] == a && words[i + 1] == b { return true }
        return false
    }
}
