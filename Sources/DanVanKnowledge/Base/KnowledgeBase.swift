import DanVanText
import Foundation

/// Everything danvan knows: plans, the commune's units, the glossary.
///
/// Built-in plans (`Data/plans`) are held in memory. The user's library is read through an SQLite
/// index (`PlanIndex`) so that a question touches only the plans it needs, even with a thousand saved;
/// without a usable cache folder the library is read whole instead.
public final class KnowledgeBase: @unchecked Sendable {
    /// Every plan, built-in first, then the library in the order it was saved (the last is the newest).
    public var summaries: [PlanSummary] {
        lock.lock()
        defer { lock.unlock() }
        return builtInSummaries + (index?.summaries ?? [])
    }
    private let builtInSummaries: [PlanSummary]
    public let units: UnitDirectory
    /// `Data/glossary.yaml` with the abbreviations the plans in use define (`KnowledgeBase+PlanAbbreviations`).
    public var glossary: Glossary { glossaryWithPlanAbbreviations() }
    let baseGlossary: Glossary
    var glossaryCache: (key: String, glossary: Glossary)?
    /// Kinds of documents and issuer codes (`Data/vocabulary/document-kinds.yaml`): the one list the
    /// importer and the questions share.
    public let documentKinds: DocumentKinds

    private let index: PlanIndex?
    /// Library plans held in memory (no index), oldest first.
    private let memoryLibraryIDs: [String]
    /// Plans held in memory: built-in ones, the library when there is no index, and those loaded since.
    private var loaded: [String: Plan]
    private var memoryDocuments: [IndexedDocument]
    private var memoryUnits: [(plan: String, folded: String, hasDuties: Bool)]
    let lock = NSLock()

    /// A knowledge base of plans held in memory; `importedPlanIDs` marks which come from a library.
    public convenience init(plans: [Plan], importedPlanIDs: [String] = [], units: UnitDirectory, glossary: Glossary,
                            documentKinds: DocumentKinds) {
        self.init(memory: plans, imported: Set(importedPlanIDs), index: nil, units: units, glossary: glossary,
                  documentKinds: documentKinds)
    }

    /// - Parameter prebuilt: `units` with the units of `plans` added (`builtInDirectory(of:)`, from the
    ///   start-up snapshot): used when the library shadows none of `plans`, and `units` is then not built.
    private init(memory plans: [Plan], imported: Set<String>, index: PlanIndex?, units: @autoclosure () -> UnitDirectory,
                 prebuilt: UnitDirectory? = nil, glossary: Glossary, documentKinds: DocumentKinds) {
        self.documentKinds = documentKinds
        // A built-in plan saved in the library too is read from the library (one keyed query, not a list of the library).
        let indexedIDs = index?.contained(plans.map(\.id)) ?? []
        let kept = plans.filter { !indexedIDs.contains($0.id) }
        builtInSummaries = kept.map { PlanSummary($0, imported: imported.contains($0.id)) }
        memoryLibraryIDs = kept.filter { imported.contains($0.id) }.map(\.id)
        self.index = index
        self.baseGlossary = glossary
        loaded = Dictionary(kept.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        memoryDocuments = kept.flatMap { p in p.documents.enumerated().map { IndexedDocument(planID: p.id, index: $0, document: $1) } }
        memoryUnits = kept.flatMap { p in
            p.units.map { (p.id, Tokenizer.foldedWords($0.name).joined(separator: " "), !$0.duties.isEmpty) }
        }
        let libraryUnits = (index?.unitNames() ?? []).map { Self.typedUnit($0, glossary: glossary) }
        if let prebuilt, kept.count == plans.count {
            var directory = prebuilt
            directory.add(libraryUnits)
            self.units = directory
        } else {
            var directory = units()
            // One `add` (the unit patterns are rebuilt once, not per batch).
            directory.add(kept.flatMap { $0.units.map { Self.typedUnit($0.name, glossary: glossary) } } + libraryUnits)
            self.units = directory
        }
    }

    /// A plan's unit, also typed with the glossary's acronyms ("UBND các xã, phường" for "Ủy ban nhân dân
    /// các xã, phường").
    private static func typedUnit(_ name: String, glossary: Glossary) -> UnitDirectory.Unit {
        let short = glossary.abbreviating(name)
        return UnitDirectory.Unit(name: name, aliases: short == name ? nil : [short])
    }

    /// The directory of the sources' units (`Data/units.yaml`), without the plans'.
    private static func baseDirectory(of sources: KnowledgeSources) -> UnitDirectory {
        UnitDirectory(units: sources.units, typeWords: sources.typeWords, levelWords: sources.levelWords,
                      initialsSkip: sources.initialsSkip, collectiveWords: sources.collectiveWords, symbols: sources.symbols)
    }

    /// The unit directory a knowledge base of these sources builds when no library shadows their plans:
    /// their units, then their plans' units. The start-up snapshot keeps it, so that a start does not
    /// fold every name again (`init(sources:userPlansDirectory:builtInDirectory:)`).
    public static func builtInDirectory(of sources: KnowledgeSources) -> UnitDirectory {
        var directory = baseDirectory(of: sources)
        let glossary = Glossary(entries: sources.glossary)
        directory.add(sources.plans.flatMap { $0.units.map { typedUnit($0.name, glossary: glossary) } })
        return directory
    }

    /// Ids of the plans from the user's library, oldest first (lists the whole library: not for answering).
    public var importedPlanIDs: [String] { memoryLibraryIDs + (index?.planIDs ?? []) }

    /// Whether any plan is known, built-in or saved.
    public var hasPlans: Bool { !builtInSummaries.isEmpty || (index?.lastPlanID != nil) }

    /// The summaries of these plans (built-in first, then the library oldest first), read by key.
    public func summaries(ids: Set<String>) -> [PlanSummary] {
        builtInSummaries.filter { ids.contains($0.id) } + (index?.summaries(ids: ids) ?? [])
    }

    /// The first plan (built-in first, then the library oldest first) whose number reads as `numberKey`
    /// (`DocumentSymbol.Identity(number).number`): one keyed query, whatever the size of the library.
    public func planID(numberKey: String?) -> String? {
        if let p = builtInSummaries.first(where: { p in p.number.map { DocumentSymbol.Identity($0).number == numberKey } ?? false }) {
            return p.id
        }
        return index?.planID(numberKey: numberKey)
    }

    /// The plans a run of words after "kế hoạch" may name, enough to tell the plan named from a tie: every
    /// built-in plan whose run holds at least `PlanNameRun.minimumHits` words, then the library's best two
    /// (an indexed lookup: `PlanIndex.plans(namedBy:)`, whatever the size of the library).
    public func plans(namedBy run: PlanNameRun) -> [PlanNameRun.Match] {
        let builtIn = builtInSummaries.compactMap { p -> PlanNameRun.Match? in
            let score = run.score(words: p.words)
            return score.hits >= PlanNameRun.minimumHits ? PlanNameRun.Match(id: p.id, hits: score.hits, end: score.end) : nil
        }
        return builtIn + (index?.plans(namedBy: run) ?? [])
    }

    /// The plan with this id, read from the library on first use.
    public func plan(id: String) -> Plan? {
        lock.lock()
        defer { lock.unlock() }
        if let p = loaded[id] { return p }
        guard let plan = index?.plan(id: id) else { return nil }
        loaded[id] = plan
        return plan
    }

    /// The plans already in memory (built-in ones and those read since), without reading more.
    public var loadedPlans: [Plan] {
        lock.lock()
        defer { lock.unlock() }
        return Array(loaded.values)
    }

    /// Every plan, loaded in full. Reads the whole library: for listings and tests, not for answering.
    public var plans: [Plan] { summaries.compactMap { plan(id: $0.id) } }

    /// The plan a question names none of: the last imported, else the first built-in.
    public var defaultPlan: Plan? {
        if let last = index?.lastPlanID ?? memoryLibraryIDs.last, let p = plan(id: last) { return p }
        return builtInSummaries.first.flatMap { plan(id: $0.id) }
    }

    /// Cited documents numbered `number`, in every plan.
    public func documents(number: String) -> [IndexedDocument] {
        memoryDocuments.filter { $0.key.number == number } + (index?.documents(number: number) ?? [])
    }

    /// Documents cited by name (laws), in every plan.
    public func namedDocuments() -> [IndexedDocument] {
        memoryDocuments.filter { $0.name != nil } + (index?.namedDocuments() ?? [])
    }

    /// Distinct names of cited laws, in the order `namedDocuments()` lists them first (few, whatever the
    /// size of the library).
    public func lawNames() -> [String] {
        var seen = Set<String>()
        let inMemory = memoryDocuments.compactMap(\.name).filter { seen.insert($0).inserted }
        return inMemory + (index?.lawNames() ?? []).filter { seen.insert($0).inserted }
    }

    /// Documents cited under this name, in every plan.
    public func documents(named name: String) -> [IndexedDocument] {
        memoryDocuments.filter { $0.name == name } + (index?.documents(named: name) ?? [])
    }

    /// Documents cited under this folded name (`DocumentKey.nameFolded`), in every plan.
    public func documents(nameFolded: String) -> [IndexedDocument] {
        memoryDocuments.filter { $0.key.nameFolded == nameFolded } + (index?.documents(nameFolded: nameFolded) ?? [])
    }

    /// Documents of a kind ("Chỉ thị"), in every plan.
    public func documents(kind: String) -> [IndexedDocument] {
        let folded = Folding.fold(kind)
        return memoryDocuments.filter { $0.key.kindFolded == folded } + (index?.documents(kindFolded: folded) ?? [])
    }

    /// The document a locator points at.
    public func document(planID: String, index i: Int) -> LegalDocument? {
        guard let p = plan(id: planID), p.documents.indices.contains(i) else { return nil }
        return p.documents[i]
    }

    /// Ids of the plans that give duties to the unit, built-in first, then the library oldest first.
    public func plans(namingUnit name: String) -> [String] {
        let folded = Tokenizer.foldedWords(name).joined(separator: " ")
        let inMemory = memoryUnits.filter { $0.folded == folded && $0.hasDuties }.map(\.plan)
        var seen = Set<String>()
        return (inMemory + (index?.plans(namingUnit: folded) ?? [])).filter { seen.insert($0).inserted }
    }

    /// Loads `Data/` (plans/*.json, units.yaml, glossary.yaml) and the user's imported plans.
    ///
    /// A data folder given with `--data` may hold only some of these: what it lacks comes from
    /// `fallbackDirectory` (the shipped `Data/`). Plan texts (`.txt`, `.docx`) in it, or in its `plans/`,
    /// that have no JSON beside them are imported on the fly.
    ///
    /// - Parameter cacheDirectory: where the library's index is kept; nil reads the library whole.
    public static func load(dataDirectory: URL, userPlansDirectory: URL?, fallbackDirectory: URL? = nil,
                            cacheDirectory: URL? = DecodingCache.shared.directory) throws -> KnowledgeBase {
        KnowledgeBase(sources: try loadSources(dataDirectory: dataDirectory, fallbackDirectory: fallbackDirectory),
                      userPlansDirectory: userPlansDirectory, cacheDirectory: cacheDirectory)
    }

    /// What `Data/` holds, decoded: units, glossary and built-in plans (texts imported on the fly).
    public static func loadSources(dataDirectory: URL, fallbackDirectory: URL? = nil) throws -> KnowledgeSources {
        let fm = FileManager.default
        guard fm.fileExists(atPath: dataDirectory.path) else { throw KnowledgeError.dataFolderMissing }
        func file(_ name: String) -> URL {
            let own = dataDirectory.appendingPathComponent(name)
            if fm.fileExists(atPath: own.path) { return own }
            return fallbackDirectory.map { $0.appendingPathComponent(name) } ?? own
        }
        let unitsFile = try DataFile.decodeYAML(UnitsFile.self, at: file("units.yaml"))
        let glossary = try DataFile.decodeYAML(GlossaryFile.self, at: file("glossary.yaml")).terms
        var plans = try loadPlans(in: dataDirectory.appendingPathComponent("plans"))
        plans += try importTexts(in: [dataDirectory, dataDirectory.appendingPathComponent("plans")], skipping: Set(plans.map(\.id)),
                                 vocabulary: file("vocabulary").deletingLastPathComponent())
        let kinds = DocumentKinds(try DataFile.decodeYAML(DocumentKinds.File.self, at: file("vocabulary/document-kinds.yaml")))
        // Administrative levels are listed once, with the importer's vocabulary.
        let levels = try DataFile.decodeYAML(LevelsFile.self, at: file("vocabulary/plan-import.yaml")).adminLevels
        return KnowledgeSources(units: unitsFile.units, typeWords: unitsFile.typeWords ?? [], levelWords: levels,
                                initialsSkip: unitsFile.initialsSkip ?? [], collectiveWords: unitsFile.collectiveWords ?? [],
                                symbols: UnitDirectory.SymbolRules(names: unitsFile.symbolNames ?? [:],
                                                                   droppedHeads: unitsFile.symbolDroppedHeads ?? []),
                                glossary: glossary, plans: plans, documentKinds: kinds)
    }

    /// The knowledge base of decoded sources and the user's library (read through its index in
    /// `cacheDirectory`; without one, whole).
    ///
    /// - Parameters:
    ///   - builtInDirectory: `builtInDirectory(of: sources)`, when the start-up snapshot kept it.
    ///   - glossary: `Glossary(entries: sources.glossary)`, when the start-up snapshot kept it.
    public convenience init(sources: KnowledgeSources, userPlansDirectory: URL?, cacheDirectory: URL? = DecodingCache.shared.directory,
                            builtInDirectory: UnitDirectory? = nil, glossary: Glossary? = nil) {
        var plans = sources.plans
        var imported: [String] = []
        var index: PlanIndex?
        if let dir = userPlansDirectory, FileManager.default.fileExists(atPath: dir.path) {
            index = PlanIndex.open(library: dir, cacheDirectory: cacheDirectory)
            if index == nil {
                // No index: the library is read whole. Broken files are skipped here; `danvan plans` names them.
                for entry in PlanLibrary(directory: dir).entriesSkippingBroken().entries {
                    plans.removeAll { $0.id == entry.plan.id }
                    plans.append(entry.plan)
                    imported.append(entry.plan.id)
                }
            }
        }
        // The snapshot's directory holds the units of `sources.plans`: not when the library was read whole.
        self.init(memory: plans, imported: Set(imported), index: index, units: Self.baseDirectory(of: sources),
                  prebuilt: imported.isEmpty ? builtInDirectory : nil,
                  glossary: glossary ?? Glossary(entries: sources.glossary), documentKinds: sources.documentKinds)
    }

    /// Plans given as text or .docx in a data folder, with no curated JSON of the same id.
    static func importTexts(in folders: [URL], skipping known: Set<String>, vocabulary: URL) throws -> [Plan] {
        let fm = FileManager.default
        var files: [URL] = []
        for folder in folders {
            let names = ((try? fm.contentsOfDirectory(atPath: folder.path)) ?? []).sorted()
            files += names.filter { $0.hasSuffix(".txt") || $0.hasSuffix(".docx") }.map { folder.appendingPathComponent($0) }
        }
        let pending = files.filter { !known.contains(PlanImporter.planID(forFileName: $0.lastPathComponent)) }
        guard !pending.isEmpty else { return [] }
        let importer = try PlanImporter(dataDirectory: vocabulary)
        var seen = known
        return try pending.compactMap { url in
            let plan: Plan
            do { plan = try importer.importFile(at: url) } catch let e as ImportError {
                throw DataFileProblem(path: url.path, reason: e.message)
            }
            return seen.insert(plan.id).inserted ? plan : nil
        }
    }

    static func loadPlans(in dir: URL) throws -> [Plan] {
        let fm = FileManager.default
        guard let names = try? fm.contentsOfDirectory(atPath: dir.path) else { return [] }
        let files = names.filter { $0.hasSuffix(".json") }.sorted().map { dir.appendingPathComponent($0) }
        return try files.map { url in
            guard let data = FileManager.default.contents(atPath: url.path) else { throw DataFileProblem(path: url.path, reason: nil) }
            do {
                return try JSONDecoder().decode(Plan.self, from: data)
            } catch {
                throw DataFileProblem(path: url.path, decoding: error)
            }
        }
    }

    private struct UnitsFile: Codable {
        var units: [UnitDirectory.Unit]
        var typeWords: [String]?
        var initialsSkip: [String]?
        var collectiveWords: [String]?
        var symbolNames: [String: String]?
        var symbolDroppedHeads: [String]?

        enum CodingKeys: String, CodingKey {
            case units
            case typeWords = "type_words"
            case initialsSkip = "initials_skip"
            case collectiveWords = "collective_words"
            case symbolNames = "symbol_names"
            case symbolDroppedHeads = "symbol_dropped_heads"
        }
    }
    private struct LevelsFile: Codable { var adminLevels: [String] }
    private struct GlossaryFile: Codable { var terms: [Glossary.Entry] }
}

/// The decoded contents of a data folder, before indexes are built: what the start-up snapshot keeps.
public struct KnowledgeSources: SnapshotCodable, Equatable, Sendable {
    public var units: [UnitDirectory.Unit]
    public var typeWords: [String]
    public var levelWords: [String]
    /// Words left out of a unit's initials ("và").
    public var initialsSkip: [String]
    /// Plural words a unit's name may be typed without ("các").
    public var collectiveWords: [String]
    /// How an issuing body's symbol is made (`symbol_names`, `symbol_dropped_heads` of units.yaml).
    public var symbols: UnitDirectory.SymbolRules
    public var glossary: [Glossary.Entry]
    public var plans: [Plan]
    public var documentKinds: DocumentKinds

    public init(units: [UnitDirectory.Unit], typeWords: [String], levelWords: [String], initialsSkip: [String] = [],
                collectiveWords: [String] = [], symbols: UnitDirectory.SymbolRules = UnitDirectory.SymbolRules(), glossary: [Glossary.Entry], plans: [Plan],
                documentKinds: DocumentKinds) {
        self.initialsSkip = initialsSkip
        self.collectiveWords = collectiveWords
        self.symbols = symbols
        self.documentKinds = documentKinds
        self.units = units
        self.typeWords = typeWords
        self.levelWords = levelWords
        self.glossary = glossary
        self.plans = plans
    }

    public init(snapshot r: inout SnapshotReader) throws {
        self = try r.record(Self.init(units:typeWords:levelWords:initialsSkip:collectiveWords:symbols:glossary:plans:documentKinds:))
    }
    public func write(snapshot w: inout SnapshotWriter) {
        w.write(units, typeWords, levelWords, initialsSkip, collectiveWords, symbols, glossary, plans, documentKinds)
    }
}
