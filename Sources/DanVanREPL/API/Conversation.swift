import DanVanText

/// The product behind the REPL: answers a line, proposes completions, greets.
///
///     final class EchoConversation: Conversation {
///         var welcome: AnswerDocument? { nil }
///         func respond(to line: String) -> ConversationReply {
///             ConversationReply(document: AnswerDocument(blocks: [.paragraph(line)]))
///         }
///         func completions(for line: String) -> Completions { .none }
///     }
///
/// The REPL only shows what it is given: help, `:giải thích`, "1"/"2" replies to "Có phải bạn muốn
/// hỏi…" and the first-run flag are the conversation's business. All calls come from one thread.
public protocol Conversation: AnyObject {
    /// Shown once when the REPL starts; nil shows nothing.
    var welcome: AnswerDocument? { get }

    /// The answer to one submitted line (as typed, without the spaces around it;
    /// never blank, never an exit word).
    ///
    /// - Parameter line: the submitted line.
    /// - Returns: the answer to show; an empty document shows nothing.
    func respond(to line: String) -> ConversationReply

    /// What Tab may put in place of the end of the line being typed.
    ///
    ///     completions(for: "nhiệm vụ của phòng van hoa")
    ///     // Completions(start: 19, candidates: ["Văn hóa - Xã hội"])
    ///
    /// - Parameter line: the text before the cursor.
    /// - Returns: the fragment's start and its candidate replacements; `.none` when nothing fits.
    func completions(for line: String) -> Completions

    /// Ctrl-C at the prompt: what to show, if anything (default: nothing).
    func interrupted() -> ConversationReply?
}

extension Conversation {
    /// What to show when Ctrl-C is pressed at the prompt (ending a practice round); nil shows nothing.
    public func interrupted() -> ConversationReply? { nil }
}

/// What the conversation says back to one line.
public struct ConversationReply: Equatable, Sendable {
    /// The answer to lay out and print.
    public var document: AnswerDocument
    /// Whether the REPL stops after showing it (exit status 0).
    public var endsSession: Bool

    public init(document: AnswerDocument, endsSession: Bool = false) {
        self.document = document
        self.endsSession = endsSession
    }
}
