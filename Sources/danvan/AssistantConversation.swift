import DanVanAssistant
import DanVanREPL
import DanVanText
import Foundation

/// Connects the REPL to the assistant: answers, `:giải thích`, Tab completion, the first-run welcome.
final class AssistantConversation: Conversation {
    let assistant: Assistant
    let completion: CompletionSource
    /// A file whose presence means the welcome was already shown.
    let welcomeMarker: URL

    init(assistant: Assistant, completion: CompletionSource, stateDirectory: URL) {
        self.assistant = assistant
        self.completion = completion
        welcomeMarker = stateDirectory.appendingPathComponent("welcomed")
    }

    var welcome: AnswerDocument? {
        if FileManager.default.fileExists(atPath: welcomeMarker.path) { return nil }
        try? FileManager.default.createDirectory(at: welcomeMarker.deletingLastPathComponent(), withIntermediateDirectories: true)
        _ = FileManager.default.createFile(atPath: welcomeMarker.path, contents: Data())
        return AnswerDocument(title: Msg.welcomeTitle, blocks: [.paragraph(Msg.welcomeText), .bullets(Msg.welcomeExamples),
                                                               .note(Msg.welcomeHint)])
    }

    func respond(to line: String) -> ConversationReply {
        let folded = Folding.fold(line).trimmingCharacters(in: .whitespaces)
        if Self.explainCommands.contains(folded) {
            return ConversationReply(document: assistant.lastExplanation?.document
                                     ?? AnswerDocument(blocks: [.paragraph(Msg.nothingToExplain)]))
        }
        return ConversationReply(document: assistant.respond(to: line).document)
    }

    /// Ctrl-C during a practice round stops it; the answers given are already saved.
    func interrupted() -> ConversationReply? {
        assistant.stopPractice().map { ConversationReply(document: $0) }
    }

    func completions(for line: String) -> Completions {
        guard let c = completion.complete(line) else { return .none }
        return Completions(start: c.start, candidates: c.candidates)
    }

    static let explainCommands: Set<String> = [":giai thich", ":giaithich", ":explain", "giai thich cau tra loi"]
}
