import CEditLine
import Foundation

extension LineEditor {
    /// Reads one character from stdin for libedit, decoding UTF-8.
    ///
    /// Returns 1 with the character, 0 at end of input, -1 (errno EINTR) when Ctrl-C cancels the
    /// line. A resize (new width) or a resume (line redrawn) lets reading go on.
    func readCharacter(into output: UnsafeMutablePointer<wchar_t>) -> Int32 {
        while true {
            if SignalFlags.takeInterrupt() {
                wasInterrupted = true
                pendingBytes = []
                errno = EINTR
                return -1
            }
            var byte: UInt8 = 0
            let count = read(STDIN_FILENO, &byte, 1)
            if count == 1 {
                if let scalar = decode(byte) {
                    output.pointee = wchar_t(bitPattern: scalar.value)
                    return 1
                }
                continue
            }
            if count == 0 { return 0 }
            guard errno == EINTR else { return -1 }
            let resized = SignalFlags.takeResize()
            let resumed = SignalFlags.takeContinue()
            // The new width applies from the next keystroke; redrawing now would repeat the prompt.
            if resized { danvan_el_resize(editLine) }
            if resumed { _ = danvan_el_refresh(editLine) }
        }
    }

    /// Adds `byte` to the pending UTF-8 sequence; the scalar once complete (U+FFFD when invalid).
    private func decode(_ byte: UInt8) -> Unicode.Scalar? {
        if pendingBytes.isEmpty {
            if byte < 0x80 { return Unicode.Scalar(byte) }
            if byte & 0xC0 == 0x80 || byte >= 0xF8 { return "\u{FFFD}" }
            pendingBytes = [byte]
            return nil
        }
        guard byte & 0xC0 == 0x80 else {
            pendingBytes = []
            return decode(byte) ?? nil
        }
        pendingBytes.append(byte)
        let lead = pendingBytes[0]
        let needed = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
        guard pendingBytes.count == needed else { return nil }
        defer { pendingBytes = [] }
        var decoder = UTF8()
        var iterator = pendingBytes.makeIterator()
        if case .scalarValue(let scalar) = decoder.decode(&iterator) { return scalar }
        return "\u{FFFD}"
    }
}
