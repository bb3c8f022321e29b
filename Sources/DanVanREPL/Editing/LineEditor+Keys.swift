import CEditLine

extension LineEditor {
    /// The escape sequences common terminals send for word moves and Home/End, whatever `TERM`
    /// says: xterm and its descendants, tmux and screen (`TERM=xterm-256color` inside tmux sends
    /// tmux's codes), rxvt and the Linux console.
    static let keyBindings: [(sequence: String, command: String)] = {
        let escape = "\u{1B}"
        let previousWord = ["[1;5D", "[1;3D", "[5D", "Od", "\u{1B}[D"]
        let nextWord = ["[1;5C", "[1;3C", "[5C", "Oc", "\u{1B}[C"]
        let home = ["[H", "OH", "[1~", "[7~"]
        let end = ["[F", "OF", "[4~", "[8~"]
        return previousWord.map { (escape + $0, "ed-prev-word") }
            + nextWord.map { (escape + $0, "em-next-word") }
            + home.map { (escape + $0, "ed-move-to-beg") }
            + end.map { (escape + $0, "ed-move-to-end") }
            + [(escape + "[3~", "ed-delete-next-char")]
    }()

    /// Binds word moves and Home/End before the user's `~/.editrc` is read, so it may change them.
    func bindTerminalKeys() {
        for binding in LineEditor.keyBindings {
            _ = danvan_el_bind(editLine, binding.sequence, binding.command)
        }
    }
}
