/// The invariants every text danvan prints must hold, whatever the input: not empty, and no control
/// character a terminal would act on (ESC sequences, BEL, C1 controls, carriage return), and no
/// bidirectional override that would reorder the line (what `TextSanitizer` removes).
enum OutputCheck {
    /// Traps with the offending scalar when `text` breaks an invariant; `context` names the input.
    static func require(_ text: String, _ context: @autoclosure () -> String) {
        precondition(!text.isEmpty, "empty output for \(context())")
        for scalar in text.unicodeScalars where isTerminalControl(scalar) {
            preconditionFailure("control U+\(String(scalar.value, radix: 16)) in output for \(context())")
        }
    }

    /// C0 controls other than newline and tab, DEL, the C1 block, bidirectional overrides and isolates.
    static func isTerminalControl(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        return (v < 0x20 && v != 0x0A && v != 0x09) || (0x7F...0x9F).contains(v)
            || (0x202A...0x202E).contains(v) || (0x2066...0x2069).contains(v)
    }
}
