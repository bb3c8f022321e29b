import ArgumentParser
import DanVanAssistant
import DanVanText
import Foundation

/// `danvan ask`: answers a question, or every line of standard input, keeping context between lines.
struct AskCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "ask", abstract: "Trả lời một câu hỏi (hoặc từng dòng nhập vào).")

    @OptionGroup var common: CommonOptions

    @Flag(name: .long, help: "Mỗi câu trả lời là một đối tượng JSON trên một dòng.")
    var json = false

    @Flag(name: .long, help: "Giải thích vì sao chọn câu trả lời (ý định, thực thể, điểm).")
    var explain = false

    @Argument(help: "Câu hỏi. Bỏ trống để đọc từng dòng từ đầu vào chuẩn.")
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
        return try? AskCommand.parse(rest)
    }

    static func answer(question: [String], common: CommonOptions, json: Bool, explain: Bool) throws {
        Trace.mark("arguments")
        let workspace = try Workspace.orExit(common)
        let assistant = try workspace.assistantOrExit()
        assistant.usePracticeProgress(workspace.practiceProgress())
        let printer = AnswerPrinter(json: json, explain: explain)
        if !question.isEmpty {
            let reply = assistant.respond(to: question.joined(separator: " "))
            Trace.mark("answer")
            printer.print(reply)
            Trace.mark("output")
            return
        }
        while let line = InputReader.readLine() {
            switch line {
            case .text(let text):
                guard !text.trimmingCharacters(in: .whitespaces).isEmpty else { continue }
                printer.print(assistant.respond(to: text))
            case .invalid:
                printer.print(Reply(intent: .unknown, confidence: 0, document: AnswerDocument(blocks: [.paragraph(Msg.invalidUTF8)])))
            }
        }
    }
}

/// Reads standard input line by line, telling invalid UTF-8 apart instead of failing.
enum InputReader {
    enum Line { case text(String), invalid }

    static func readLine() -> Line? {
        var bytes: [UInt8] = []
        while true {
            let c = getchar()
            if c == EOF { break }
            if c == 0x0A { return decode(bytes) }
            bytes.append(UInt8(c))
            if bytes.count > 1_100_000 {  // a runaway line: drain it, report it as too long
                while true { let d = getchar(); if d == EOF || d == 0x0A { break } }
                return .text(String(repeating: "x", count: 2001))
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

    func print(_ reply: Reply) {
        if json {
            var object: [String: Any] = [
                "intent": reply.intent,
                "slots": reply.slots,
                "confidence": reply.confidence,
                "answer": reply.text,
            ]
            if let tasks = reply.tasks {
                object["tasks"] = tasks.map { t -> [String: Any] in
                    var o: [String: Any] = ["id": t.id, "title": t.title, "unit": t.unit, "status": t.status]
                    o["due"] = t.due ?? NSNull()
                    return o
                }
            }
            if let p = reply.planID { object["plan"] = p }
            if explain, let e = reply.explanation { object["explanation"] = PlainRenderer.render(e.document) }
            let data = (try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes])) ?? Data("{}".utf8)
            Self.write(Array(data) + [0x0A])
        } else {
            var out = reply.text
            if explain, let e = reply.explanation { out += "\n\n" + PlainRenderer.render(e.document) }
            Self.write(Array((out + "\n\n").utf8))
        }
    }

    /// All of `bytes` to standard output through write(2) (FileHandle's first use costs start-up time).
    private static func write(_ bytes: [UInt8]) {
        var done = 0
        while done < bytes.count {
            let n = bytes.withUnsafeBytes { Glibc.write(STDOUT_FILENO, $0.baseAddress! + done, $0.count - done) }
            if n < 0, errno == EINTR { continue }
            guard n > 0 else { return }
            done += n
        }
    }
}
