import ArgumentParser
import DanVanText
import Foundation

/// `danvan config`: each setting's value and where it came from (option, environment, file, default).
struct ConfigCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "config", abstract: Msg.configAbstract)

    @OptionGroup var common: CommonOptions

    func run() throws {
        let workspace = try Workspace.orExit(common)
        let env = workspace.locator.environment
        let config = workspace.config
        var color = config.setting("color", environment: env, fallback: "auto")
        if let noColor = env["NO_COLOR"], !noColor.isEmpty {
            color = ConfigSetting(key: "color", value: "never", source: Msg.configFromEnvironment("NO_COLOR"))
        }
        let settings = [
            workspace.storeSetting,
            workspace.userSetting,
            config.setting("unit", environment: env),
            color,
            config.setting("pager", variables: ["DANVAN_PAGER", "PAGER"], environment: env, fallback: "less"),
        ]
        let table = AnswerDocument.Table(headers: Msg.configHeaders,
                                         rows: settings.map { [$0.key, $0.value ?? Msg.configUnset, $0.source] },
                                         wrapColumns: [1])
        let document = AnswerDocument(blocks: [.paragraph(Msg.configFile(config.path, exists: config.exists)), .table(table)])
        try Console.out(PlainRenderer.render(document))
    }
}
