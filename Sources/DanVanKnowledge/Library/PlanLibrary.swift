import DanVanText
import Foundation

/// The user's imported plans, one JSON file each in a directory.
///
///     let library = PlanLibrary(directory: PlanLibrary.defaultDirectory())
///     try library.save(plan)                 // replaces a plan with the same id, or number and issuer
///     try library.entries().last?.plan       // the plan imported last
///     try library.remove("308/KH-UBND")      // by id or by number
public struct PlanLibrary: Sendable {
    public let directory: URL
    /// Where the library's index is kept (`PlanIndex`): with one, saving looks up the plan it replaces by
    /// key instead of reading every saved file, so importing the thousandth plan costs what the first does.
    public let cacheDirectory: URL?

    /// One saved plan, with its file and when it was saved.
    public struct Entry: Sendable {
        public var plan: Plan
        public var file: URL
        public var savedAt: Date
    }

    public init(directory: URL, cacheDirectory: URL? = nil) {
        self.directory = directory
        self.cacheDirectory = cacheDirectory
    }

    /// `$XDG_DATA_HOME/danvan/plans`, or `~/.local/share/danvan/plans`.
    public static func defaultDirectory(environment: [String: String] = ProcessInfo.processInfo.environment) -> URL {
        let base: URL
        if let xdg = environment["XDG_DATA_HOME"], xdg.hasPrefix("/") {
            base = URL(fileURLWithPath: xdg)
        } else {
            let home = environment["HOME"] ?? NSHomeDirectory()
            base = URL(fileURLWithPath: home).appendingPathComponent(".local/share")
        }
        return base.appendingPathComponent("danvan").appendingPathComponent("plans")
    }

    /// Saves a plan; a saved plan with the same id, or the same number and issuer, is replaced.
    ///
    /// With an index (`cacheDirectory`), the plan it replaces is looked up by key and the index is brought
    /// in step by this save itself (`PlanIndex+Writing`): no other saved file is read, so importing the
    /// five-thousandth plan costs what the first does, and the next question trusts the index at once.
    ///
    /// - Returns: the ids of the plans it replaced.
    /// - Throws: `LibraryError` when the directory or file cannot be written or a saved file is broken;
    ///   the library is then unchanged.
    @discardableResult
    public func save(_ plan: Plan) throws -> [String] {
        // The library folder (and any missing parent) is private to the user: 0700 from mkdir(2) itself.
        guard PrivateDirectory.create(directory.path) else { throw LibraryError.cannotCreateDirectory(path: directory.path) }
        let data: Data
        do { data = try PlanFileCoder.encode(plan) } catch { throw LibraryError.cannotWrite(path: file(for: plan.id).path) }
        if let replaced = try PlanIndex.writing(library: directory, cacheDirectory: cacheDirectory, { index in
            let replaced = Self.replaced(by: plan, among: index.sameIdentity(id: plan.id, number: plan.number, issuer: plan.issuer))
            try write(data, for: plan, replacing: replaced)
            index.recordChange(saved: plan, name: file(for: plan.id).lastPathComponent,
                               removed: replaced.filter { $0.id != plan.id }.map(\.file.lastPathComponent))
            return replaced.map(\.id)
        }) {
            return replaced
        }
        // No index: only the identifying fields of the saved plans are decoded.
        let replaced = Self.replaced(by: plan, among: try headers())
        try write(data, for: plan, replacing: replaced)
        return replaced.map(\.id)
    }

    /// The saved plans (of `candidates`) that saving `plan` replaces: the same id, or the same number and issuer.
    private static func replaced(by plan: Plan, among candidates: [(id: String, number: String?, issuer: String, file: URL)])
        -> [(id: String, number: String?, issuer: String, file: URL)] {
        candidates.filter { header in
            guard header.id != plan.id else { return true }
            guard let a = header.number, let b = plan.number else { return false }
            return Folding.fold(a) == Folding.fold(b) && Folding.fold(header.issuer) == Folding.fold(plan.issuer)
        }
    }

    /// Writes the plan's file (aside, then renamed into place) and removes the files of the plans it replaces.
    private func write(_ data: Data, for plan: Plan, replacing replaced: [(id: String, number: String?, issuer: String, file: URL)]) throws {
        do {
            try data.write(to: file(for: plan.id), options: .atomic)
        } catch {
            throw LibraryError.cannotWrite(path: file(for: plan.id).path)
        }
        for old in replaced where old.id != plan.id {
            try? FileManager.default.removeItem(at: old.file)
        }
    }

    /// What identifies a saved plan, read without decoding the rest of its file.
    private struct Header: Decodable {
        var id: String
        var number: String?
        var issuer: String
    }

    private func headers() throws -> [(id: String, number: String?, issuer: String, file: URL)] {
        try files().map { url in
            guard let data = FileManager.default.contents(atPath: url.path),
                  let h = try? JSONDecoder().decode(Header.self, from: data) else {
                _ = try PlanFileCoder.decode(url)  // throws the precise error naming the file
                throw LibraryError.brokenDataFile(file: url.path, line: nil, detail: nil)
            }
            return (h.id, h.number, h.issuer, url)
        }
    }

    /// Every saved plan, oldest saved first (the last is the one imported last).
    ///
    /// - Throws: `LibraryError.brokenDataFile` naming the first file that does not decode.
    public func entries() throws -> [Entry] {
        try files().map { url in
            Entry(plan: try PlanFileCoder.decode(url), file: url, savedAt: modificationDate(url))
        }.sorted { ($0.savedAt, $0.plan.id) < ($1.savedAt, $1.plan.id) }
    }

    /// Every saved plan that decodes, and an error for each file that does not.
    public func entriesSkippingBroken() -> (entries: [Entry], errors: [LibraryError]) {
        var entries: [Entry] = []
        var errors: [LibraryError] = []
        for url in (try? files()) ?? [] {
            do {
                entries.append(Entry(plan: try PlanFileCoder.decode(url), file: url, savedAt: modificationDate(url)))
            } catch let error as LibraryError {
                errors.append(error)
            } catch {
                errors.append(.brokenDataFile(file: url.path, line: nil, detail: nil))
            }
        }
        return (entries.sorted { ($0.savedAt, $0.plan.id) < ($1.savedAt, $1.plan.id) }, errors)
    }

    /// The saved plans, oldest saved first.
    public func loadAll() throws -> [Plan] { try entries().map(\.plan) }

    /// The saved plan with this id, if any.
    public func plan(id: String) throws -> Plan? {
        let url = file(for: id)
        guard FileManager.default.fileExists(atPath: url.path) else { return nil }
        return try PlanFileCoder.decode(url)
    }

    /// Removes the plan with this id, or else the one with this number ("308/KH-UBND", "308").
    ///
    /// With an index (`cacheDirectory`), the plan is found among the index's rows and the index is brought
    /// in step by the removal itself; only the removed plan's file is read.
    ///
    /// - Returns: the removed plan.
    /// - Throws: `LibraryError.planNotFound`, `.ambiguousReference` when several plans have the number,
    ///   `.cannotRemove`.
    @discardableResult
    public func remove(_ reference: String) throws -> Plan {
        let key = reference.trimmingCharacters(in: .whitespaces)
        if FileManager.default.fileExists(atPath: directory.path),
           let removed = try PlanIndex.writing(library: directory, cacheDirectory: cacheDirectory, { index -> Plan in
            let (plan, file) = try Self.choose(key, among: index.identities().map { ($0.id, $0.number, $0.file) }) { try PlanFileCoder.decode($0) }
            try delete(file)
            index.recordChange(saved: nil, name: nil, removed: [file.lastPathComponent])
            return plan
        }) {
            return removed
        }
        let (plan, file) = try Self.choose(key, among: try entries().map { ($0.plan.id, $0.plan.number, $0.file) }) { url in
            try PlanFileCoder.decode(url)
        }
        try delete(file)
        return plan
    }

    /// The one plan `key` names (by id, else by number) among `plans`, read with `load`.
    private static func choose(_ key: String, among plans: [(id: String, number: String?, file: URL)],
                               load: (URL) throws -> Plan) throws -> (Plan, URL) {
        var matches = plans.filter { $0.id.lowercased() == key.lowercased() }
        if matches.isEmpty { matches = plans.filter { numberMatches($0.number, key) } }
        guard !matches.isEmpty else { throw LibraryError.planNotFound(reference: key) }
        guard matches.count == 1 else { throw LibraryError.ambiguousReference(reference: key, candidates: matches.map(\.id)) }
        return (try load(matches[0].file), matches[0].file)
    }

    private func delete(_ file: URL) throws {
        do {
            try FileManager.default.removeItem(at: file)
        } catch {
            throw LibraryError.cannotRemove(path: file.path)
        }
    }

    /// The built-in curated plans of a data directory (`plans/*.json`), sorted by file name.
    ///
    /// - Throws: `LibraryError.brokenDataFile` naming the file (and line, when the decoder says).
    public static func curatedPlans(dataDirectory: URL) throws -> [Plan] {
        let folder = dataDirectory.appendingPathComponent("plans")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return try names.filter { $0.hasSuffix(".json") }.sorted().map { try PlanFileCoder.decode(folder.appendingPathComponent($0)) }
    }

    // MARK: Helpers

    func file(for id: String) -> URL { directory.appendingPathComponent(id + ".json") }

    private func files() throws -> [URL] {
        guard FileManager.default.fileExists(atPath: directory.path) else { return [] }
        let names = try FileManager.default.contentsOfDirectory(atPath: directory.path)
        return names.filter { $0.hasSuffix(".json") && !$0.hasPrefix(".") }.sorted().map { directory.appendingPathComponent($0) }
    }

    private func modificationDate(_ url: URL) -> Date {
        ((try? FileManager.default.attributesOfItem(atPath: url.path))?[.modificationDate] as? Date) ?? .distantPast
    }


    /// "308/KH-UBND" equals the number; "308" equals its leading number.
    static func numberMatches(_ number: String?, _ reference: String) -> Bool {
        guard let number else { return false }
        let n = Folding.fold(number).replacingOccurrences(of: " ", with: "")
        let r = Folding.fold(reference).replacingOccurrences(of: " ", with: "")
        if n == r { return true }
        let leading = n.prefix { $0.isNumber }
        return r.allSatisfy(\.isNumber) && !r.isEmpty && DocumentSymbol.trimZeros(String(leading)) == DocumentSymbol.trimZeros(r)
    }
}
