import DanVanText
import Foundation

/// Runs a question set in process and scores intents (precision, recall, F1, confusions) and answers.
public struct QuestionSetEvaluator {
    public struct Outcome: Sendable {
        public var testCase: QuestionSet.Case
        public var predicted: String
        public var answer: String
        public var intentOK: Bool
        public var answerOK: Bool
    }

    public struct Report: Sendable {
        public var outcomes: [Outcome]
        public var perIntent: [(intent: String, precision: Double, recall: Double, f1: Double, support: Int)]
        /// (expected, predicted) → count, for the wrong ones.
        public var confusions: [(expected: String, predicted: String, count: Int)]
        public var intentAccuracy: Double { Double(outcomes.filter(\.intentOK).count) / Double(max(1, outcomes.count)) }
        public var answerAccuracy: Double { Double(outcomes.filter(\.answerOK).count) / Double(max(1, outcomes.count)) }
    }

    /// Makes a fresh assistant for a case (the evaluation runs each question alone, with its own today).
    public var makeAssistant: (CalendarDate) -> Assistant
    public var maxAnswerLength = 2500

    public init(makeAssistant: @escaping (CalendarDate) -> Assistant) {
        self.makeAssistant = makeAssistant
    }

    public func run(_ set: QuestionSet, defaultToday: CalendarDate) -> Report {
        var outcomes: [Outcome] = []
        for c in set.cases {
            let today = c.today.flatMap(CalendarDate.init(iso:)) ?? defaultToday
            let q = c.decomposed ? c.question.decomposedStringWithCanonicalMapping : c.question
            let reply = makeAssistant(today).respond(to: q)
            let text = reply.text
            let folded = FactMatcher.normalize(text)
            let answerOK = text.count <= maxAnswerLength && c.must.allSatisfy { FactMatcher.holds(folded, $0) }
                && !c.mustNot.contains { FactMatcher.holds(folded, $0) }
            outcomes.append(Outcome(testCase: c, predicted: reply.intent, answer: text,
                                    intentOK: c.intents.contains(reply.intent), answerOK: answerOK))
        }
        let labels = Set(outcomes.flatMap { $0.testCase.intents + [$0.predicted] }).sorted()
        var perIntent: [(String, Double, Double, Double, Int)] = []
        for label in labels {
            let tp = outcomes.filter { $0.predicted == label && $0.testCase.intents.contains(label) }.count
            let fp = outcomes.filter { $0.predicted == label && !$0.testCase.intents.contains(label) }.count
            let support = outcomes.filter { $0.testCase.intents.first == label }.count
            let fn = outcomes.filter { $0.testCase.intents.first == label && !$0.intentOK }.count
            let p = tp + fp == 0 ? 0 : Double(tp) / Double(tp + fp)
            let r = support == 0 ? 0 : Double(support - fn) / Double(support)
            let f1 = p + r == 0 ? 0 : 2 * p * r / (p + r)
            perIntent.append((label, p, r, f1, support))
        }
        var confusion: [String: Int] = [:]
        for o in outcomes where !o.intentOK { confusion["\(o.testCase.intents.first!)\t\(o.predicted)", default: 0] += 1 }
        let confusions = confusion.map { k, v -> (String, String, Int) in
            let parts = k.components(separatedBy: "\t")
            return (parts[0], parts[1], v)
        }.sorted { $0.2 > $1.2 }
        return Report(outcomes: outcomes, perIntent: perIntent, confusions: confusions)
    }
}
