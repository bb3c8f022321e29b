import ArgumentParser
import Foundation

/// `danvan`: the REPL on a terminal, `ask` otherwise; subcommands for tasks, plans, evaluation.
struct Danvan: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "danvan",
        abstract: "Trợ lý Dân vận — hỏi đáp về kế hoạch và theo dõi nhiệm vụ.",
        version: "danvan 0.1.0",
        subcommands: [StartCommand.self, AskCommand.self, EvalCommand.self],
        defaultSubcommand: StartCommand.self
    )
}

/// With no subcommand: the REPL when standard input is a terminal, else `ask` over the piped lines.
struct StartCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "start", abstract: "Mở giao diện hỏi đáp (mặc định).",
                                                    shouldDisplay: false)
    @OptionGroup var common: CommonOptions

    func run() throws {
        try AskCommand.answer(question: [], common: common, json: false, explain: false)
    }
}

setlocale(LC_ALL, "")
Danvan.main()
