import CEditLine
import Foundation

extension LineEditor {
    /// Reads one character from stdin for libedit, decoding UTF-8 and composing it to NFC.
    ///
    /// A letter typed decomposed ("e" + U+0302 + U+0323, as some IMEs and macOS pastes send it) is
    /// handed to libedit as the one precomposed letter "ệ", so one Backspace deletes it whole.
    /// Returns 1 with the character, 0 at end of input, -1 (errno EINTR) when Ctrl-C cancels the
    /// line. A resize (new width) or a resume (line redrawn) lets reading go on.
    func readCharacter(into output: UnsafeMutablePointer<wchar_t>) -> Int32 {
        if replaysInterrupt {
            replaysInterrupt = false
            wasInterrupted = true
            errno = EINTR
            return -1
        }
        if queuedScalars.isEmpty {
            let first: Unicode.Scalar
            if let carried = carriedScalar {
                first = carried
                carriedScalar = nil
            } else {
                switch readScalar() {
                case .scalar(let scalar): first = scalar
                case .end: return 0
                case .failed: return -1
                }
            }
            queuedScalars = composeCluster(startingWith: first)
        }
        output.pointee = wchar_t(bitPattern: queuedScalars.removeFirst().value)
        return 1
    }

    /// `first` with the combining marks already waiting after it, composed to NFC.
    private func composeCluster(startingWith first: Unicode.Scalar) -> [Unicode.Scalar] {
        var cluster = String.UnicodeScalarView([first])
        // Marks sent with their letter arrive in the same write: look only at what is already there.
        while pendingBytes.isEmpty, LineEditor.inputIsReady() {
            guard case .scalar(let next) = readScalar() else {
                if wasInterrupted { replaysInterrupt = true }
                break
            }
            guard LineEditor.isCombiningMark(next) else {
                carriedScalar = next
                break
            }
            cluster.append(next)
        }
        guard cluster.count > 1 else { return [first] }
        return Array(String(cluster).precomposedStringWithCanonicalMapping.unicodeScalars)
    }

    /// Whether `scalar` is a combining mark (the tone and vowel marks of decomposed Vietnamese).
    static func isCombiningMark(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: return true
        default: return false
        }
    }

    /// Whether a byte can be read from stdin without waiting.
    static func inputIsReady() -> Bool {
        var descriptor = pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0)
        return poll(&descriptor, 1, 0) > 0 && descriptor.revents & Int16(POLLIN) != 0
    }

    enum ReadOutcome {
        case scalar(Unicode.Scalar)
        case end
        case failed
    }

    /// Reads bytes until one Unicode scalar is complete.
    func readScalar() -> ReadOutcome {
        while true {
            if SignalFlags.takeInterrupt() {
                wasInterrupted = true
                pendingBytes = []
                errno = EINTR
                return .failed
            }
            var byte: UInt8 = 0
            let count = read(STDIN_FILENO, &byte, 1)
            if count == 1 {
                if let scalar = decode(byte) { return .scalar(scalar) }
                continue
            }
            if count == 0 { return .end }
            guard errno == EINTR else { return .failed }
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
