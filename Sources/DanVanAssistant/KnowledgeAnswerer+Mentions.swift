import DanVanIntents
import DanVanKnowledge
import DanVanText

extension KnowledgeAnswerer {
    /// "Kế hoạch có nói về X không": "Có:" with the sentences that cover X's content words well enough
    /// (`PassageSearcher.mentionCoverage` of their IDF weight), else "Không:" — never an unrelated passage.
    func mentions(_ plan: Plan, topic: String, question: NormalizedQuestion) -> AnswerDocument {
        let words = vocabulary.contentWords(topic)
        let phrases = PassageSearcher.quotedPhrases(question.original)
        let title = Msg.mentionsTitle(topic)
        guard !words.isEmpty || !phrases.isEmpty else {
            return AnswerDocument(blocks: [.paragraph(Msg.mentionsNoTopic)], source: source(plan, []))
        }
        let hits = searcher(plan).search(words, phrases: phrases, minimumCoverage: PassageSearcher.mentionCoverage, limit: 4)
            .filter { $0.adjacency >= PassageSearcher.mentionAdjacency }
        guard !hits.isEmpty else {
            var blocks: [AnswerDocument.Block] = [.paragraph(Msg.mentionsNo(topic))]
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
