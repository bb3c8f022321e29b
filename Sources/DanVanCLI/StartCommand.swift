import ArgumentParser
import DanVanREPL
import DanVanText
import Foundation

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
