/// The words typed after "kế hoạch" that may name a plan by its title, issuer or topics ("kế hoạch
/// chuyển đổi số của Hà Nội"), and the one rule that scores a plan against them.
///
/// A plan's score is the run of its own words right after the plan word: each word of the plan counts,
/// a connector ("của", "về") the plan lacks is passed over, any other word ends the run. The plan named
/// is the one with the longest run (at least two words); two plans with the same best run name none.
///
/// The rule is computed here for plans held in memory (`score(words:)`); the library's word index finds
/// the best two saved plans by the same rule without scoring every plan that holds one of the words
/// (`PlanIndex+Names`), and scores those two here.
///
///     let run = PlanNameRun([.init("chuyen", .word), .init("doi", .word), .init("so", .connector)])
///     run.score(words: ["chuyen", "doi", "so", "ha", "noi"])   // (hits: 3, end: 3)
public struct PlanNameRun: Hashable, Sendable {
    /// What a word typed after the plan word does to the run.
    public enum Role: Hashable, Sendable {
        /// A word the plan must have, or the run ends there.
        case word
        /// A connector ("của", "về", "số"): counts when the plan has it, else is passed over.
        case connector
        /// A stopword that connects ("về" when it is a stopword too): passed over, never counts.
        case filler
        /// A stopword that does not connect: the run ends there, for every plan.
        case end
    }

    /// One word after the plan word, folded, with its role.
    public struct Step: Hashable, Sendable {
        public var word: String
        public var role: Role

        public init(_ word: String, _ role: Role) {
            self.word = word
            self.role = role
        }
    }

    /// The steps up to the first `.end` (none of the steps after it can count).
    public let steps: [Step]

    /// At most this many words after the plan word are looked at.
    public static let maxSteps = 8

    public init(_ steps: [Step]) {
        let kept = steps.prefix(Self.maxSteps)
        self.steps = Array(kept.prefix { $0.role != .end })
    }

    /// The fewest words of a plan a run must hold to name it.
    public static let minimumHits = 2

    /// How many of the steps the plan's run holds (`hits`) and how many steps the run covers up to its last
    /// word held (`end`); `holds(k)` tells whether the plan has the word of step `k`.
    public func score(holds: (Int) -> Bool) -> (hits: Int, end: Int) {
        var hits = 0, end = 0
        for (k, step) in steps.enumerated() {
            switch step.role {
            case .word, .connector:
                if holds(k) {
                    hits += 1
                    end = k + 1
                } else if step.role == .word {
                    return (hits, end)
                }
            case .filler:
                continue
            case .end:
                return (hits, end)
            }
        }
        return (hits, end)
    }

    /// The score of a plan with these folded words (`PlanSummary.words`).
    public func score(words: Set<String>) -> (hits: Int, end: Int) {
        score { words.contains(steps[$0].word) }
    }

    /// The run cut before step `k` (what a plan can hold when no plan has the word of that step).
    func cut(before k: Int) -> PlanNameRun {
        PlanNameRun(Array(steps.prefix(k)))
    }

    /// A plan the run may name, with its score (`score`).
    public struct Match: Equatable, Sendable {
        public var id: String
        /// How many of the run's words the plan holds.
        public var hits: Int
        /// How many steps of the run its words cover (up to the last word held).
        public var end: Int

        public init(id: String, hits: Int, end: Int) {
            self.id = id
            self.hits = hits
            self.end = end
        }
    }
}
