import DanVanText

/// Every unit danvan knows: the commune's units (`Data/units.yaml`) and the units plans name.
///
///     directory.resolve("phong vhxh")   // .known("Phòng Văn hóa - Xã hội")
public struct UnitDirectory: Sendable {
    public struct Unit: Codable, Equatable, Sendable {
        public var name: String
        public var kind: String?
        public var aliases: [String]?
        /// "Các phòng, đơn vị…": every office and unit at once (the plan's common duties).
        public var collective: Bool?
        /// A body of the commune that is not one of its offices or public service units (police, militia,
        /// health station, the Front and mass organisations): duties for "every office and unit" are not its.
        public var outside: Bool?

        public init(name: String, kind: String? = nil, aliases: [String]? = nil, collective: Bool? = nil, outside: Bool? = nil) {
            self.name = name
            self.kind = kind
            self.aliases = aliases
            self.collective = collective
            self.outside = outside
        }
    }

    /// Whether `name` is a body outside the commune's offices and units (`outside` in `Data/units.yaml`).
    public func isOutside(_ name: String) -> Bool {
        units.first { $0.name == name }?.outside ?? false
    }

    /// Whether `name` is a collective unit ("Các phòng, đơn vị sự nghiệp thuộc xã").
    public func isCollective(_ name: String) -> Bool {
        units.first { $0.name == name }?.collective ?? false
    }

    public enum Resolution: Equatable, Sendable {
        case known(String)
        case unknown(suggestions: [String])
    }

    public private(set) var units: [Unit]
    private var patterns: [(tokens: [String], unit: Int, strength: Int)] = []
    /// The words of `patterns` (same order) as numbers of `lexicon`, prepared once, not per question: the
    /// measured hot path of answering was `FuzzyMatcher` comparing the same pairs of words again.
    private var patternWords: [[Int]] = []
    private var lexicon = FuzzyLexicon()

    /// Leading words that only say what kind of unit it is ("phòng", "sở"); a name may be typed without them.
    let typeWords: [[String]]
    /// The same words as written in `Data/units.yaml` ("phòng", "trung tâm", "tt"), for completion.
    public let typeWordNames: [String]
    /// Administrative levels ("xã", "thành phố"), folded, longest first: a name may be typed without
    /// the one it ends with, and a place's name follows one in an authority ("xã Đường An").
    public let levelPhrases: [[String]]

    /// The name's words without a trailing level, keeping two words at least
    /// ("trung tam su nghiep cong xa" → "trung tam su nghiep cong").
    public func withoutLevel(_ words: [String]) -> [String] {
        var w = words
        while let level = levelPhrases.first(where: { w.count - $0.count >= 2 && w.suffix($0.count) == ArraySlice($0) }) {
            w.removeLast(level.count)
        }
        return w
    }

    /// Folded words left out of initials ("va").
    let initialsSkip: Set<String>

    /// The initials of a folded name, without connecting words: ["van", "hoa", "va", "the", "thao"] → "vhtt".
    public func initials(of words: [String]) -> String {
        String(words.filter { !initialsSkip.contains($0) }.compactMap(\.first))
    }

    /// How the symbol of an issuing body is made from its name (Nghị định 30: "BC-KT").
    public struct SymbolRules: Codable, Equatable, Sendable {
        /// A name starting with a key takes its value ("văn phòng" → "VP").
        public var names: [String: String]
        /// Leading words left out ("phòng": "Phòng Kinh tế" → "KT").
        public var droppedHeads: [String]

        public init(names: [String: String] = [:], droppedHeads: [String] = []) {
            self.names = names
            self.droppedHeads = droppedHeads
        }
    }

    let symbolNames: [(words: [String], symbol: String)]
    let symbolDroppedHeads: [[String]]

    /// The issuing body's symbol: initials of its name without the level and place and without
    /// connecting words ("Ủy ban nhân dân xã Đường An" → "UBND"), a symbol name when it starts with one
    /// ("Văn phòng HĐND và UBND" → "VP"), a dropped head left out ("Phòng Kinh tế" → "KT"); acronyms stay whole.
    public func symbol(of name: String) -> String {
        var words = name.split(whereSeparator: { $0 == " " || $0 == "-" }).map(String.init).filter { $0 != "&" }
        if let level = levelStart(in: words) { words = Array(words[..<level.index]) }
        let folded = words.map(Folding.fold)
        if let named = symbolNames.first(where: { folded.starts(with: $0.words) }) { return named.symbol }
        if let head = symbolDroppedHeads.first(where: { folded.starts(with: $0) }), words.count > head.count {
            words.removeFirst(head.count)
        }
        return words.filter { !initialsSkip.contains(Folding.fold($0)) }.map { word -> String in
            if word.count >= 2, word == word.uppercased() { return word }
            guard let first = word.first else { return "" }
            let base = String(first).decomposedStringWithCanonicalMapping.unicodeScalars.first.map { String($0) } ?? String(first)
            return base.uppercased()
        }.joined()
    }

    /// The place named after the level word of an authority ("Ủy ban nhân dân xã Đường An" → "Đường An").
    public func place(ofAuthority name: String) -> String? {
        let words = name.split(separator: " ").map(String.init)
        guard let level = levelStart(in: words), level.index + level.length < words.count else { return nil }
        return words[(level.index + level.length)...].joined(separator: " ")
    }

    /// Where the level word of an authority's name starts, if it names a place after it. Only
    /// lower-case occurrences count: "Văn hóa - Xã hội" is not a place.
    private func levelStart(in words: [String]) -> (index: Int, length: Int)? {
        let folded = words.map(Folding.fold)
        for i in words.indices.dropFirst() where words[i].first?.isLowercase == true {
            for level in levelPhrases where i + level.count <= words.count && Array(folded[i..<i + level.count]) == level {
                return (i, level.count)
            }
        }
        return nil
    }

    /// Plural words left out of a name's typed forms ("các").
    private let collectiveWords: Set<String>
    private var byFoldedName: [String: Int] = [:]
    /// The commune's own offices and units (`Data/units.yaml`, not `outside`), as opposed to units only plans name.
    public let communeUnits: Set<String>

    /// - Parameters:
    ///   - typeWords: words a name may be typed without at its start ("phòng", "trung tâm").
    ///   - levelWords: administrative levels, which a name may be typed without at its end ("xã").
    ///   - initialsSkip: words left out of a name's initials ("và").
    ///   - symbols: how an issuing body's symbol is made ("Văn phòng …" → VP).
    ///   - collectiveWords: plural words a name may be typed without ("UBND các xã" = "ubnd xã").
    public init(units: [Unit], typeWords: [String] = [], levelWords: [String] = [], initialsSkip: [String] = [],
                collectiveWords: [String] = [], symbols: SymbolRules = SymbolRules()) {
        self.initialsSkip = Set(initialsSkip.flatMap(Tokenizer.foldedWords))
        self.collectiveWords = Set(collectiveWords.flatMap(Tokenizer.foldedWords))
        symbolNames = symbols.names.map { (Tokenizer.foldedWords($0.key), $0.value) }.filter { !$0.0.isEmpty }
            .sorted { $0.0.count > $1.0.count }
        symbolDroppedHeads = symbols.droppedHeads.map(Tokenizer.foldedWords).filter { !$0.isEmpty }
        self.units = []
        typeWordNames = typeWords
        self.typeWords = typeWords.map(Tokenizer.foldedWords).filter { !$0.isEmpty }.sorted { $0.count > $1.count }
        levelPhrases = levelWords.map(Tokenizer.foldedWords).filter { !$0.isEmpty }.sorted { $0.count > $1.count }
        communeUnits = Set(units.filter { $0.outside != true }.map(\.name))
        add(units)
    }

    /// Adds units (plans add theirs); a name already known (after folding) is not added twice.
    public mutating func add(_ more: [Unit]) {
        guard !more.isEmpty else { return }
        for unit in more {
            let key = Tokenizer.foldedWords(unit.name).joined(separator: " ")
            if let existing = byFoldedName[key] {
                if let aliases = unit.aliases { units[existing].aliases = (units[existing].aliases ?? []) + aliases }
            } else {
                byFoldedName[key] = units.count
                units.append(unit)
            }
        }
        rebuildPatterns()
    }

    private mutating func rebuildPatterns() {
        var p: [(tokens: [String], unit: Int, strength: Int)] = []
        for (i, u) in units.enumerated() {
            var name = Tokenizer.foldedWords(u.name)
            p.append((name, i, 3))
            for a in u.aliases ?? [] { p.append((Tokenizer.foldedWords(a), i, 3)) }
            // "UBND các xã/phường" is typed "ubnd xã phường": the name and its aliases without their plural
            // words, with their alternatives ("xã/phường") as words.
            // (Not the collective entry "Các phòng, đơn vị…": it stands for every unit, named in full.)
            for written in [name] + (u.aliases ?? []).map(Tokenizer.foldedWords) where u.collective != true {
                let split = written.flatMap { $0.split(separator: "/").map(String.init) }
                let singular = split.filter { !collectiveWords.contains($0) }
                for form in [split, singular] where form != written && !form.isEmpty { p.append((form, i, 3)) }
            }
            // "Các cơ sở sản xuất giống, …": its first words name it, as a prefix, without the plural word.
            let leadingPlural = u.collective != true && (name.first.map(collectiveWords.contains) ?? false)
            name = withoutLevel(name)
            p.append((name, i, 3))
            var core = name
            if let type = typeWords.first(where: { core.starts(with: $0) }), core.count > type.count + 1 {
                core.removeFirst(type.count)
                p.append((core, i, 2))
            }
            let coreInitials = initials(of: core)
            if coreInitials.count >= 3 { p.append(([coreInitials], i, 2)) }
            let fullInitials = initials(of: name)
            if fullInitials.count >= 3 { p.append(([fullInitials], i, 2)) }
            if leadingPlural, core.count > 1 { core.removeFirst() }
            if core.count >= 3 {
                for n in 2..<core.count { p.append((Array(core.prefix(n)), i, 1)) }
            }
        }
        patterns = p.filter { !$0.tokens.isEmpty }
        var lexicon = FuzzyLexicon()
        patternWords = patterns.map { $0.tokens.map { lexicon.number($0) } }
        self.lexicon = lexicon
    }

    /// Whether the words of `span` are a bare part of a unit's name, two words or more without its type word
    /// ("kinh tế" for "Phòng Kinh tế"): everyday words as much as a unit.
    public func isBare(_ tokens: [String], span: Range<Int>) -> Bool {
        span.count >= 2 && !typeWords.contains { tokens[span].starts(with: $0) }
    }

    /// The best unit named in `tokens` (folded words), with its span; prefixes count only when unambiguous.
    public func mention(in tokens: [String]) -> (name: String, span: Range<Int>)? {
        var best: (unit: Int, span: Range<Int>, score: Int)?
        var ambiguous = false
        let typed = lexicon.table(for: tokens)
        for ((pattern, unit, strength), words) in zip(patterns, patternWords)
        where pattern.count <= tokens.count && typed.mayHold(words, slips: pattern.count >= 3) {
            for start in 0...(tokens.count - pattern.count) {
                // Each word typo-tolerant; in a name of three words or more, one short word may carry a slip.
                var ok = true
                var slips = 0
                for k in 0..<pattern.count where !typed.matches(start + k, words[k]) {
                    if pattern.count >= 3, slips == 0, typed.slip(start + k, words[k]) {
                        slips += 1
                        continue
                    }
                    ok = false
                    break
                }
                guard ok else { continue }
                // "công an tỉnh" is not "Công an xã": a level word right after the words that the unit's name
                // does not hold names another level's body.
                let after = start + pattern.count
                if let level = levelPhrases.first(where: { after + $0.count <= tokens.count && tokens[after..<after + $0.count].elementsEqual($0) }) {
                    let name = Tokenizer.foldedWords(units[unit].name)
                    let holds = name.count >= level.count && (0...(name.count - level.count)).contains { name[$0..<$0 + level.count].elementsEqual(level) }
                    if !holds { continue }
                }
                // Longer spans win; a typed type word ("phòng") before a core match extends it.
                var span = start..<start + pattern.count
                let type = typeWords.first(where: { t in
                    start >= t.count && tokens[(start - t.count)..<start].elementsEqual(t) })
                if strength < 3, let type { span = (start - type.count)..<span.upperBound }
                // A bare two-word prefix ("phục vụ") is too common to name a unit without its type word.
                if strength == 1, type == nil, pattern.count < 3 { continue }
                let score = span.count * 10 + strength
                if let b = best {
                    if score > b.score { best = (unit, span, score); ambiguous = false }
                    else if score == b.score && b.unit != unit && strength == 1 { ambiguous = true }
                } else {
                    best = (unit, span, score)
                }
            }
        }
        guard let best, !ambiguous else { return nil }
        return (units[best.unit].name, best.span)
    }

    /// The units a bare kind of unit could mean ("phòng" → the commune's three offices), when the question
    /// names a kind but no unit: what "Có phải bạn muốn hỏi…" offers.
    ///
    /// - Parameters:
    ///   - among: only these names (the units of the plan asked about); nil: every known unit.
    ///   - typed: the words as typed (lower case, NFC): a type word typed with other diacritics is another
    ///     word ("bản" of "văn bản" is not "ban").
    public func candidates(ofKindIn tokens: [String], among: Set<String>? = nil, typed: [String]? = nil) -> [String] {
        let spellings = Set(typeWordNames.flatMap { Folding.nfc($0.lowercased()).split(separator: " ").map(String.init) })
        func typedAsType(_ i: Int) -> Bool {
            guard let typed, typed.indices.contains(i), typed[i] != tokens[i] else { return true }
            return spellings.contains(typed[i])
        }
        for type in typeWords where type.count <= tokens.count {
            guard (0...(tokens.count - type.count)).contains(where: { start in
                tokens[start..<start + type.count].elementsEqual(type) && (start..<start + type.count).allSatisfy(typedAsType)
            }) else { continue }
            let names = units.filter { u in
                u.collective != true && (among?.contains(u.name) ?? true) && Tokenizer.foldedWords(u.name).starts(with: type)
            }.map(\.name)
            // Among one plan's units even one is a choice (with the plan's collective units for that kind).
            if (among == nil ? 2...6 : 1...6).contains(names.count) { return names }
        }
        return []
    }

    /// Resolves a unit name typed by a person (a task's owner, a CSV cell).
    public func resolve(_ text: String) -> Resolution {
        let tokens = Tokenizer.foldedWords(text)
        if let m = mention(in: tokens), m.span.count * 2 >= tokens.count { return .known(m.name) }
        return .unknown(suggestions: suggestions(for: text))
    }

    /// Up to three known units closest to `text`, for "Có phải … ?".
    public func suggestions(for text: String) -> [String] {
        let typed = Set(Tokenizer.foldedWords(text))
        let ranked = units.filter { $0.collective != true }.map { u -> (String, Int) in
            let words = Tokenizer.foldedWords(u.name)
            let hits = words.filter { w in typed.contains { FuzzyMatcher.matches($0, w) || $0 == w } }.count
            return (u.name, hits)
        }.filter { $0.1 > 0 }.sorted { $0.1 > $1.1 }
        return ranked.prefix(3).map(\.0)
    }
}

// The start-up snapshot keeps the directory as built (`KnowledgeSources.directory`): a start from it folds
// no unit name again. Every stored table, in declaration order, sets in sorted order (the same bytes for
// the same directory: `SnapshotDerivedTests` compares the bytes of a directory read back and one built).
extension UnitDirectory: SnapshotCodable {
    public init(snapshot r: inout SnapshotReader) throws {
        units = try r.read()
        let tokens: [[String]] = try r.read(), owners: [Int] = try r.read(), strengths: [Int] = try r.read()
        guard tokens.count == owners.count, tokens.count == strengths.count,
              owners.allSatisfy(units.indices.contains) else { throw r.corrupt() }
        patterns = (0..<tokens.count).map { (tokens: tokens[$0], unit: owners[$0], strength: strengths[$0]) }
        var lexicon = FuzzyLexicon()
        patternWords = patterns.map { $0.tokens.map { lexicon.number($0) } }
        self.lexicon = lexicon
        typeWords = try r.read()
        typeWordNames = try r.read()
        levelPhrases = try r.read()
        initialsSkip = Set(try r.read([String].self))
        let symbolWords: [[String]] = try r.read(), symbols: [String] = try r.read()
        guard symbolWords.count == symbols.count else { throw r.corrupt() }
        symbolNames = zip(symbolWords, symbols).map { (words: $0, symbol: $1) }
        symbolDroppedHeads = try r.read()
        collectiveWords = Set(try r.read([String].self))
        let names: [String] = try r.read(), indices: [Int] = try r.read()
        guard names.count == indices.count, indices.allSatisfy(units.indices.contains) else { throw r.corrupt() }
        byFoldedName = Dictionary(zip(names, indices), uniquingKeysWith: { a, _ in a })
        communeUnits = Set(try r.read([String].self))
    }

    public func write(snapshot w: inout SnapshotWriter) {
        w.write(units, patterns.map(\.tokens), patterns.map(\.unit), patterns.map(\.strength))
        w.write(typeWords, typeWordNames, levelPhrases, initialsSkip.sorted())
        w.write(symbolNames.map(\.words), symbolNames.map(\.symbol), symbolDroppedHeads, collectiveWords.sorted())
        let byName = byFoldedName.sorted { $0.key < $1.key }
        w.write(byName.map(\.key), byName.map(\.value), communeUnits.sorted())
    }
}
