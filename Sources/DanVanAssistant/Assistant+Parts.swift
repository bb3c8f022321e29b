import DanVanIntents
import DanVanText

extension Assistant {
    /// The answers of a line that asks several questions, in order, as one reply.
    ///
    /// Each part is answered as if asked on its own line, so it leaves the conversation as a question
    /// of its own would. The reply reports the first part's intent and slots; `parts` lists them all.
    /// Parts answered by the same text (a part that only borrowed its subject: "… và của ai") show once.
    func respond(toParts parts: [QuestionPart]) -> Reply {
        var answered: [ReplyPart] = []
        var lines: [String] = []
        var choices: [(intent: IntentID, slots: Slots)] = []
        for (n, part) in parts.enumerated() {
            var reply = respondOne(part.question)
            // A part that asks which unit ("nhiệm vụ của trung tâm"): its question is still the unit's duties,
            // and its choices stay open after the parts that follow.
            if !context.pendingChoices.isEmpty {
                choices = context.pendingChoices
                if reply.intentID == .unknown,
                   let asked = part.understanding.candidates.filter({ $0.confidence > 0 }).max(by: { $0.confidence < $1.confidence }) {
                    reply.intentID = asked.publicIntent
                }
            }
            answered.append(ReplyPart(text: part.text, question: part.question, reply: reply))
            lines.append(Msg.explainPart(n + 1, text: part.text, question: part.inherits ? part.question : nil,
                                         intent: reply.intent))
        }
        if !choices.isEmpty, !context.hasPendingChoices {
            var kept = context
            kept.pendingChoices = choices
            setContext(kept)
        }
        guard let first = answered.first?.reply else { return respondOne("") }
        var reply = first
        reply.document = Self.joined(answered.map(\.reply.document))
        let rows = answered.compactMap(\.reply.tasks).flatMap { $0 }
        reply.tasks = answered.contains { $0.reply.tasks != nil } ? rows : nil
        reply.awaitsConfirmation = answered.contains { $0.reply.awaitsConfirmation }
        reply.parts = answered
        if var explanation = first.explanation ?? lastExplanation {
            explanation.parts = lines
            reply.explanation = explanation
            lastExplanation = explanation
        }
        return reply
    }

    /// The answers one after the other, each under its title; an answer equal to one above is not repeated.
    static func joined(_ documents: [AnswerDocument]) -> AnswerDocument {
        var distinct: [AnswerDocument] = []
        for d in documents where !distinct.contains(d) { distinct.append(d) }
        if distinct.count == 1 { return distinct[0] }
        var blocks: [AnswerDocument.Block] = []
        for (n, d) in distinct.enumerated() {
            if n > 0 { blocks.append(.paragraph("")) }
            if !d.title.isEmpty { blocks.append(.heading(d.title)) }
            blocks += d.blocks
            if let source = d.source, !source.isEmpty { blocks.append(.note(Msg.sourceLine(source))) }
        }
        return AnswerDocument(blocks: blocks, marks: distinct.flatMap(\.marks))
    }
}
