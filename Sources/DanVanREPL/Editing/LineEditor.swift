import CEditLine
import DanVanText
import Foundation

/// One line of input edited with libedit: UTF-8 Vietnamese, history, Ctrl-R, Tab completion, Ctrl-C.
///
///     let editor = LineEditor(prompt: "danvan› ", history: store) { line in .none }
///     switch editor.readLine() {
///     case .line(let text): …          // "nhiệm vụ của phòng văn hóa"
///     case .interrupted: …             // Ctrl-C: the half-typed line is dropped
///     case .endOfInput: …              // Ctrl-D on an empty line
///     }
///
/// Callbacks from C find this object through `EL_CLIENTDATA`. Characters are read by our own
/// function (`EL_GETCFN`) so that Ctrl-C ends the line and a resize takes effect without losing it.
final class LineEditor {
    enum Event: Equatable {
        case line(String)
        case interrupted
        case endOfInput
    }

    let editLine: OpaquePointer
    let history: HistoryStore?
    let completer: (String) -> Completions
    private let promptBuffer: UnsafeMutablePointer<CChar>
    /// Set by the read function when Ctrl-C ended the line.
    var wasInterrupted = false
    /// A UTF-8 sequence being decoded by the read function.
    var pendingBytes: [UInt8] = []
    /// Characters decoded and normalised (NFC) but not yet handed to libedit.
    var queuedScalars: [Unicode.Scalar] = []
    /// A character read while looking for combining marks, the start of the next cluster.
    var carriedScalar: Unicode.Scalar?
    /// Set when Ctrl-C ended a history search: the next read cancels the line as Ctrl-C does.
    var replaysInterrupt = false

    /// Sets the locale up for UTF-8 and libedit up for editing; nil when libedit cannot start.
    ///
    /// - Parameters:
    ///   - prompt: the prompt, colour codes already wrapped in `\u{1}` markers.
    ///   - history: the history list Up/Down and Ctrl-R walk (nil: none).
    ///   - completer: what Tab asks for candidates, given the text before the cursor.
    init?(prompt: String, history: HistoryStore?, completer: @escaping (String) -> Completions) {
        UTF8Locale.activate()
        guard let editLine = danvan_el_init("danvan") else { return nil }
        self.editLine = editLine
        self.history = history
        self.completer = completer
        promptBuffer = strdup(prompt)
        configure()
    }

    deinit {
        danvan_el_end(editLine)
        free(promptBuffer)
    }

    /// Reads one line; the text is returned without its newline.
    func readLine() -> Event {
        wasInterrupted = false
        pendingBytes = []
        queuedScalars = []
        carriedScalar = nil
        replaysInterrupt = false
        _ = SignalFlags.takeInterrupt()
        if SignalFlags.takeResize() { danvan_el_resize(editLine) }
        var count: Int32 = 0
        guard let raw = danvan_el_gets(editLine, &count), count > 0 else {
            return wasInterrupted || (count < 0 && errno == EINTR) ? .interrupted : .endOfInput
        }
        var text = String(cString: raw)
        if text.hasSuffix("\n") { text.removeLast() }
        return .line(text.precomposedStringWithCanonicalMapping)
    }

    /// Adds `line` to the history (saved at once).
    func remember(_ line: String) {
        history?.add(line)
    }

    private func configure() {
        let me = Unmanaged.passUnretained(self).toOpaque()
        _ = danvan_el_set_clientdata(editLine, me)
        _ = danvan_el_set_editor(editLine, "emacs")
        _ = danvan_el_set_signal(editLine, 0)
        _ = danvan_el_set_prompt_esc(editLine, lineEditorPrompt, 1)
        _ = danvan_el_set_getcfn(editLine, lineEditorReadCharacter)
        if let history { _ = danvan_el_set_history(editLine, history.handle) }
        bindTerminalKeys()
        // A user's ~/.editrc (or $EDITRC) may rebind keys, as in other libedit programs.
        _ = danvan_el_source(editLine, nil)
        // Only bind to names that exist: binding an unknown name corrupts libedit's tables.
        _ = danvan_el_add_function(editLine, "danvan-complete", "Gợi ý hoàn thành", lineEditorComplete)
        _ = danvan_el_bind(editLine, "^I", "danvan-complete")
        _ = danvan_el_add_function(editLine, "danvan-search-history", "Tìm trong lịch sử", lineEditorSearch)
        _ = danvan_el_bind(editLine, "^R", "danvan-search-history")
    }

    fileprivate var prompt: UnsafeMutablePointer<CChar> { promptBuffer }

    /// The editor behind a libedit handle passed to a C callback.
    static func instance(for editLine: OpaquePointer?) -> LineEditor? {
        guard let editLine, let data = danvan_el_get_clientdata(editLine) else { return nil }
        return Unmanaged<LineEditor>.fromOpaque(data).takeUnretainedValue()
    }
}

private let lineEditorPrompt: danvan_prompt_fn = { editLine in
    LineEditor.instance(for: editLine)?.prompt
}

private let lineEditorComplete: danvan_command_fn = { editLine, _ in
    LineEditor.instance(for: editLine)?.complete() ?? UInt8(CC_ERROR)
}

private let lineEditorSearch: danvan_command_fn = { editLine, _ in
    LineEditor.instance(for: editLine)?.searchHistory() ?? UInt8(CC_ERROR)
}

private let lineEditorReadCharacter: el_rfunc_t = { editLine, output in
    guard let editor = LineEditor.instance(for: editLine), let output else { return -1 }
    return editor.readCharacter(into: output)
}
