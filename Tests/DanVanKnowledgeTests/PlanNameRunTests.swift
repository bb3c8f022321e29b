@testable import DanVanKnowledge
import DanVanText
import Foundation
import XCTest

/// The rule that scores a plan against the words typed after "kế hoạch" (`PlanNameRun`), and the library
/// index ranking plans by that same rule in SQL (`PlanIndex.plans(namedBy:)`): its best two always decide
/// as scoring every plan in Swift does (the plan named, or a tie), on synthetic libraries and runs.
final class PlanNameRunTests: XCTestCase {
    var temp: URL!

    override func setUpWithError() throws {
        temp = FileManager.default.temporaryDirectory.appendingPathComponent("danvan-namerun-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: temp, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws { try? FileManager.default.removeItem(at: temp) }

    func testTheRunCountsThePlansWordsAndPassesOverConnectorsItLacks() {
        let run = PlanNameRun([.init("an", .word), .init("cua", .connector), .init("ve", .filler), .init("binh", .word),
                               .init("gi", .end), .init("cao", .word)])
        XCTAssertEqual(run.steps.count, 4, "nothing after a stopword that does not connect")
        XCTAssertTrue(run.score(words: ["an", "binh"]) == (2, 4))
        XCTAssertTrue(run.score(words: ["an", "cua", "binh", "cao"]) == (3, 4))
        XCTAssertTrue(run.score(words: ["an", "cua"]) == (2, 2), "ends at the plan word it lacks")
        XCTAssertTrue(run.score(words: ["cua", "binh"]) == (0, 0), "the first plan word lacking ends the run at once")
        XCTAssertTrue(run.score(words: ["an", "ve", "binh"]) == (2, 4), "a filler never counts")
        // A connector first: counted when held, passed over when not.
        let leading = PlanNameRun([.init("so", .connector), .init("ha", .word), .init("noi", .word), .init("ha", .word)])
        XCTAssertTrue(leading.score(words: ["ha", "noi"]) == (3, 4), "a word typed twice counts twice")
        XCTAssertTrue(leading.score(words: ["so", "ha"]) == (2, 2))
        XCTAssertTrue(PlanNameRun((0..<12).map { _ in .init("an", .word) }).score(words: ["an"]) == (8, 8), "eight words at most")
    }

    /// A tiny pseudo-random generator, so every run of the test sees the same libraries.
    struct Generator {
        var state: UInt64
        mutating func next(_ n: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(n))
        }
    }

    static let syllables = ["an", "binh", "cao", "dan", "so", "cua", "giao", "ha"]

    /// Plans whose titles are a few of a handful of words (so many share words, and ties are common), and
    /// runs of those words in every role: the index's best two decide as scoring every plan does.
    func testTheIndexDecidesAsScoringEveryPlanDoes() throws {
        var random = Generator(state: 16)
        var outcomes: [String: Int] = [:]
        for size in [1, 2, 40] {
            let dir = temp.appendingPathComponent("lib-\(size)"), cache = temp.appendingPathComponent("cache-\(size)")
            let library = PlanLibrary(directory: dir, cacheDirectory: cache)
            var plans: [Plan] = []
            for i in 0..<size {
                let title = (0..<(1 + random.next(5))).map { _ in Self.syllables[random.next(Self.syllables.count)] }.joined(separator: " ")
                let plan = Plan(id: "kh-\(i)", number: "\(i + 1)/KH-UBND", date: CalendarDate(year: 2025, month: 1, day: 1),
                                issuer: "UBND", title: title, documents: [], units: [], topics: [])
                try library.save(plan)
                plans.append(plan)
            }
            let index = try XCTUnwrap(PlanIndex.open(library: dir, cacheDirectory: cache))
            let words = Dictionary(uniqueKeysWithValues: plans.map { ($0.id, PlanSummary($0, imported: true).words) })
            let roles: [PlanNameRun.Role] = [.word, .word, .word, .connector, .connector, .filler, .end]
            for _ in 0..<400 {
                let run = PlanNameRun((0..<(1 + random.next(8))).map { _ in
                    PlanNameRun.Step(Self.syllables[random.next(Self.syllables.count)], roles[random.next(roles.count)])
                })
                let every = plans.map { p -> PlanNameRun.Match in
                    let s = run.score(words: words[p.id] ?? [])
                    return PlanNameRun.Match(id: p.id, hits: s.hits, end: s.end)
                }
                let ranked = index.plans(namedBy: run)
                XCTAssertLessThanOrEqual(ranked.count, 2)
                let counted = every.filter { $0.hits >= PlanNameRun.minimumHits }
                outcomes[Self.decision(every) != nil ? "named" : counted.isEmpty ? "none" : "tie", default: 0] += 1
                XCTAssertEqual(Self.decision(ranked), Self.decision(every), "\(run.steps) in \(size) plans")
                for match in ranked {
                    XCTAssertEqual(every.first { $0.id == match.id }, match, "the score of \(match.id) for \(run.steps)")
                }
            }
        }
        // The runs exercise every outcome: a plan named, a tie, no plan.
        for outcome in ["named", "tie", "none"] { XCTAssertGreaterThan(outcomes[outcome] ?? 0, 50, outcome) }
    }

    /// The plan named (the unique best with at least two hits, and the steps it covers), or nil.
    static func decision(_ matches: [PlanNameRun.Match]) -> PlanNameRun.Match? {
        let counted = matches.filter { $0.hits >= PlanNameRun.minimumHits }
        guard let top = counted.map(\.hits).max() else { return nil }
        let best = counted.filter { $0.hits == top }
        return best.count == 1 ? best[0] : nil
    }
}
