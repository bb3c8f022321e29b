import DanVanKnowledge

/// Names with the glossary's acronyms ("Ủy ban nhân dân xã Đường An" → "UBND xã Đường An"), worked out
/// once per name and glossary for the life of an assistant: nearly every answer names its plan by its
/// issuer, and `Glossary.abbreviating` searches each acronym's meaning case- and diacritic-insensitively
/// (measured: a tenth of answering a question).
final class ShortNames {
    /// The glossary the names were shortened with (it grows when a plan read since defines acronyms).
    private var entries: [Glossary.Entry] = []
    private var names: [String: String] = [:]

    /// `glossary.abbreviating(name)`.
    func abbreviating(_ name: String, with glossary: Glossary) -> String {
        // The same glossary is the same array (no comparison of its entries one by one).
        if glossary.entries != entries {
            entries = glossary.entries
            names = [:]
        }
        if let short = names[name] { return short }
        let short = glossary.abbreviating(name)
        names[name] = short
        return short
    }
}
