import ArgumentParser
import DanVanAssistant
import DanVanText
import Foundation

/// `danvan eval FILE.tsv`: the question set run in process; intent precision/recall/F1, confusions, failures.
struct EvalCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "eval", abstract: "Chấm một bộ câu hỏi (TSV) ngay trong tiến trình.")

    @OptionGroup var common: CommonOptions

    @Argument(help: ArgumentHelp("Tệp TSV: id, today, form, question, intents, must, must_not.", valueName: "tệp"))
    var file: String

    func run() throws {
        let workspace = try Workspace.orExit(common)
        guard let text = try? String(contentsOfFile: file, encoding: .utf8) else { throw CLIError.exit(Msg.fileMissing(file)) }
        let set: QuestionSet
        do { set = try QuestionSet(tsv: text) } catch QuestionSet.ParseError.tooFewColumns(let line) {
            throw CLIError.exit(Msg.evalBadFile(file, line: line))
        }
        let evaluator = QuestionSetEvaluator { today in
            Assistant(knowledge: workspace.knowledge, catalog: workspace.catalog, today: today)
        }
        let report = evaluator.run(set, defaultToday: common.todayDate)
        let n = report.outcomes.count
        var blocks: [AnswerDocument.Block] = []
        blocks.append(.paragraph(Msg.evalPerIntentTitle))
        blocks.append(.table(AnswerDocument.Table(headers: Msg.evalHeaders, rows: report.perIntent.map {
            [$0.intent, String(format: "%.2f", $0.precision), String(format: "%.2f", $0.recall), String(format: "%.2f", $0.f1), String($0.support)]
        })))
        if !report.confusions.isEmpty {
            blocks.append(.paragraph(Msg.evalConfusionTitle))
            blocks.append(.table(AnswerDocument.Table(headers: Msg.evalConfusionHeaders,
                                                      rows: report.confusions.map { [$0.expected, $0.predicted, String($0.count)] })))
        }
        blocks.append(.paragraph(Msg.evalFailuresTitle))
        let failures = report.outcomes.filter { !$0.intentOK || !$0.answerOK }
        if failures.isEmpty { blocks.append(.note(Msg.evalNoFailures)) } else {
            blocks.append(.bullets(failures.map {
                Msg.evalFailure(id: $0.testCase.id, question: $0.testCase.question, expected: $0.testCase.intents.joined(separator: "|"),
                                got: $0.predicted, answerOK: $0.answerOK)
            }))
        }
        let doc = AnswerDocument(title: Msg.evalSummary(cases: n, intents: report.outcomes.filter(\.intentOK).count,
                                                        answers: report.outcomes.filter(\.answerOK).count), blocks: blocks)
        try Console.out(PlainRenderer.render(doc))
    }
}
