import ArgumentParser
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
