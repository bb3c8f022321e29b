import DanVanText

/// A practice round under way: one question at a time, each answer judged, noted and scored.
public final class PracticeSession {
    public let questions: [QuizQuestion]
    public private(set) var index = 0
    public private(set) var rightCount = 0
    let judge: AnswerJudge
    let progress: PracticeProgress?
    /// Set when the progress could not be saved (said once, the round goes on).
    public private(set) var saveError: String?

    init(questions: [QuizQuestion], judge: AnswerJudge, progress: PracticeProgress?) {
        self.questions = questions
        self.judge = judge
        self.progress = progress
    }

    /// The question waiting for an answer, nil when the round is over.
    public var current: QuizQuestion? { index < questions.count ? questions[index] : nil }
    public var isOver: Bool { current == nil }
    /// Questions answered so far.
    public var answered: Int { index }

    /// The question as a document ("Câu 2/5").
    public func prompt() -> AnswerDocument? {
        guard let q = current else { return nil }
        return AnswerDocument(title: Msg.quizNumber(index + 1, of: questions.count), blocks: [.paragraph(q.question)])
    }

    /// Judges `typed` against the current question, notes it, and moves on.
    /// - Returns: whether it was right, and the verdict with the fact and its source.
    @discardableResult
    public func answer(_ typed: String) -> (right: Bool, verdict: AnswerDocument) {
        guard let q = current else { return (false, AnswerDocument()) }
        let right = judge.isRight(typed, q.expected)
        if right { rightCount += 1 }
        index += 1
        var blocks: [AnswerDocument.Block] = [.paragraph(right ? Msg.quizRight(q.answer) : Msg.quizWrong(q.answer)),
                                              .paragraph(Msg.sourceLine(q.source))]
        do { try progress?.note(q.id, right: right) } catch {
            if saveError == nil {
                saveError = progress.map { Msg.quizProgressNotSaved($0.url.path) } ?? ""
                blocks.append(.note(saveError!))
            }
        }
        return (right, AnswerDocument(blocks: blocks))
    }

    /// The score of the questions answered.
    public func score() -> AnswerDocument {
        let stoppedEarly = index < questions.count
        return AnswerDocument(title: Msg.quizScoreTitle,
                              blocks: [.paragraph(Msg.quizScore(rightCount, of: index, stoppedEarly: stoppedEarly, total: questions.count))]
                                  + (progress != nil && index > 0 ? [.note(Msg.quizProgressKept)] : []))
    }
}
