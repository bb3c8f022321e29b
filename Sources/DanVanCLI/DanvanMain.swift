import Foundation

/// The whole command line of `danvan` and `danvan-pg`: the two executables call `run()` and differ only in
/// the server backend `danvan-pg` registers first (`ServerBackends.register`).
public enum DanvanMain {
    /// Runs the command the arguments name and ends the process with its status.
    public static func run() -> Never {
        Trace.mark("start")
        let arguments = CommandLine.arguments.dropFirst()
        // A plain `ask` (what scripts run once per question) is read by hand, without ArgumentParser.
        if let request = AskCommand.Request(arguments) {
            do { try request.run() } catch { CLIWording.exit(withError: error) }
            exit(0)
        }
        if let ask = AskCommand.parsedAlone(arguments) {
            do { try ask.run() } catch { CLIWording.exit(withError: error) }
            exit(0)
        }
        CLIWording.main(AgendaCommand.rewritingVietnameseName(Array(arguments)))
    }
}
