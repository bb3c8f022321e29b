import ArgumentParser
import DanVanAssistant
import DanVanText
import Foundation

/// `danvan brief [--unit U]`: a new official's brief of their unit, plan by plan.
struct BriefCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "brief",
        abstract: "Giới thiệu cho cán bộ mới: kế hoạch, nhiệm vụ, hạn báo cáo, văn bản căn cứ của đơn vị.")

    @OptionGroup var common: CommonOptions

    @Option(name: .long, help: "Đơn vị của anh/chị (ví dụ \"Phòng Kinh tế\"). Mặc định: đơn vị đã chọn lần trước hoặc $DANVAN_UNIT.")
    var unit: String?

    func run() throws {
        let workspace = try Workspace.orExit(common)
        let assistant = try workspace.practisingAssistantOrExit()
        let name = try Self.unit(unit, workspace: workspace, assistant: assistant)
        let pages = assistant.briefPages(unit: name)
        let text = pages.map { PlainRenderer.render($0) }.joined(separator: "\n\n")
        try Console.out(text)
    }

    /// The unit named by `--unit`, else remembered, else `$DANVAN_UNIT`, else asked on a terminal.
    static func unit(_ given: String?, workspace: Workspace, assistant: Assistant) throws -> String {
        let typed = given ?? assistant.rememberedUnit ?? workspace.locator.environment["DANVAN_UNIT"] ?? askUnit(assistant)
        guard let typed, !typed.trimmingCharacters(in: .whitespaces).isEmpty else { throw CLIError.exit(Msg.briefNeedUnit) }
        return try knownUnit(typed, assistant: assistant)
    }

    /// The unit `typed` names (an abbreviation, a typo), or the worded error with suggestions and status 2.
    static func knownUnit(_ typed: String, assistant: Assistant) throws -> String {
        switch assistant.resolveUnit(typed) {
        case .known(let name): return name
        case .unknown(let suggestions): throw CLIError.exit(Msg.briefUnknownUnit(typed, suggestions: suggestions))
        }
    }

    /// Asks for the unit when standard input is a terminal; a number picks from the list.
    private static func askUnit(_ assistant: Assistant) -> String? {
        guard isatty(STDIN_FILENO) == 1 else { return nil }
        let names = assistant.communeUnitNames
        let list = names.enumerated().map { "  \($0.offset + 1). \($0.element)" }.joined(separator: "\n")
        try? OutputSink.standardOutput.line(Msg.briefAskUnit + "\n" + list + "\n> ", terminator: "")
        guard let line = readLine()?.trimmingCharacters(in: .whitespaces) else { return nil }
        if let n = Int(line), names.indices.contains(n - 1) { return names[n - 1] }
        return line
    }
}
