import ArgumentParser
import DanVanAssistant
import DanVanTasks
import DanVanText
import Foundation

/// `danvan ask`: answers a question, or every line of standard input, keeping context between lines.
struct AskCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "ask", abstract: "Trả lời một câu hỏi (hoặc từng dòng nhập vào).",
                                                    discussion: Msg.cliExamplesAsk)

    @OptionGroup var common: CommonOptions

    @Flag(name: .long, help: "Mỗi câu trả lời là một đối tượng JSON trên một dòng.")
    var json = false

    @Flag(name: .long, help: "Giải thích vì sao chọn câu trả lời (ý định, thực thể, điểm).")
    var explain = false

    @Argument(help: ArgumentHelp("Câu hỏi. Bỏ trống để đọc từng dòng từ đầu vào chuẩn.", valueName: "câu-hỏi"))
    var question: [String] = []

    func run() throws {
        try Self.answer(question: question, common: common, json: json, explain: explain)
    }

    /// `danvan ask …` parsed by this command alone, or `nil` to go through `Danvan.main()`.
    ///
    /// Scripts call `ask` once per question, so its start-up time counts. Parsing from the root makes
    /// ArgumentParser reflect over every subcommand (about 2 ms); this command alone costs a fraction.
    /// Help, version, completion requests and arguments it refuses take the full path, so usage lines
    /// and error messages are the same either way.
    static func parsedAlone(_ arguments: ArraySlice<String>) -> AskCommand? {
        guard arguments.first == configuration.commandName else { return nil }
        let rest = Array(arguments.dropFirst())
        let builtIn: Set<String> = ["-h", "--help", "-help", "--version", "help"]
        guard !rest.contains(where: { builtIn.contains($0) || $0.hasPrefix("--generate-completion") || $0.hasPrefix("---") }) else { return nil }
        return parsedByHand(rest) ?? (try? AskCommand.parse(rest))
    }

    static func answer(question: [String], options: WorkspaceOptions, json: Bool, explain: Bool) throws {
        Trace.mark("arguments")
        let workspace = try Workspace.orExit(options)
        let assistant = try workspace.practisingAssistantOrExit()
        workspace.keepCatalogUntilExit()
        let printer = AnswerPrinter(json: json, explain: explain)
        let refused = { (text: String) in
            Reply(intent: .unknown, confidence: 0, document: AnswerDocument(blocks: [.paragraph(text)]))
        }
        if !question.isEmpty {
            let line = question.joined(separator: " ")
            let reply = QuestionLength.refusal(for: line).map(refused) ?? assistant.respond(to: line)
            Trace.mark("answer")
            try printer.print(reply)
            Trace.mark("output")
            try failIfStoreUnavailable(assistant)
            // Status 1: the question was not understood (README, "Exit statuses"); piped lines are a
            // session, which ends with 0 like the REPL. With --json the verdict is in the object
            // (`"intent":"unknown"`), so a script reading it gets status 0 for every answer given.
            // A blank question is no question: the answer says what can be asked, with status 0.
            if reply.intent == "unknown", !json, !line.allSatisfy(\.isWhitespace) { throw ExitCode(1) }
            // A change that named a task by title asks which one: nothing changed, so the status says so.
            if reply.awaitsConfirmation { throw ExitCode(1) }
            return
        }
        while let line = InputReader.readLine() {
            switch line {
            case .text(let text):
                guard !text.trimmingCharacters(in: .whitespaces).isEmpty else { continue }
                try printer.print(QuestionLength.refusal(for: text).map(refused) ?? assistant.respond(to: text))
            case .tooLong(let bytes):
                try printer.print(refused(QuestionLength.refusal(bytes: bytes)))
            case .invalid:
                try printer.print(Reply(intent: .unknown, confidence: 0, document: AnswerDocument(blocks: [.paragraph(Msg.invalidUTF8)])))
            }
        }
        try failIfStoreUnavailable(assistant)
    }

    /// A task change asked of a store that could not be opened: the answer said so; standard error
    /// says it too and the status is 2, so a script notices.
    static func failIfStoreUnavailable(_ assistant: Assistant) throws {
        if let problem = assistant.tasks?.openError {
            throw CLIError.exit(problem)
        }
    }
}

/// Reads standard input line by line, telling invalid UTF-8 apart instead of failing.
enum InputReader {
    enum Line { case text(String), invalid, tooLong(bytes: Int) }

    static func readLine() -> Line? {
        var bytes: [UInt8] = []
        while true {
            let c = getchar()
            if c == EOF { break }
            if c == 0x0A { return decode(bytes) }
            bytes.append(UInt8(c))
            if bytes.count > 1_100_000 {  // a runaway line: drain it, report it as too long with its size
                var total = bytes.count
                while true { let d = getchar(); if d == EOF || d == 0x0A { break }; total += 1 }
                return .tooLong(bytes: total)
            }
        }
        return bytes.isEmpty ? nil : decode(bytes)
    }

    private static func decode(_ bytes: [UInt8]) -> Line {
        var b = bytes
        if b.last == 0x0D { b.removeLast() }
        guard let s = String(validating: b, as: UTF8.self) else { return .invalid }
        return .text(s)
    }
}

/// Prints replies as plain text or one-line JSON.
struct AnswerPrinter {
    var json: Bool
    var explain: Bool

    func print(_ reply: Reply) throws {
        if json {
            var object: [String: Any] = [
                "schema": TaskJSON.schema,
                "intent": reply.intent,
                "slots": reply.slots,
                "confidence": reply.confidence,
                "answer": reply.text,
            ]
            if let tasks = reply.tasks {
                object["tasks"] = tasks.map { t -> [String: Any] in
                    // The first fields of the task object of `tasks list --json` (README, "JSON").
                    var o: [String: Any] = ["id": t.id, "title": t.title, "status": t.status]
                    o["unit"] = t.unit.isEmpty ? NSNull() : t.unit
                    o["due"] = t.due ?? NSNull()
                    return o
                }
            }
            if let p = reply.planID { object["plan"] = p }
            // A line that asks several questions: every part, in order (`intent` is the first part's).
            if !reply.parts.isEmpty {
                object["parts"] = reply.parts.map { p -> [String: Any] in
                    ["text": p.text, "question": p.question, "intent": p.reply.intent, "slots": p.reply.slots,
                     "answer": p.reply.text]
                }
            }
            if explain, let e = reply.explanation { object["explanation"] = PlainRenderer.render(e.document) }
            let data = (try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes])) ?? Data("{}".utf8)
            try Console.bytes(Array(data) + [0x0A])
        } else {
            var out = reply.text
            if explain, let e = reply.explanation { out += "\n\n" + PlainRenderer.render(e.document) }
            try Console.out(out, terminator: "\n\n")
        }
    }
}
