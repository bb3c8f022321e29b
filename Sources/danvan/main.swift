import ArgumentParser
import DanVanAssistant
import DanVanREPL
import Foundation

/// `danvan`: the REPL on a terminal, `ask` otherwise; subcommands for tasks, plans, evaluation.
struct Danvan: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "danvan",
        abstract: "Trợ lý Dân vận — hỏi đáp về kế hoạch và theo dõi nhiệm vụ.",
        version: "danvan 0.1.0",
        subcommands: [StartCommand.self, AskCommand.self, ReplCommand.self, ImportCommand.self, PlansCommand.self,
                      TasksCommand.self, ReportCommand.self, BriefCommand.self, QuizCommand.self, EvalCommand.self, BenchCommand.self],
        defaultSubcommand: StartCommand.self
    )
}

/// With no subcommand: the REPL when standard input is a terminal, else `ask` over the piped lines.
struct StartCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "start", abstract: "Mở giao diện hỏi đáp (mặc định).",
                                                    shouldDisplay: false)
    @OptionGroup var common: CommonOptions

    @Option(name: .long, help: "Màu: auto, always, never (mặc định auto; NO_COLOR và TERM=dumb tắt màu).")
    var color: ColorMode = .auto

    func run() throws {
        if isatty(STDIN_FILENO) == 1 {
            throw ExitCode(try ReplCommand.start(common: common, color: color))
        }
        try AskCommand.answer(question: [], common: common, json: false, explain: false)
    }
}

/// `danvan repl`: the interactive assistant.
struct ReplCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "repl", abstract: "Mở giao diện hỏi đáp tương tác.")

    @OptionGroup var common: CommonOptions

    @Option(name: .long, help: "Màu: auto, always, never.")
    var color: ColorMode = .auto

    func run() throws {
        throw ExitCode(try Self.start(common: common, color: color))
    }

    static func start(common: CommonOptions, color: ColorMode) throws -> Int32 {
        // The terminal's locale, for libedit above all (without it Vietnamese letters are dropped).
        // Only here: `ask` prints bytes and needs no locale, and loading one costs start-up time.
        setlocale(LC_ALL, "")
        let workspace = try Workspace.orExit(common)
        let assistant = try workspace.assistantOrExit()
        assistant.usePracticeProgress(workspace.practiceProgress())
        let desk = assistant.tasks
        let completion = CompletionSource(knowledge: workspace.knowledge, vocabulary: workspace.catalog.vocabulary,
                                          taskNumbers: { desk?.taskNumbers() ?? [] })
        let conversation = AssistantConversation(assistant: assistant, completion: completion,
                                                 stateDirectory: workspace.locator.userStateDirectory)
        return REPL(conversation: conversation, options: REPLOptions(color: color)).run()
    }
}

extension ColorMode: ExpressibleByArgument {}

Trace.mark("start")
if let ask = AskCommand.parsedAlone(CommandLine.arguments.dropFirst()) {
    do { try ask.run() } catch { Danvan.exit(withError: error) }
} else {
    Danvan.main()
}
