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
    /// - Returns: the ids of the plans it replaced.
    /// - Throws: `LibraryError` when the directory or file cannot be written or a saved file is broken;
    ///   the library is then unchanged.
    @discardableResult
    public func save(_ plan: Plan) throws -> [String] {
        // Only the identifying fields of the saved plans are decoded: saving stays fast in a large library.
        let candidates = try PlanIndex.open(library: directory, cacheDirectory: cacheDirectory)
            .map { $0.sameIdentity(id: plan.id, number: plan.number, issuer: plan.issuer) } ?? headers()
        let replaced = candidates.filter { header in
            header.id == plan.id || (header.number != nil && plan.number != nil
                && Folding.fold(header.number!) == Folding.fold(plan.number!) && Folding.fold(header.issuer) == Folding.fold(plan.issuer))
        }
        // The library folder (and any missing parent) is private to the user: 0700 from mkdir(2) itself.
        guard PrivateDirectory.create(directory.path) else { throw LibraryError.cannotCreateDirectory(path: directory.path) }
        let data: Data
        do { data = try PlanFileCoder.encode(plan) } catch { throw LibraryError.cannotWrite(path: file(for: plan.id).path) }
        do {
            try data.write(to: file(for: plan.id), options: .atomic)
        } catch {
            throw LibraryError.cannotWrite(path: file(for: plan.id).path)
        }
        for old in replaced where old.id != plan.id {
            try? FileManager.default.removeItem(at: old.file)
        }
        return replaced.map(\.id)
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
    /// - Returns: the removed plan.
    /// - Throws: `LibraryError.planNotFound`, `.ambiguousReference` when several plans have the number,
    ///   `.cannotRemove`.
    @discardableResult
    public func remove(_ reference: String) throws -> Plan {
        let all = try entries()
        let key = reference.trimmingCharacters(in: .whitespaces)
        var matches = all.filter { $0.plan.id.lowercased() == key.lowercased() }
        if matches.isEmpty { matches = all.filter { Self.numberMatches($0.plan.number, key) } }
        guard !matches.isEmpty else { throw LibraryError.planNotFound(reference: key) }
        guard matches.count == 1 else { throw LibraryError.ambiguousReference(reference: key, candidates: matches.map(\.plan.id)) }
        do {
            try FileManager.default.removeItem(at: matches[0].file)
        } catch {
            throw LibraryError.cannotRemove(path: matches[0].file.path)
        }
        return matches[0].plan
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
