import ArgumentParser
import DanVanAssistant
import DanVanText
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// `danvan bench --questions FILE`: answers a question list in process, repeatedly, and prints one JSON
/// object of latencies (monotonic clock) for `bench/run.py`. Hidden: a tool for `make bench`.
///
///     danvan bench --store /tmp/s.sqlite --questions bench/questions.txt --repeat 20
///     // {"samples":1200,"p50_ms":0.21,"p99_ms":0.84,...}
struct BenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "bench", abstract: Msg.benchAbstract, shouldDisplay: false)

    @OptionGroup var common: CommonOptions

    @Option(name: .long, help: ArgumentHelp(Msg.benchQuestionsHelp, valueName: "tệp"))
    var questions: String?

    /// Times the terminal rendering of one answer of N bullets, each with its own deadline mark.
    @Option(name: .customLong("render-bullets"), help: ArgumentHelp(Msg.benchRenderBulletsHelp))
    var renderBullets: Int?

    @Option(name: .customLong("repeat"), help: ArgumentHelp(Msg.benchRepeatHelp, valueName: "số-lần"))
    var repetitions: Int = 20

    @Option(name: .long, help: ArgumentHelp(Msg.benchWarmupHelp, valueName: "số-lần"))
    var warmup: Int = 1

    func run() throws {
        if let renderBullets { return try Self.benchRendering(bullets: renderBullets) }
        guard let questions else { throw CLIError.exit(Msg.benchNoQuestions("--questions")) }
        let start = Self.nanoseconds()
        let workspace = try Workspace.orExit(common)
        let assistant = try workspace.makeAssistant()
        let loaded = Self.nanoseconds()
        guard let text = try? String(contentsOfFile: questions, encoding: .utf8) else { throw CLIError.exit(Msg.fileMissing(questions)) }
        let list = text.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty && !$0.hasPrefix("#") }
        guard !list.isEmpty else { throw CLIError.exit(Msg.benchNoQuestions(questions)) }

        // The very first answer pays for lazy work (opening the store, building a searcher).
        let firstStart = Self.nanoseconds()
        let firstReply = assistant.respond(to: list[0])
        _ = firstReply.text
        let first = Self.nanoseconds() - firstStart
        for _ in 0..<max(0, warmup) { for q in list { _ = assistant.respond(to: q).text } }

        var perQuestion = Array(repeating: [UInt64](), count: list.count)
        var intents = Array(repeating: "", count: list.count)
        for _ in 0..<max(1, repetitions) {
            for (i, q) in list.enumerated() {
                let t = Self.nanoseconds()
                let reply = assistant.respond(to: q)
                _ = reply.text
                perQuestion[i].append(Self.nanoseconds() - t)
                intents[i] = reply.intent
            }
        }
        let all = perQuestion.flatMap { $0 }.sorted()
        let slowest = perQuestion.indices.map { i in (i, Self.percentile(perQuestion[i].sorted(), 0.99)) }
            .sorted { $0.1 > $1.1 }.prefix(5)
        // Each question's median over the rounds, then their p99: what the answering costs, with the
        // preemptions of a busy machine (which land on a few samples, not on every round) left out.
        let medians = perQuestion.map { Self.percentile($0.sorted(), 0.50) }.sorted()
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        let object: [String: Any] = [
            "questions": list.count,
            "samples": all.count,
            "load_ms": Self.ms(loaded - start),
            "first_ms": Self.ms(first),
            "first_intent": firstReply.intent,
            "p50_ms": Self.ms(Self.percentile(all, 0.50)),
            "p90_ms": Self.ms(Self.percentile(all, 0.90)),
            "p99_ms": Self.ms(Self.percentile(all, 0.99)),
            "max_ms": Self.ms(all.last ?? 0),
            "mean_ms": Self.ms(all.reduce(0, +) / UInt64(all.count)),
            "median_p99_ms": Self.ms(Self.percentile(medians, 0.99)),
            "median_max_ms": Self.ms(medians.last ?? 0),
            "maxrss_kib": usage.ru_maxrss,
            "intents": Dictionary(intents.map { ($0, 1) }, uniquingKeysWith: +),
            "slowest": slowest.map { ["question": list[$0.0], "intent": intents[$0.0], "p99_ms": Self.ms($0.1)] as [String: Any] },
        ]
        let data = try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes])
        try Console.bytes(Array(data) + [0x0A])
    }

    /// `{"bullets":N,"render_ms":…}`: the best of three renderings of an answer of `bullets` bullets,
    /// each with a distinct urgency mark (the quadratic case of `DocumentRenderer`).
    static func benchRendering(bullets: Int) throws {
        let items = (1...max(1, bullets)).map { "Nhiệm vụ số \($0) của Phòng Kinh tế — hạn 15/12/2025, còn \($0) ngày" }
        let marks = (1...max(1, bullets)).map { AnswerDocument.UrgencyMark("còn \($0) ngày", $0.isMultiple(of: 2) ? .soon : .ok) }
        let document = AnswerDocument(title: "Nhiệm vụ", blocks: [.bullets(items)], marks: marks)
        var best = UInt64.max
        var size = 0
        for _ in 0..<3 {
            let t = nanoseconds()
            size = DocumentRenderer(width: 100, color: true).render(document).utf8.count
            best = min(best, nanoseconds() - t)
        }
        let object: [String: Any] = ["bullets": bullets, "render_ms": ms(best), "bytes": size]
        let data = try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])
        try Console.bytes(Array(data) + [0x0A])
    }

    /// Nearest-rank percentile of sorted samples.
    static func percentile(_ sorted: [UInt64], _ p: Double) -> UInt64 {
        guard !sorted.isEmpty else { return 0 }
        let rank = Int((p * Double(sorted.count)).rounded(.up))
        return sorted[min(sorted.count, max(1, rank)) - 1]
    }

    static func ms(_ ns: UInt64) -> Double { (Double(ns) / 1_000).rounded() / 1_000 }

    /// CLOCK_MONOTONIC in nanoseconds.
    static func nanoseconds() -> UInt64 {
        var ts = timespec()
        clock_gettime(CLOCK_MONOTONIC, &ts)
        return UInt64(ts.tv_sec) * 1_000_000_000 + UInt64(ts.tv_nsec)
    }
}
