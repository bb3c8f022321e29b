import Foundation

extension TaskStore {
    /// `text.trimmingCharacters(in: .whitespacesAndNewlines)` without Foundation's bridging when there
    /// is nothing to trim (nearly every cell of an import): the same scalars are trimmed.
    ///
    ///     TaskStore.trimmed("  Họp dân\n")   // "Họp dân"
    static func trimmed(_ text: String) -> String {
        let scalars = text.unicodeScalars
        guard let first = scalars.first, let last = scalars.last else { return text }
        let blank = CharacterSet.whitespacesAndNewlines
        if !blank.contains(first) && !blank.contains(last) { return text }
        guard let start = scalars.firstIndex(where: { !blank.contains($0) }),
              let end = scalars.lastIndex(where: { !blank.contains($0) }) else { return "" }
        return String(scalars[start...end])
    }
}
