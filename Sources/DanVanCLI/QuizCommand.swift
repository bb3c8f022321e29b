import ArgumentParser
import DanVanAssistant
import DanVanKnowledge
import DanVanText
import Foundation

/// `danvan quiz`: practice questions from the plans (and the task store), one at a time.
struct QuizCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "quiz",
        abstract: "Ôn tập: câu hỏi sinh từ kế hoạch (hạn báo cáo, văn bản căn cứ, đơn vị chủ trì, từ viết tắt).")

    @OptionGroup var common: CommonOptions

    @Option(name: .long, help: "Chỉ hỏi về các kế hoạch giao nhiệm vụ cho đơn vị này.")
    var unit: String?

    @Option(name: .long, help: "Chỉ hỏi về một kế hoạch (số, ví dụ 308 hoặc 308/KH-UBND).")
    var plan: String?

    @Option(name: .long, help: "Số câu hỏi (mặc định 5).")
    var count: Int = PracticeDefaults.count

    @Option(name: .long, help: "Hạt giống thứ tự câu hỏi: cùng số, cùng thứ tự.")
    var seed: UInt64?

    @Flag(name: .long, help: "In các câu hỏi với đáp án và nguồn (mỗi dòng một đối tượng JSON), không hỏi.")
    var json = false

    func validate() throws {
        if count < 1 { throw ValidationError(Msg.quizBadCount(count)) }
    }

    func run() throws {
        let workspace = try Workspace.orExit(common)
        let assistant = try workspace.practisingAssistantOrExit()
        var chosenPlan: Plan?
        if let plan {
            guard let p = assistant.plan(named: plan) else { throw CLIError.exit(Msg.quizPlanUnknown(plan)) }
            chosenPlan = p
        }
        let unitName = try unit.map { try BriefCommand.knownUnit($0, assistant: assistant) }
        let questions = assistant.practiceQuestions(unit: unitName, plan: chosenPlan)
        guard !questions.isEmpty else {
            throw CLIError.exit(Msg.quizNoFacts(plan ?? unitName ?? ""))
        }
        var random = SystemRandomNumberGenerator()
        let session = assistant.startPractice(questions, count: count, seed: seed ?? random.next())
        if json {
            for q in session.questions {
                let object: [String: String] = ["question": q.question, "answer": q.answer, "source": q.source]
                let data = (try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes])) ?? Data("{}".utf8)
                try Console.bytes(Array(data) + [0x0A])
            }
            return
        }
        let terminal = isatty(STDIN_FILENO) == 1
        try write(PlainRenderer.render(AnswerDocument(title: Msg.quizTitle(session.questions.count), blocks: [.note(Msg.quizHowTo)])) + "\n\n")
        rounds: while let prompt = session.prompt() {
            try write(PlainRenderer.render(prompt) + "\n" + (terminal ? "> " : ""))
            // No more answers: the round ends here, its score below. A line that is not text answers nothing.
            guard let line = InputReader.readLine() else { break rounds }
            var typed = ""
            if case .text(let t) = line { typed = t }
            if !terminal { try write((typed.isEmpty ? Msg.quizNoAnswer : typed) + "\n") }
            let (_, verdict) = session.answer(typed)
            try write(PlainRenderer.render(verdict) + "\n\n")
        }
        try write(PlainRenderer.render(session.score()) + "\n")
    }

    /// Through the output boundary: a failed write (a full disk, a closed pipe) ends the round with a message.
    private func write(_ text: String) throws {
        try Console.out(text, terminator: "")
    }
}
