import DanVanAssistant
import DanVanTasks
import DanVanText
import Foundation

/// The question path end to end: each input is up to eight lines asked in order of a fresh assistant
/// (so follow-ups and "1/2/3" choices are exercised), over the repository's knowledge and a scratch
/// task store that is replaced every few thousand inputs so it stays small.
final class QuestionFuzzer {
    static let shared = QuestionFuzzer()

    private let environment = FuzzEnvironment.shared
    private var desk: StoreTaskDesk?
    private var inputs = 0

    func run(_ bytes: UnsafeRawBufferPointer) {
        if inputs % 5_000 == 0 { desk = makeDesk() }
        inputs += 1
        let text = String(decoding: bytes, as: UTF8.self)
        let assistant = Assistant(knowledge: environment.knowledge, catalog: environment.catalog,
                                  today: environment.today, tasks: desk, taskVocabulary: environment.taskVocabulary)
        for line in text.split(separator: "\n", omittingEmptySubsequences: false).prefix(8) {
            let reply = assistant.respond(to: String(line))
            OutputCheck.require(reply.text, String(line).debugDescription)
            precondition(!reply.intent.isEmpty, "no intent for \(line.debugDescription)")
            precondition(reply.confidence.isFinite && (0...1).contains(reply.confidence),
                         "confidence \(reply.confidence) for \(line.debugDescription)")
            if let explanation = reply.explanation {
                OutputCheck.require(PlainRenderer.render(explanation.document), String(line).debugDescription)
            }
        }
    }

    private func makeDesk() -> StoreTaskDesk {
        StoreTaskDesk(path: environment.freshStorePath("question.sqlite"), user: "fuzz", vocabulary: environment.taskVocabulary)
    }
}
