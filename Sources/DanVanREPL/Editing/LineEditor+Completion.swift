import CEditLine
import DanVanText
import Foundation

extension LineEditor {
    /// Tab: asks the completer about the text before the cursor, then inserts or lists.
    ///
    /// One candidate replaces the fragment (plus a space). Several replace it with their common
    /// beginning when that says more than the fragment (compared folded, so "van" may become
    /// "Văn ", and "p" may become "phòng"); otherwise they are listed under the line and the line is drawn again.
    func complete() -> UInt8 {
        guard let info = danvan_el_line(editLine)?.pointee else { return UInt8(CC_ERROR) }
        let byteCount = info.cursor - info.buffer
        let before = info.buffer.withMemoryRebound(to: UInt8.self, capacity: byteCount) {
            String(decoding: UnsafeBufferPointer(start: $0, count: byteCount), as: UTF8.self)
        }
        let result = completer(before)
        let labelled = zip(result.candidates, result.labels ?? result.candidates)
            .map { (TextSanitizer.sanitize($0, keepingNewlines: false), TextSanitizer.sanitize($1, keepingNewlines: false)) }
            .filter { !$0.0.isEmpty }
        let candidates = labelled.map(\.0)
        let characters = Array(before)
        let start = min(max(0, result.start), characters.count)
        let fragment = String(characters[start...])
        guard !candidates.isEmpty else { return UInt8(CC_REFRESH_BEEP) }
        if candidates.count == 1 {
            let only = candidates[0]
            return replace(fragment, with: only.hasSuffix(" ") ? only : only + " ")
        }
        let common = LineEditor.commonPrefix(candidates)
        let foldedCommon = Folding.fold(common)
        let foldedFragment = Folding.fold(fragment)
        // The completer vouches for its candidates: a common beginning longer than the fragment
        // replaces it, even when it does not start with it (the short form "tt" → "trung tâm").
        if foldedCommon.count > foldedFragment.count {
            return replace(fragment, with: common)
        }
        let width = Terminal.size().columns
        let labels = labelled.map { LineEditor.cut($0.1, toWidth: width) }
        Terminal.write("\n" + CompletionList.layout(labels, width: width, oneColumn: result.labels != nil) + "\n")
        return UInt8(CC_REDISPLAY)
    }

    /// Deletes `fragment` before the cursor and inserts `replacement`.
    private func replace(_ fragment: String, with replacement: String) -> UInt8 {
        // libedit counts wide characters, one per Unicode scalar.
        let scalars = fragment.unicodeScalars.count
        if scalars > 0 { danvan_el_deletestr(editLine, Int32(scalars)) }
        guard danvan_el_insertstr(editLine, replacement) == 0 else { return UInt8(CC_REFRESH_BEEP) }
        return UInt8(CC_REFRESH)
    }

    /// The longest beginning all `strings` share, by Characters compared without diacritics and
    /// case when they differ only so ("phòng" and "Phòng Kinh tế" share "phòng"), spelled as the first.
    static func commonPrefix(_ strings: [String]) -> String {
        guard var prefix = strings.first.map(Array.init) else { return "" }
        for string in strings.dropFirst() {
            let characters = Array(string)
            var length = 0
            while length < min(prefix.count, characters.count), same(prefix[length], characters[length]) { length += 1 }
            prefix = Array(prefix[..<length])
        }
        return String(prefix)
    }

    private static func same(_ a: Character, _ b: Character) -> Bool {
        a == b || a.lowercased() == b.lowercased()
    }
}
