/// Walks scalars, stepping over ANSI escape sequences (CSI, OSC and two-character escapes).
struct EscapeScanner {
    let scalars: [Unicode.Scalar]
    var index = 0

    init(scalars: [Unicode.Scalar]) { self.scalars = scalars }

    /// The next scalar that is not part of an escape sequence, or nil at the end.
    mutating func nextVisible() -> Unicode.Scalar? {
        while index < scalars.count {
            let scalar = scalars[index]
            if scalar.value == 0x1B || scalar.value == 0x9B || scalar.value == 0x9D {
                skipEscape()
                continue
            }
            index += 1
            return scalar
        }
        return nil
    }

    /// Skips the escape sequence starting at `index`.
    private mutating func skipEscape() {
        let first = scalars[index].value
        index += 1
        var kind = first
        if first == 0x1B {
            guard index < scalars.count else { return }
            kind = scalars[index].value
            index += 1
        }
        switch kind {
        case 0x5B, 0x9B:  // CSI: parameters up to a final byte 0x40–0x7E
            while index < scalars.count {
                let v = scalars[index].value
                index += 1
                if (0x40...0x7E).contains(v) { return }
            }
        case 0x5D, 0x9D, 0x50, 0x5F, 0x5E:  // OSC, DCS, APC, PM: up to BEL or ESC \
            while index < scalars.count {
                let v = scalars[index].value
                index += 1
                if v == 0x07 || v == 0x9C { return }
                if v == 0x1B {
                    if index < scalars.count, scalars[index].value == 0x5C { index += 1 }
                    return
                }
            }
        default:
            return
        }
    }
}
