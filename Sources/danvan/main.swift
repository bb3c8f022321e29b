import ArgumentParser
import DanVanAssistant
import DanVanREPL
import DanVanText
import Foundation

/// `danvan`: the REPL on a terminal, `ask` otherwise; subcommands for tasks, plans, evaluation.
struct Danvan: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "danvan",
        abstract: "Trợ lý Dân vận — hỏi đáp về kế hoạch và theo dõi nhiệm vụ.",
        discussion: Msg.cliExamplesMain,
        version: "danvan 0.1.0",
        subcommands: [StartCommand.self, AskCommand.self, ReplCommand.self, ImportCommand.self, PlansCommand.self,
                      TasksCommand.self, AgendaCommand.self, CalendarCommand.self, ReportCommand.self, BriefCommand.self, QuizCommand.self,
                      AdminCommand.self, EvalCommand.self, BenchCommand.self, ConfigCommand.self, CompletionCommand.self],
        defaultSubcommand: StartCommand.self
    )
}

/// With no subcommand: the REPL when standard input is a terminal, else `ask` over the piped lines.
struct StartCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "start", abstract: "Mở giao diện hỏi đáp (mặc định).",
                                                    shouldDisplay: false)
    @OptionGroup var common: CommonOptions

    @Option(name: .long, help: ArgumentHelp("Màu: auto, always, never (mặc định auto, hoặc color của config.toml; NO_COLOR và TERM=dumb tắt màu).", valueName: "chế-độ"))
    var color: ColorMode?

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

    @Option(name: .long, help: ArgumentHelp("Màu: auto, always, never (mặc định auto, hoặc color của config.toml).", valueName: "chế-độ"))
    var color: ColorMode?

    func run() throws {
        throw ExitCode(try Self.start(common: common, color: color))
    }

    static func start(common: CommonOptions, color: ColorMode?) throws -> Int32 {
        // The terminal's locale, for libedit above all (without it Vietnamese letters are dropped).
        // Only here: `ask` prints bytes and needs no locale, and loading one costs start-up time.
        setlocale(LC_ALL, "")
        let workspace = try Workspace.orExit(common)
        let assistant = try workspace.assistantOrExit()
        assistant.usePracticeProgress(workspace.practiceProgress())
        let desk = assistant.tasks
        let completion = CompletionSource(knowledge: workspace.knowledge, vocabulary: workspace.catalog.vocabulary,
                                          taskVocabulary: try? workspace.taskVocabulary(),
                                          taskNumbers: { desk?.taskNumbers() ?? [] },
                                          taskTitles: { desk?.taskTitles() ?? [:] })
        assistant.agendaUnit = try? AgendaCommand.unit(workspace.config.values["unit"], workspace: workspace)
        let conversation = AssistantConversation(assistant: assistant, completion: completion,
                                                 stateDirectory: workspace.locator.userStateDirectory)
        // config.toml: colour when --color is not given, the pager when neither DANVAN_PAGER nor PAGER is set.
        var environment = ProcessInfo.processInfo.environment
        if environment["DANVAN_PAGER"] == nil, environment["PAGER"] == nil, let pager = workspace.config.values["pager"] {
            environment["DANVAN_PAGER"] = pager
        }
        let mode = color ?? workspace.config.values["color"].flatMap(ColorMode.init(rawValue:)) ?? .auto
        return REPL(conversation: conversation, options: REPLOptions(color: mode, environment: environment)).run()
    }
}

extension ColorMode: ExpressibleByArgument {}

Trace.mark("start")
if let ask = AskCommand.parsedAlone(CommandLine.arguments.dropFirst()) {
    do { try ask.run() } catch { CLIWording.exit(withError: error) }
} else {
    CLIWording.main(AgendaCommand.rewritingVietnameseName(Array(CommandLine.arguments.dropFirst())))
}
