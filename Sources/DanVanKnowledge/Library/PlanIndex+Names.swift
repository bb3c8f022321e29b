import GRDB

/// Finding the plan a run of words after "kế hoạch" names (`PlanNameRun`) in the word index, reading as few
/// postings as the rule allows, so that the cost does not grow with the plans that share a common word.
///
/// A plan's run ends at the first `.word` step whose word it lacks: the plans whose run passes the first
/// `i` `.word` steps (level `i`) are those holding those `i` words, and the best any of them can score is
/// `i` plus the connectors before the next `.word` step (`bound`). Levels are looked at deepest first:
/// - a plan holding every word its level allows scores the bound: one query reading the postings of the
///   rarest of those words until two such plans are found (a tie at once, as with 357 plans about
///   "chuyển đổi số", or 5,000 "triển khai công tác");
/// - else the plans of the level are scored (each word a keyed probe), driven by the rarest word they must hold;
/// - a level whose bound is below the best found cannot change which plan is named, nor can any shallower
///   level (their bounds are no higher): the search stops there.
extension PlanIndex {
    static func bestTwo(namedBy run: PlanNameRun, _ db: Database) throws -> [PlanNameRun.Match] {
        let postings = try db.cachedStatement(sql: "SELECT plans FROM wordcount WHERE word = ?")
        var counts: [String: Int] = [:]
        for step in run.steps where counts[step.word] == nil {
            counts[step.word] = try Int.fetchOne(postings, arguments: [step.word]) ?? 0
        }
        // No saved plan goes past a `.word` step no saved plan holds.
        var run = run
        if let k = run.steps.firstIndex(where: { $0.role == .word && counts[$0.word] == 0 }) { run = run.cut(before: k) }
        let required = run.steps.indices.filter { run.steps[$0].role == .word }
        func rarest(_ words: Set<String>) -> String? { words.min { (counts[$0] ?? 0, $0) < (counts[$1] ?? 0, $1) } }

        var found: [(id: String, hits: Int)] = []
        for level in stride(from: required.count, through: 0, by: -1) {
            let limit = level < required.count ? required[level] : run.steps.count
            let connectors = (0..<limit).filter { run.steps[$0].role == .connector }.map { run.steps[$0].word }
            let bound = level + connectors.count
            if bound < PlanNameRun.minimumHits { break }
            if let top = found.first, bound < top.hits || (found.count == 2 && bound <= found[1].hits) { break }
            let words = Set(required.prefix(level).map { run.steps[$0].word })
            let next = level < required.count ? run.steps[required[level]].word : nil
            let floor = max(PlanNameRun.minimumHits, found.first?.hits ?? 0)
            var atLevel = try plans(holding: words.union(connectors), lacking: next, connectors: [], base: bound, floor: bound,
                                    driver: rarest(words.union(connectors)), ranked: false, db)
            if atLevel.isEmpty {
                atLevel = try plans(holding: words, lacking: next, connectors: connectors, base: level, floor: floor,
                                    driver: rarest(words), ranked: true, db)
            }
            found = Array((found + atLevel).sorted { $0.hits > $1.hits }.prefix(2))
        }
        // The rule itself, applied again to the two: their words among the run's.
        let runWords = Array(Set(run.steps.map(\.word)))
        let marks = Self.marks(runWords.count)
        return try found.map { plan in
            let held = try String.fetchAll(db, sql: "SELECT word FROM word WHERE plan = ? AND word IN (\(marks))",
                                           arguments: StatementArguments([plan.id] + runWords))
            let score = run.score(words: Set(held))
            return PlanNameRun.Match(id: plan.id, hits: score.hits, end: score.end)
        }
    }

    /// Plans holding every one of `words` and not `lacking`, scored `base` plus one for each of `connectors`
    /// (one per step) they hold, at least `floor`: the best two (`ranked`), or the first two found. Read from
    /// the postings of `driver` (one of `words`), or, with no word to hold, from those of the connectors.
    private static func plans(holding words: Set<String>, lacking next: String?, connectors: [String], base: Int, floor: Int,
                              driver: String?, ranked: Bool, _ db: Database) throws -> [(id: String, hits: Int)] {
        // Only fixed fragments of ours and integers are written into the statement; every word is bound
        // (`SQLBindingTests` lists these fragments).
        let probe = "EXISTS (SELECT 1 FROM word b WHERE b.word = ? AND b.plan = a.plan)"
        var arguments: [String] = []
        let sourceSQL: String
        if let driver {
            sourceSQL = "word a WHERE a.word = ?"
            arguments.append(driver)
        } else {
            guard !connectors.isEmpty else { return [] }
            let distinct = Array(Set(connectors))
            let marks = Self.marks(distinct.count)
            sourceSQL = "(SELECT DISTINCT plan FROM word WHERE word IN (\(marks))) a WHERE 1"
            arguments += distinct
        }
        var conditionsSQL = ""
        for word in words where word != driver {
            conditionsSQL += " AND " + probe
            arguments.append(word)
        }
        if let next {
            conditionsSQL += " AND NOT " + probe
            arguments.append(next)
        }
        let hitsSQL = ([String(base)] + connectors.map { _ in probe }).joined(separator: " + ")
        let ordering = ranked ? "ORDER BY hits DESC, plan" : ""
        let sql = """
            SELECT plan, hits FROM (SELECT a.plan AS plan, \(hitsSQL) AS hits FROM \(sourceSQL)\(conditionsSQL))
            WHERE hits >= \(floor) \(ordering) LIMIT 2
            """
        // The probes of `hitsSQL` come first in the statement, then those of the source and the conditions.
        return try Row.fetchAll(db, sql: sql, arguments: StatementArguments(connectors + arguments)).map { ($0["plan"], $0["hits"]) }
    }

    /// "?, ?, ?": `count` bound parameters.
    private static func marks(_ count: Int) -> String {
        Array(repeating: "?", count: count).joined(separator: ", ")
    }
}
