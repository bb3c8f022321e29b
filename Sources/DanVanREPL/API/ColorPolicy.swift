import Foundation

/// The `--color` choice.
public enum ColorMode: String, CaseIterable, Sendable {
    case auto, always, never
}

/// Decides whether answers and the prompt are coloured.
///
///     ColorPolicy.usesColor(.auto, environment: ["NO_COLOR": "1"], outputIsTerminal: true) // false
///     ColorPolicy.usesColor(.always, environment: ["NO_COLOR": "1"], outputIsTerminal: false) // true
///
/// `always` and `never` are obeyed (a command-line flag beats the environment, as no-color.org asks);
/// `auto` colours only when `NO_COLOR` is unset or empty, `TERM` is not `dumb` and stdout is a terminal.
public enum ColorPolicy {
    /// Whether to colour.
    ///
    /// - Parameters:
    ///   - mode: the `--color` choice.
    ///   - environment: the process environment.
    ///   - outputIsTerminal: whether stdout is a terminal.
    /// - Returns: true to colour.
    public static func usesColor(_ mode: ColorMode,
                                 environment: [String: String] = ProcessInfo.processInfo.environment,
                                 outputIsTerminal: Bool = Terminal.isTerminal(STDOUT_FILENO)) -> Bool {
        switch mode {
        case .always: return true
        case .never: return false
        case .auto:
            if let noColor = environment["NO_COLOR"], !noColor.isEmpty { return false }
            if environment["TERM"] == "dumb" { return false }
            return outputIsTerminal
        }
    }
}
