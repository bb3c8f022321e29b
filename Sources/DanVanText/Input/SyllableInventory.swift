import Foundation

/// The Vietnamese syllables without their tone (`Intents/syllables.txt`), looked up two ways: as
/// written with their vowel marks ("quyêt"), and folded ("quyet").
///
/// The text is kept as it was read; the two sets are built on the first lookup only, so a question
/// that never needs them (typed with an input method, nothing run together) costs nothing.
///
///     let inventory = SyllableInventory(text: "quyêt\nđinh\n")
///     inventory.isSyllable(base: "quyêt", tone: .acute)   // true
///     inventory.isFoldedSyllable("dinh")                 // true
public final class SyllableInventory: @unchecked Sendable {
    private let text: String
    private let lock = NSLock()
    private var sets: (bases: Set<String>, folded: Set<String>)?

    /// One syllable a line; blank lines and lines starting with `#` are ignored.
    public init(text: String) {
        self.text = text
    }

    /// Whether the inventory holds any syllable.
    public var isEmpty: Bool { loaded.bases.isEmpty }

    private var loaded: (bases: Set<String>, folded: Set<String>) {
        lock.lock()
        defer { lock.unlock() }
        if let sets { return sets }
        var bases = Set<String>(minimumCapacity: 4096)
        var folded = Set<String>(minimumCapacity: 2048)
        for line in text.split(whereSeparator: \.isNewline) {
            let word = line.trimmingCharacters(in: .whitespaces)
            guard !word.isEmpty, !word.hasPrefix("#") else { continue }
            let lower = Folding.nfc(word).lowercased()
            bases.insert(lower)
            folded.insert(Folding.fold(lower))
        }
        sets = (bases, folded)
        return (bases, folded)
    }

    /// Whether `base` (lower case, vowel marks, no tone) is a syllable that may carry `tone`.
    public func isSyllable(base: String, tone: SyllableTone) -> Bool {
        loaded.bases.contains(base) && tone.allowed(onBase: base)
    }

    /// Whether a folded word (lower case ASCII) is some syllable without its marks.
    public func isFoldedSyllable(_ folded: String) -> Bool {
        loaded.folded.contains(folded)
    }

    /// Every syllable as listed (for tests: the whole inventory encoded and decoded back).
    public var allBases: [String] { loaded.bases.sorted() }
}
