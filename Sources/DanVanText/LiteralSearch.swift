/// Literal substring search and replacement on UTF-8 bytes.
///
/// Foundation's `contains(_:)` and `replacingOccurrences(of:with:)` cost a process about a quarter of a
/// millisecond on first use (runtime type lookups), which a cold `danvan ask` would pay on every
/// question. Text here is NFC (see `Folding.nfc`), so equal text is equal bytes.
///
///     "Ủy ban nhân dân xã Đường An".replacingLiteral("Ủy ban nhân dân", with: "UBND")   // "UBND xã Đường An"
extension String {
    /// Whether `part` occurs in the text (an empty `part` always does).
    public func containsLiteral(_ part: String) -> Bool {
        let needle = Array(part.utf8)
        guard !needle.isEmpty else { return true }
        return Self.firstOffset(of: needle, in: Array(utf8), from: 0) != nil
    }

    /// Every occurrence of `target`, left to right and not overlapping, replaced by `replacement`.
    public func replacingLiteral(_ target: String, with replacement: String) -> String {
        let needle = Array(target.utf8)
        let bytes = Array(utf8)
        guard !needle.isEmpty, var found = Self.firstOffset(of: needle, in: bytes, from: 0) else { return self }
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var copied = 0
        while true {
            out.append(contentsOf: bytes[copied..<found])
            out.append(contentsOf: replacement.utf8)
            copied = found + needle.count
            guard let next = Self.firstOffset(of: needle, in: bytes, from: copied) else { break }
            found = next
        }
        out.append(contentsOf: bytes[copied...])
        return String(decoding: out, as: UTF8.self)
    }

    private static func firstOffset(of needle: [UInt8], in bytes: [UInt8], from start: Int) -> Int? {
        guard bytes.count - start >= needle.count else { return nil }
        let first = needle[0]
        var i = start
        while i + needle.count <= bytes.count {
            if bytes[i] == first, bytes[i..<(i + needle.count)].elementsEqual(needle) { return i }
            i += 1
        }
        return nil
    }
}
