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
    /// The questions of a line that asks several, one line each (`Msg.explainPart`); empty for one question.
    public var parts: [String] = []

    /// The explanation as an answer document (for `--explain` and `:giải thích`).
    public var document: AnswerDocument {
        var blocks: [AnswerDocument.Block] = []
        if !parts.isEmpty {
            blocks.append(.paragraph(Msg.explainPartsTitle))
            blocks.append(.bullets(parts))
        }
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
        let shown = candidates.filter { $0.confidence > 0 || $0.followUp }.prefix(6)
        if !shown.isEmpty {
            blocks.append(.paragraph(Msg.explainCandidatesTitle))
            blocks.append(.bullets(shown.map(line)))
        }
        blocks.append(.paragraph(Msg.explainDecision(decision)))
        return AnswerDocument(title: Msg.explainTitle, blocks: blocks)
    }

    /// One candidate: its intent, which parser read it, its confidence and why.
    private func line(_ c: IntentCandidate) -> String {
        var reasons: [String] = c.matched.map { "“\($0.phrase)” +\(format($0.weight))" }
        reasons += c.excluded.map { "“\($0.phrase)” −\(format($0.weight))" }
        for kind in c.slots.kinds {
            let value = c.slots[kind]?.display ?? ""
            reasons.append("\(kind.slotName)=\(value)" + (c.fromContext.contains(kind) ? Msg.explainFromContext : ""))
        }
        if let command = c.taskCommand {
            reasons += command.slots.keys.sorted().map { "\($0)=\(command.slots[$0] ?? "")" }
        }
        return Msg.explainCandidate(id: c.intent.rawValue, parser: c.source.rawValue, score: format(c.confidence),
                                    reasons: reasons.joined(separator: ", "), missing: c.missing.map(\.slotName),
                                    followUp: c.followUp)
    }

    private func format(_ x: Double) -> String {
        x == x.rounded() ? String(Int(x)) : String(format: "%.2f", x)
    }
}

import Foundation
