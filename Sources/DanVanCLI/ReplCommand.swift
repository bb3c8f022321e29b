import ArgumentParser
import DanVanAssistant
import DanVanREPL
import DanVanText
import Foundation

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
        let assistant = try workspace.practisingAssistantOrExit()
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
        return REPL(conversation: conversation, options: REPLOptions(color: mode, exitWords: workspace.catalog.vocabulary.exitWords,
                                                                   environment: environment)).run()
    }
}

extension ColorMode: ExpressibleByArgument {}
