import ArgumentParser
import DanVanAssistant
import DanVanText
import Foundation

/// `danvan agenda` (also `danvan hôm-nay`, and `danvan hôm nay`): the day's agenda — overdue tasks,
/// tasks due today and in the next 7 days, each plan's next report deadline — for the unit of
/// `--unit`, else config.toml's `unit`, else everybody (`--all` ignores the config).
struct AgendaCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "agenda",  // also in rewritingVietnameseName
        abstract: "Việc hôm nay: nhiệm vụ quá hạn, đến hạn hôm nay và trong 7 ngày tới, hạn báo cáo sắp tới của các kế hoạch.",
        aliases: [vietnameseName])

    /// The Vietnamese name: `danvan hôm-nay`; typed as two words, `danvan hôm nay` means the same.
    static let vietnameseName = "hôm-nay"

    @OptionGroup var common: CommonOptions

    @Option(name: .long, help: ArgumentHelp("Đơn vị, ví dụ \"Phòng Kinh tế\" (mặc định: unit của config.toml).", valueName: "đơn-vị"))
    var unit: String?

    @Flag(name: .long, help: "Mọi đơn vị, kể cả khi config.toml có unit.")
    var all = false

    func run() throws {
        let workspace = try Workspace.orExit(common)
        let assistant = try workspace.assistantOrExit()
        assistant.agendaUnit = try Self.unit(all ? nil : unit ?? workspace.config.values["unit"], workspace: workspace)
        let document = assistant.agenda()
            ?? AnswerDocument(blocks: [.paragraph(Msg.agendaNothing(assistant.today.display, unit: assistant.agendaUnit))])
        try Console.out(PlainRenderer.render(document))
    }

    /// The canonical name of a unit written on the command line or in the config; status 64 when unknown.
    static func unit(_ written: String?, workspace: Workspace) throws -> String? {
        guard let written, !written.trimmingCharacters(in: .whitespaces).isEmpty else { return nil }
        switch workspace.knowledge.units.resolve(written) {
        case .known(let name): return name
        case .unknown(let suggestions): throw CLIError.usage(Msg.cliUnknownUnit(written, suggestions: suggestions))
        }
    }

    /// `hôm nay …` → `agenda …` (the arguments after the program's name; the two words of the
    /// Vietnamese name, in any normal form or case).
    static func rewritingVietnameseName(_ arguments: [String]) -> [String] {
        let words = vietnameseName.split(separator: "-").map { Folding.nfc(String($0)) }
        guard arguments.count >= words.count,
              arguments.prefix(words.count).map({ Folding.nfc($0).lowercased() }) == words else { return arguments }
        return ["agenda"] + arguments.dropFirst(words.count)
    }
}
