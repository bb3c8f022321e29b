import DanVanIntents
import DanVanKnowledge
import DanVanText

extension KnowledgeAnswerer {
    /// "Kế hoạch có nói về X không": "Có:" with the sentences that cover X's content words well enough
    /// (`PassageSearcher.mentionCoverage` of their IDF weight), else "Không:" — never an unrelated passage.
    func mentions(_ plan: Plan, topic: String, question: NormalizedQuestion) -> AnswerDocument {
        let words = Tokenizer.foldedWords(topic).filter { !vocabulary.stopwords.contains($0) }
        let phrases = PassageSearcher.quotedPhrases(question.original)
        let title = Msg.mentionsTitle(topic)
        let hits = words.isEmpty && phrases.isEmpty ? []
            : searcher(plan).search(words, phrases: phrases, minimumCoverage: PassageSearcher.mentionCoverage, limit: 4)
        guard !hits.isEmpty else {
            var blocks: [AnswerDocument.Block] = [.paragraph(Msg.mentionsNo(topic))]
            // Say which words alone do occur, so a "không" is not mistaken for "never any of these words".
            let alone = words.filter { w in !searcher(plan).search([w], minimumCoverage: 1, limit: 1).isEmpty && w.count >= 4 }
            if !alone.isEmpty && alone.count < words.count { blocks.append(.note(Msg.mentionsPartial(alone.joined(separator: ", ")))) }
            blocks.append(.note(Msg.mentionsHint))
            return AnswerDocument(title: title, blocks: blocks, source: source(plan, []))
        }
        let bullets = hits.map { Self.tagged($0, words) }
        return AnswerDocument(title: title, blocks: [.paragraph(Msg.mentionsYes(topic)), .bullets(bullets)],
                              source: source(plan, hits.map(\.section)))
    }

    /// A found sentence with its section: "[II.1] …".
    static func tagged(_ p: PassageSearcher.Passage, _ words: [String]) -> String {
        "[\(p.section == "preamble" ? Msg.preambleSection : p.section)] " + excerpt(p.text, around: words)
    }
}
