import CEditLine
import DanVanText
import Foundation

/// The interactive assistant: prompt, line editing, history, completion, formatted answers.
///
///     let status = REPL(conversation: assistant, options: REPLOptions(color: .auto)).run()
///     exit(status)
///
/// The only place danvan touches the terminal. When stdin is not a terminal it reads plain lines
/// instead (no prompt, no colour, no history), though `danvan` normally sends piped input to `ask`.
public final class REPL {
    let conversation: Conversation
    let options: REPLOptions

    public init(conversation: Conversation, options: REPLOptions = REPLOptions()) {
        self.conversation = conversation
        self.options = options
    }

    /// Runs until Ctrl-D, an exit word or a reply that ends the session.
    ///
    /// - Returns: the exit status: 0 when the session ended normally, 1 when the terminal could not
    ///   be set up.
    public func run() -> Int32 {
        guard Terminal.isTerminal(STDIN_FILENO) else { return runPlain() }
        guard danvan_editline_load() == 0 else {
            // No line editing without libedit: say so, and go on reading plain lines.
            let detail = danvan_editline_error().map { String(cString: $0) } ?? ""
            Terminal.write(Msg.replLineEditingUnavailable(detail) + "\n", to: STDERR_FILENO)
            return runPlain()
        }
        let color = ColorPolicy.usesColor(options.color, environment: options.environment)
        let historyPath = options.historyFile ?? HistoryLocation.defaultPath(environment: options.environment)
        let history = HistoryStore(path: historyPath, limit: options.historyLimit)
        SignalFlags.install()
        defer { SignalFlags.restore() }
        guard let editor = LineEditor(prompt: prompt(color: color), history: history,
                                      completer: { [conversation] in conversation.completions(for: $0) }) else {
            Terminal.write(Msg.replTerminalUnavailable + "\n", to: STDERR_FILENO)
            return 1
        }
        if let welcome = conversation.welcome { show(welcome, color: color) }
        while true {
            switch editor.readLine() {
            case .interrupted:
                Terminal.write("\n")
                if let reply = conversation.interrupted() { show(reply.document, color: color) }
            case .endOfInput:
                Terminal.write("\n")
                return 0
            case .line(let typed):
                let line = typed.trimmingCharacters(in: .whitespaces)
                guard !line.isEmpty else { continue }
                editor.remember(line)
                if isExitWord(line) { return 0 }
                // Ctrl-C while the answer is worked out: its long loops stop at their next checkpoint
                // (`AnswerCancellation`) and the partial answer is thrown away.
                let reply = AnswerCancellation.watching(SignalFlags.interruptPending) { conversation.respond(to: line) }
                if SignalFlags.takeInterrupt() {
                    Terminal.write("\n" + Msg.replAnswerCancelled + "\n\n")
                    continue
                }
                show(reply.document, color: color)
                if reply.endsSession { return 0 }
            }
        }
    }

    /// Piped input: one line at a time, plain answers.
    private func runPlain() -> Int32 {
        while let typed = readLine(strippingNewline: true) {
            let line = typed.trimmingCharacters(in: .whitespaces)
            guard !line.isEmpty else { continue }
            if isExitWord(line) { return 0 }
            let reply = conversation.respond(to: line)
            let text = PlainRenderer.render(reply.document)
            if !text.isEmpty { Terminal.write(text + "\n") }
            if reply.endsSession { return 0 }
        }
        return 0
    }

    /// Prints `document` laid out for the current width, through the pager when taller than the screen.
    private func show(_ document: AnswerDocument, color: Bool) {
        let size = Terminal.size()
        // A Ctrl-C pressed while the answer was computed, or while it is laid out, cancels it.
        guard let text = DocumentRenderer(width: size.columns, color: color).render(document, cancelled: SignalFlags.interruptPending)
        else {
            _ = SignalFlags.takeInterrupt()
            Terminal.write("\n" + Msg.replAnswerCancelled + "\n\n")
            return
        }
        guard !text.isEmpty else { return }
        let height = text.reduce(into: 1) { count, character in if character == "\n" { count += 1 } }
        if options.usesPager, height >= size.rows, Terminal.isTerminal(STDOUT_FILENO),
           let command = Pager.command(environment: options.environment) {
            switch Pager.show(text, command: command, environment: options.environment) {
            case .shown: return
            case .notStarted: Terminal.write(Msg.replPagerFailed(command) + "\n", to: STDERR_FILENO)
            case .failed: Terminal.write(Msg.pagerExitedWithError(command) + "\n", to: STDERR_FILENO)
            }
        }
        // A blank line after each answer keeps one exchange apart from the next.
        Terminal.write(text + "\n\n")
    }

    /// The prompt; colour codes are wrapped in `\u{1}` markers so libedit does not count them.
    private func prompt(color: Bool) -> String {
        guard color else { return Msg.replPrompt }
        let style = TextStyle(bold: true, color: .cyan)
        let marker = "\u{1}"
        let text = Msg.replPrompt.trimmingCharacters(in: .whitespaces)
        return marker + style.escape + marker + text + marker + TextStyle.reset + marker + " "
    }

    /// An exit word, with or without the ":" of REPL commands (":thoát").
    private func isExitWord(_ line: String) -> Bool {
        let folded = Folding.fold(line.hasPrefix(":") ? String(line.dropFirst()) : line)
        return options.exitWords.contains { Folding.fold($0) == folded }
    }
}
