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

    /// The first-run welcome, then the day's agenda (nothing when neither has anything to say).
    var welcome: AnswerDocument? {
        let agenda = assistant.agenda()
        if FileManager.default.fileExists(atPath: welcomeMarker.path) { return agenda }
        PrivateDirectory.create(welcomeMarker.deletingLastPathComponent().path)
        _ = FileManager.default.createFile(atPath: welcomeMarker.path, contents: Data())
        var welcome = AnswerDocument(title: Msg.welcomeTitle, blocks: [.paragraph(Msg.welcomeText), .bullets(Msg.welcomeExamples),
                                                                       .note(Msg.welcomeHint)])
        if let agenda {
            welcome.blocks.append(.paragraph(agenda.title ?? ""))
            welcome.blocks += agenda.blocks
        }
        return welcome
    }

    func respond(to line: String) -> ConversationReply {
        let folded = Folding.fold(line).trimmingCharacters(in: .whitespaces)
        if assistant.catalog.vocabulary.explainLines.contains(folded.filter { $0 != " " }) {
            return ConversationReply(document: assistant.lastExplanation?.document
                                     ?? AnswerDocument(blocks: [.paragraph(Msg.nothingToExplain)]))
        }
        if let refusal = QuestionLength.refusal(for: line) {
            return ConversationReply(document: AnswerDocument(blocks: [.paragraph(refusal)]))
        }
        // ":trợ giúp", ":xem thêm": a REPL command is the question it names.
        if folded.hasPrefix(":"), Msg.replCommands.contains(where: { Folding.fold($0.name) == folded }) {
            return ConversationReply(document: assistant.respond(to: String(line.drop { $0 == ":" || $0 == " " })).document)
        }
        return ConversationReply(document: assistant.respond(to: line).document)
    }

    /// Ctrl-C during a practice round stops it; the answers given are already saved.
    func interrupted() -> ConversationReply? {
        assistant.stopPractice().map { ConversationReply(document: $0) }
    }

    func completions(for line: String) -> Completions {
        if let commands = Self.commandCompletions(for: line) { return commands }
        guard let c = completion.complete(line) else { return .none }
        return Completions(start: c.start, candidates: c.candidates, labels: c.labels)
    }

    /// ":" at the start of the line: the REPL's commands, each shown with what it does.
    static func commandCompletions(for line: String) -> Completions? {
        let typed = line.drop { $0 == " " }
        guard typed.hasPrefix(":") else { return nil }
        let fragment = Folding.fold(String(typed))
        let matches = Msg.replCommands.filter { Folding.fold($0.name).hasPrefix(fragment) }
        return Completions(start: line.count - typed.count, candidates: matches.map(\.name),
                           labels: matches.map { "\($0.name)  \($0.summary)" })
    }
}
