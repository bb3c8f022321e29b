import DanVanText

/// `Folding.fold` character by character, with a table for the letters of Vietnamese text: the
/// importer folds every line it reads, and offsets in the fold must be offsets in the text.
///
///     FastFold.fold("Đường An")   // "duong an"
enum FastFold {
    /// Folded form of each precomposed scalar U+0000–U+1EFF that folds to one character.
    private static let table: [Character?] = (0..<0x1F00).map { value in
        guard let scalar = Unicode.Scalar(value) else { return nil }
        let folded = Folding.fold(String(Character(scalar)))
        return folded.count == 1 ? folded.first : nil
    }

    static func fold(_ c: Character) -> Character {
        let scalars = c.unicodeScalars
        if scalars.count == 1, let s = scalars.first, s.value < 0x1F00, let f = table[Int(s.value)] { return f }
        let f = Folding.foldCharacter(c)
        return f.count == 1 ? f.first! : c
    }

    /// The folded text, one character for each character of `text`.
    static func fold(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for c in text { out.append(fold(c)) }
        return out
    }

    static func fold(_ text: Substring) -> String { fold(String(text)) }
}
