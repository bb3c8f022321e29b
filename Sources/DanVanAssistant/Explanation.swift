import DanVanIntents
import DanVanText

/// Why an answer was chosen: normalised text, entities, candidate scores, the decision.
public struct Explanation: Sendable {
    public var normalized: String
    public var tokens: [String]
    public var entities: [Entity]
    public var candidates: [IntentCandidate]
    public var decision: String
    /// Words read differently from how they were typed (Telex/VNI keystrokes, words run together).
    public var rewrites: [TypingRewrite] = []

    /// The explanation as an answer document (for `--explain` and `:giải thích`).
    public var document: AnswerDocument {
        var blocks: [AnswerDocument.Block] = []
        if !rewrites.isEmpty { blocks.append(.paragraph(Msg.explainRewrites(rewrites.map(\.description)))) }
        blocks.append(.paragraph(Msg.explainNormalized(normalized)))
        blocks.append(.paragraph(Msg.explainTokens(tokens.enumerated().map { "\($0.offset):\($0.element)" }.joined(separator: " "))))
        if entities.isEmpty {
            blocks.append(.paragraph(Msg.explainNoEntities))
        } else {
            blocks.append(.paragraph(Msg.explainEntitiesTitle))
            blocks.append(.bullets(entities.map { e in
                let words = e.span.map { tokens[$0] }.joined(separator: " ")
                return Msg.explainEntity(kind: e.kind.rawValue, value: e.display, words: words,
                                         span: "\(e.span.lowerBound)–\(e.span.upperBound - 1)")
            }))
        }
        let shown = candidates.filter { $0.score > 0 || $0.followUp }.prefix(6)
        if !shown.isEmpty {
            blocks.append(.paragraph(Msg.explainCandidatesTitle))
            blocks.append(.bullets(shown.map { c in
                let phrases = c.matched.map { "“\($0.phrase)” +\(format($0.weight))" }
                    + c.excluded.map { "“\($0.phrase)” −\(format($0.weight))" }
                    + c.slots.map { "\($0.key)=\($0.value.display)" + (c.fromContext.contains($0.key) ? Msg.explainFromContext : "") }
                return Msg.explainCandidate(id: c.intentID, score: format(c.score), reasons: phrases.joined(separator: ", "),
                                            missing: c.missing, followUp: c.followUp)
            }))
        }
        blocks.append(.paragraph(Msg.explainDecision(decision)))
        return AnswerDocument(title: Msg.explainTitle, blocks: blocks)
    }

    private func format(_ x: Double) -> String {
        x == x.rounded() ? String(Int(x)) : String(format: "%.2f", x)
    }
}

import Foundation
