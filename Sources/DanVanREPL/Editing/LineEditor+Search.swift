import CEditLine
import DanVanText
import Foundation

extension LineEditor {
    /// Ctrl-R: an incremental search of the history, newest first, that ignores diacritics and
    /// case ("nghi" finds "nghị quyết", "đ" finds "Đường" and "duong").
    ///
    /// Typed letters narrow the search, Backspace widens it, Ctrl-R again goes to an older match,
    /// Enter runs the match, Ctrl-G cancels (the line comes back), Ctrl-C drops the line, and any
    /// other key (arrows, Ctrl-A, Ctrl-E…) keeps the match for editing and then does its usual job.
    func searchHistory() -> UInt8 {
        guard let history else { return UInt8(CC_REFRESH_BEEP) }
        let original = currentLine()
        var query = ""
        var match: (index: Int, text: String)?
        while true {
            drawSearch(query: query, match: match?.text)
            var character: wchar_t = 0
            let status = readCharacter(into: &character)
            guard status == 1, let scalar = Unicode.Scalar(UInt32(bitPattern: character)) else {
                // Ctrl-C (status -1) drops the line as it does outside the search; end of input restores it.
                if status < 0 { replaysInterrupt = true }
                return finishSearch(with: original)
            }
            switch scalar.value {
            case 0x12:  // Ctrl-R: an older match
                if let next = LineEditor.findEntry(containing: query, in: history, from: (match?.index ?? -1) + 1,
                                                   skipping: match?.text) {
                    match = next
                } else {
                    Terminal.write("\u{7}")
                }
            case 0x7F, 0x08:  // Backspace: widen the search, from the newest entry again
                guard !query.isEmpty else { continue }
                query.removeLast()
                match = query.isEmpty ? nil : LineEditor.findEntry(containing: query, in: history, from: 0)
            case 0x07:  // Ctrl-G: cancel
                return finishSearch(with: original)
            case 0x0D, 0x0A:  // Enter: run the match
                queuedScalars.insert("\r", at: 0)
                return finishSearch(with: match?.text ?? original)
            case 0..<0x20:  // another key: keep the match, then let libedit handle the key
                queuedScalars.insert(scalar, at: 0)
                return finishSearch(with: match?.text ?? original)
            default:
                query.unicodeScalars.append(scalar)
                match = LineEditor.findEntry(containing: query, in: history, from: match?.index ?? 0)
            }
        }
    }

    /// The newest entry from `start` back whose folded text contains the folded `query` (and is not `skipped`).
    static func findEntry(containing query: String, in history: HistoryStore, from start: Int,
                          skipping skipped: String? = nil) -> (index: Int, text: String)? {
        let needle = Folding.fold(query)
        guard !needle.isEmpty else { return nil }
        var index = max(0, start)
        while let raw = danvan_history_at(history.handle, Int32(index)) {
            let entry = String(cString: raw)
            if entry != skipped, Folding.fold(entry).contains(needle) { return (index, entry) }
            index += 1
        }
        return nil
    }

    /// The whole line being edited.
    private func currentLine() -> String {
        guard let info = danvan_el_line(editLine)?.pointee else { return "" }
        let count = info.lastchar - info.buffer
        return info.buffer.withMemoryRebound(to: UInt8.self, capacity: count) {
            String(decoding: UnsafeBufferPointer(start: $0, count: count), as: UTF8.self)
        }
    }

    /// Draws the search prompt and the match on the current row, cut to the terminal's width.
    private func drawSearch(query: String, match: String?) {
        let prompt = match == nil && !query.isEmpty ? Msg.historySearchNotFound(query) : Msg.historySearchPrompt(query)
        let text = TextSanitizer.sanitize(prompt + (match ?? ""), keepingNewlines: false)
        Terminal.write("\r\u{1B}[K" + LineEditor.cut(text, toWidth: Terminal.size().columns - 1))
    }

    /// Clears the search row, puts `line` in the editor and has libedit draw it again.
    private func finishSearch(with line: String) -> UInt8 {
        Terminal.write("\r\u{1B}[K")
        danvan_el_replace_line(editLine, line)
        return UInt8(CC_REDISPLAY)
    }

    /// The longest beginning of `text` that fits in `width` columns.
    static func cut(_ text: String, toWidth width: Int) -> String {
        var used = 0
        var kept = ""
        for character in text {
            let cells = DisplayWidth.of(character)
            guard used + cells <= width else { break }
            used += cells
            kept.append(character)
        }
        return kept
    }
}
