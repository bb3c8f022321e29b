import Foundation

/// How the REPL behaves: colour, history file, pager, exit words.
///
///     var options = REPLOptions()
///     options.color = .never
///     options.historyFile = "/tmp/danvan-history"
public struct REPLOptions: Sendable {
    /// The `--color` choice, resolved by `ColorPolicy`.
    public var color: ColorMode
    /// The history file; nil uses `$XDG_STATE_HOME/danvan/history` (default `~/.local/state/danvan/history`).
    public var historyFile: String?
    /// The most history entries kept.
    public var historyLimit: Int
    /// Whether answers taller than the screen go through `$PAGER` (default `less`).
    public var usesPager: Bool
    /// Lines that end the session, compared without diacritics and case ("thoát" = "THOAT"); the
    /// product gives its own (danvan: `exit_words` of `Intents/entities.yaml`). None: only Ctrl-D ends it.
    public var exitWords: [String]
    /// The environment read for `NO_COLOR`, `TERM`, `PAGER`, `XDG_STATE_HOME` and `HOME`.
    public var environment: [String: String]

    public init(color: ColorMode = .auto, historyFile: String? = nil, historyLimit: Int = 1000,
                usesPager: Bool = true, exitWords: [String] = [],
                environment: [String: String] = ProcessInfo.processInfo.environment) {
        self.color = color
        self.historyFile = historyFile
        self.historyLimit = historyLimit
        self.usesPager = usesPager
        self.exitWords = exitWords
        self.environment = environment
    }
}
