import DanVanText
import Foundation
import Yams

/// The kinds of documents and the issuer codes of `Data/vocabulary/document-kinds.yaml`.
///
///     kinds.kind(abbreviation: "qd")?.name   // "Quyết định"
///     kinds.issuer(code: "UBTVQH15")?.name   // "Ủy ban Thường vụ Quốc hội"
public struct DocumentKinds: Sendable, Equatable {
    /// One kind of document ("Quyết định", abbreviated `QĐ` in a symbol).
    public struct Kind: Codable, Sendable, Equatable {
        public var abbreviation: String?
        public var name: String
        public var also: [String]?
        public var words: [String]?
        public var issuer: String?
        public var named: Bool?
        public var commonWord: Bool?
        /// Everyday words that hold the kind's word ("pháp luật", "luật sư"): there it does not name the kind.
        public var notIn: [String]?

        /// Every kind name this entry stands for: its name, then the `also` names.
        public var names: [String] { [name] + (also ?? []) }
    }

    /// One issuer code ("TTg" → "Thủ tướng Chính phủ").
    public struct Issuer: Codable, Sendable, Equatable {
        public var code: String
        public var name: String
        public var definite: Bool?
        public var words: [String]?
        public var kind: String?
    }

    public let kinds: [Kind]
    public let issuers: [Issuer]
    /// The kind of a cited document when neither the text nor its symbol says ("Văn bản").
    public let fallbackKind: String
    private let kindByAbbreviation: [String: Kind]
    private let issuerByCode: [String: Issuer]
    /// Folded phrase → kinds it may mean, longest phrases first when matching.
    let kindPhrases: [(phrase: [String], kinds: [Kind])]
    let issuerPhrases: [(phrase: [String], issuer: Issuer)]

    struct File: Codable {
        var fallbackKind: String
        var kinds: [Kind]
        var issuers: [Issuer]
    }

    public static func == (a: DocumentKinds, b: DocumentKinds) -> Bool {
        a.kinds == b.kinds && a.issuers == b.issuers && a.fallbackKind == b.fallbackKind
    }

    init(_ file: File) {
        self.init(kinds: file.kinds, issuers: file.issuers, fallbackKind: file.fallbackKind)
    }

    var file: File { File(fallbackKind: fallbackKind, kinds: kinds, issuers: issuers) }

    init(kinds: [Kind], issuers: [Issuer], fallbackKind: String) {
        let indexes = Self.indexes(kinds: kinds, issuers: issuers)
        self.init(kinds: kinds, issuers: issuers, fallbackKind: fallbackKind, indexes: indexes)
    }

    /// The lookup tables of `kinds` and `issuers`: built from them, or read back from the start-up snapshot.
    struct Indexes: Equatable {
        var kindByAbbreviation: [String: Kind]
        var issuerByCode: [String: Issuer]
        var kindPhrases: [(phrase: [String], kinds: [Kind])]
        var issuerPhrases: [(phrase: [String], issuer: Issuer)]

        static func == (a: Indexes, b: Indexes) -> Bool {
            a.kindByAbbreviation == b.kindByAbbreviation && a.issuerByCode == b.issuerByCode
                && a.kindPhrases.elementsEqual(b.kindPhrases) { $0.phrase == $1.phrase && $0.kinds == $1.kinds }
                && a.issuerPhrases.elementsEqual(b.issuerPhrases) { $0.phrase == $1.phrase && $0.issuer == $1.issuer }
        }
    }

    /// The tables as built now (what a snapshot must give back).
    var indexes: Indexes {
        Indexes(kindByAbbreviation: kindByAbbreviation, issuerByCode: issuerByCode, kindPhrases: kindPhrases,
                issuerPhrases: issuerPhrases)
    }

    private init(kinds: [Kind], issuers: [Issuer], fallbackKind: String, indexes: Indexes) {
        self.fallbackKind = fallbackKind
        self.kinds = kinds
        self.issuers = issuers
        kindByAbbreviation = indexes.kindByAbbreviation
        issuerByCode = indexes.issuerByCode
        kindPhrases = indexes.kindPhrases
        issuerPhrases = indexes.issuerPhrases
    }

    private static func indexes(kinds: [Kind], issuers: [Issuer]) -> Indexes {
        var byAbbreviation: [String: Kind] = [:]
        for kind in kinds {
            guard let a = kind.abbreviation else { continue }
            let key = Folding.fold(a)
            if byAbbreviation[key] == nil { byAbbreviation[key] = kind }
        }
        var byCode: [String: Issuer] = [:]
        for issuer in issuers where byCode[Folding.fold(issuer.code)] == nil { byCode[Folding.fold(issuer.code)] = issuer }

        var phrases: [String: [Kind]] = [:]
        for kind in kinds {
            var words = Set(kind.names.map(Folding.fold))
            for w in kind.words ?? [] { words.insert(Folding.fold(w)) }
            if let a = kind.abbreviation { words.insert(Folding.fold(a)) }
            for w in words { phrases[w, default: []].append(kind) }
        }
        // Longest first; among phrases of one length, in the order of their text (not of a hash: the same
        // tables in every process, so that the snapshot's equal what is built).
        let kindPhrases = phrases.sorted { $0.key < $1.key }
            .map { (phrase: $0.key.split(separator: " ").map(String.init), kinds: $0.value) }
            .sorted { $0.phrase.count > $1.phrase.count }
        var issuerWords: [(phrase: [String], issuer: Issuer)] = []
        for issuer in issuers {
            var words = Set((issuer.words ?? []).map(Folding.fold))
            words.insert(Folding.fold(issuer.code))
            words.insert(Folding.fold(issuer.name))
            for w in words.sorted() { issuerWords.append((w.split(separator: " ").map(String.init), issuer)) }
        }
        return Indexes(kindByAbbreviation: byAbbreviation, issuerByCode: byCode, kindPhrases: kindPhrases,
                       issuerPhrases: issuerWords.sorted { $0.phrase.count > $1.phrase.count })
    }

    /// The kind abbreviated so in a symbol ("QĐ", "qd", "NĐ"), case and diacritics ignored.
    ///
    /// `ĐA` (Đề án) and `DA` (Dự án) fold alike: the spelling with `Đ` is tried first.
    public func kind(abbreviation: String) -> Kind? {
        if let exact = kinds.first(where: { $0.abbreviation.map { $0.lowercased() == abbreviation.lowercased() } ?? false }) {
            return exact
        }
        return kindByAbbreviation[Folding.fold(abbreviation)]
    }

    /// The kind with this full name ("Nghị định"), or whose `also` names it.
    public func kind(named name: String) -> Kind? {
        let key = Folding.fold(name)
        return kinds.first { Folding.fold($0.name) == key } ?? kinds.first { $0.names.contains { Folding.fold($0) == key } }
    }

    /// The kind name a phrase of running text names before a symbol: a kind's name or `also` name as
    /// written ("Quy định" for `23-QĐ/TW`), or the kind's name for one of its longer words
    /// ("Thông báo kết luận" → "Thông báo"). Abbreviations ("qd") are not taken: they are what users type.
    func kindName(forPhrase phrase: String) -> String? {
        let key = Folding.fold(phrase)
        for kind in kinds {
            if let name = kind.names.first(where: { Folding.fold($0) == key }) { return name }
        }
        for kind in kinds where (kind.words ?? []).contains(where: { $0 == key && $0.contains(" ") }) {
            return kind.name
        }
        return nil
    }

    /// The issuer of a code, a trailing term number ignored ("QH15" → Quốc hội).
    public func issuer(code: String) -> Issuer? {
        issuerByCode[Folding.fold(Self.stripTerm(code))]
    }

    /// A code without its trailing term number: "UBTVQH15" → "UBTVQH".
    static func stripTerm(_ code: String) -> String {
        var c = Substring(code)
        while let last = c.last, last.isNumber { c.removeLast() }
        return c.isEmpty ? code : String(c)
    }

    /// The kinds a folded phrase at the start of `words` means, with the number of words it took.
    func kinds(atStartOf words: ArraySlice<String>) -> (kinds: [Kind], length: Int)? {
        for entry in kindPhrases where entry.phrase.count <= words.count {
            if Array(words.prefix(entry.phrase.count)) == entry.phrase { return (entry.kinds, entry.phrase.count) }
        }
        return nil
    }

    /// The issuer a folded phrase at the start of `words` names, with the number of words it took.
    func issuer(atStartOf words: ArraySlice<String>) -> (issuer: Issuer, length: Int)? {
        for entry in issuerPhrases where entry.phrase.count <= words.count {
            if Array(words.prefix(entry.phrase.count)) == entry.phrase { return (entry.issuer, entry.phrase.count) }
        }
        return nil
    }
}

extension DocumentKinds {
    /// A kind as people name it in a question: folded words, the kind's name and its symbol code.
    public struct TypedKind: Sendable {
        public var tokens: [String]
        public var kind: String
        /// The type code in a symbol ("QĐ"); for a kind with none, the code of the issuer that always
        /// issues it ("QH" for a law); else empty.
        public var code: String
        /// The name is an everyday word ("báo cáo"): it names a document only with a number that matches one.
        public var commonWord: Bool
        /// Folded everyday words that hold these tokens without naming the kind ("phap luat").
        public var notIn: [[String]] = []
    }

    /// Every way a question may name a kind (name, `also` names, words, abbreviation), longest first.
    ///
    ///     kinds.typedKinds.first { $0.tokens == ["nd"] }?.kind   // "Nghị định"
    public var typedKinds: [TypedKind] {
        var out: [TypedKind] = []
        for k in kinds {
            let code = k.abbreviation ?? issuers.first { $0.kind == k.name }?.code ?? ""
            var phrases = k.names + (k.words ?? [])
            if let a = k.abbreviation { phrases.append(a) }
            var seen = Set<[String]>()
            for phrase in phrases {
                let tokens = Tokenizer.foldedWords(phrase)
                guard !tokens.isEmpty, seen.insert(tokens).inserted else { continue }
                out.append(TypedKind(tokens: tokens, kind: k.name, code: code, commonWord: k.commonWord ?? false,
                                     notIn: (k.notIn ?? []).map(Tokenizer.foldedWords).filter { !$0.isEmpty }))
            }
        }
        // Stable: among phrases of one length, the file's order decides ("quy định" is first a Quyết định's `also`).
        return out.enumerated().sorted { ($0.element.tokens.count, -$0.offset) > ($1.element.tokens.count, -$1.offset) }.map(\.element)
    }
}

extension DocumentKinds: SnapshotCodable {
    // The lists, then their lookup tables as built (each kind or issuer as its index in the lists), so
    // that a start from the snapshot folds nothing (`SnapshotDerivedTests`).
    public init(snapshot r: inout SnapshotReader) throws {
        let kinds: [Kind] = try r.read(), issuers: [Issuer] = try r.read(), fallbackKind: String = try r.read()
        func kind(_ i: Int) throws -> Kind {
            guard kinds.indices.contains(i) else { throw r.corrupt() }
            return kinds[i]
        }
        func issuer(_ i: Int) throws -> Issuer {
            guard issuers.indices.contains(i) else { throw r.corrupt() }
            return issuers[i]
        }
        let byAbbreviation: [String: Int] = try r.read(), byCode: [String: Int] = try r.read()
        let kindPhrases: [[String]] = try r.read(), kindPhraseKinds: [[Int]] = try r.read()
        let issuerPhrases: [[String]] = try r.read(), issuerPhraseIssuers: [Int] = try r.read()
        guard kindPhrases.count == kindPhraseKinds.count, issuerPhrases.count == issuerPhraseIssuers.count else { throw r.corrupt() }
        let indexes = Indexes(
            kindByAbbreviation: try byAbbreviation.mapValues(kind), issuerByCode: try byCode.mapValues(issuer),
            kindPhrases: try zip(kindPhrases, kindPhraseKinds).map { (phrase: $0, kinds: try $1.map(kind)) },
            issuerPhrases: try zip(issuerPhrases, issuerPhraseIssuers).map { (phrase: $0, issuer: try issuer($1)) })
        self.init(kinds: kinds, issuers: issuers, fallbackKind: fallbackKind, indexes: indexes)
    }

    public func write(snapshot w: inout SnapshotWriter) {
        w.write(kinds, issuers, fallbackKind)
        let kindIndex = { (k: Kind) in kinds.firstIndex(of: k) ?? 0 }
        let issuerIndex = { (i: Issuer) in issuers.firstIndex(of: i) ?? 0 }
        w.write(kindByAbbreviation.mapValues(kindIndex), issuerByCode.mapValues(issuerIndex))
        w.write(kindPhrases.map(\.phrase), kindPhrases.map { $0.kinds.map(kindIndex) })
        w.write(issuerPhrases.map(\.phrase), issuerPhrases.map { issuerIndex($0.issuer) })
    }
}

extension DocumentKinds.Kind: SnapshotCodable {
    public init(snapshot r: inout SnapshotReader) throws {
        self = try r.record(Self.init(abbreviation:name:also:words:issuer:named:commonWord:notIn:))
    }
    public func write(snapshot w: inout SnapshotWriter) { w.write(abbreviation, name, also, words, issuer, named, commonWord, notIn) }
}

extension DocumentKinds.Issuer: SnapshotCodable {
    public init(snapshot r: inout SnapshotReader) throws { self = try r.record(Self.init(code:name:definite:words:kind:)) }
    public func write(snapshot w: inout SnapshotWriter) { w.write(code, name, definite, words, kind) }
}
