import ArgumentParser
import DanVanText
import Foundation

/// `danvan completion install` / `danvan completion script <shell>`: Tab completion for bash, zsh
/// and fish, generated from the command definitions; unit names and task numbers are read when Tab
/// is pressed (`ShellCompletion`).
struct CompletionCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "completion", abstract: Msg.completionAbstract,
                                                    subcommands: [Install.self, Script.self])

    /// `danvan completion install [--shell zsh]`.
    struct Install: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "install", abstract: Msg.completionInstallAbstract)

        @Option(name: .long, help: ArgumentHelp(Msg.completionShellHelp, valueName: "shell"))
        var shell: String?

        func run() throws {
            let env = ProcessInfo.processInfo.environment
            let kind = try CompletionCommand.shell(named: shell ?? env["SHELL"].map { ($0 as NSString).lastPathComponent } ?? "bash")
            let (path, hint) = CompletionCommand.installPath(for: kind, environment: env)
            let script = CLIWording.translate(Danvan.completionScript(for: kind))
            do {
                try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent,
                                                        withIntermediateDirectories: true)
                try Data(script.utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
            } catch {
                throw CLIError.exit(Msg.completionWriteFailed(path))
            }
            try Console.out(Msg.completionInstalled(path, hint: hint))
        }
    }

    /// `danvan completion script bash`.
    struct Script: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "script", abstract: Msg.completionScriptAbstract)

        @Argument(help: ArgumentHelp(Msg.completionShellHelp, valueName: "shell"))
        var shell: String

        func run() throws {
            try Console.data(CLIWording.translate(Danvan.completionScript(for: try CompletionCommand.shell(named: shell))))
        }
    }

    static func shell(named name: String) throws -> CompletionShell {
        guard let shell = CompletionShell(rawValue: name.lowercased()) else {
            throw CLIError.usage(Msg.completionUnknownShell(name))
        }
        return shell
    }

    /// Where each shell looks for completions without any setup (bash-completion, fish), or where
    /// zsh finds them once the directory is in `fpath`.
    static func installPath(for shell: CompletionShell, environment env: [String: String]) -> (String, String) {
        let home = env["HOME"] ?? NSHomeDirectory()
        let data = env["XDG_DATA_HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? home + "/.local/share"
        let config = env["XDG_CONFIG_HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? home + "/.config"
        switch shell {
        case .zsh:
            let directory = data + "/zsh/site-functions"
            return (directory + "/_danvan", Msg.completionZshHint(directory))
        case .fish: return (config + "/fish/completions/danvan.fish", Msg.completionFishHint)
        default: return (data + "/bash-completion/completions/danvan", Msg.completionBashHint)
        }
    }
}
