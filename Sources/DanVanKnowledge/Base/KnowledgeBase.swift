import DanVanText
import Foundation
import Yams

/// Everything danvan knows: plans, the commune's units, the glossary.
public struct KnowledgeBase: Sendable {
    /// Built-in plans first, then the user's imported plans (newest last).
    public var plans: [Plan]
    /// Ids of plans that come from the user's library, in import order.
    public var importedPlanIDs: [String]
    public var units: UnitDirectory
    public var glossary: Glossary

    public init(plans: [Plan], importedPlanIDs: [String] = [], units: UnitDirectory, glossary: Glossary) {
        self.plans = plans
        self.importedPlanIDs = importedPlanIDs
        self.units = units
        self.glossary = glossary
        self.units.add(plans.flatMap { $0.units.map { UnitDirectory.Unit(name: $0.name) } })
    }

    public func plan(id: String) -> Plan? { plans.first { $0.id == id } }

    /// The plan a question names none of: the last imported, else the first built-in.
    public var defaultPlan: Plan? {
        if let last = importedPlanIDs.last, let p = plan(id: last) { return p }
        return plans.first
    }

    /// Loads `Data/` (plans/*.json, units.yaml, glossary.yaml) and the user's imported plans.
    public static func load(dataDirectory: URL, userPlansDirectory: URL?) throws -> KnowledgeBase {
        let fm = FileManager.default
        guard fm.fileExists(atPath: dataDirectory.path) else { throw KnowledgeError.dataFolderMissing }
        let units: [UnitDirectory.Unit] = try decodeYAML(UnitsFile.self, at: dataDirectory.appendingPathComponent("units.yaml")).units
        let glossary = try decodeYAML(GlossaryFile.self, at: dataDirectory.appendingPathComponent("glossary.yaml")).terms
        var plans = try loadPlans(in: dataDirectory.appendingPathComponent("plans"))
        var imported: [String] = []
        if let dir = userPlansDirectory {
            // Broken files in the user's library are skipped here; `danvan plans` names them.
            for entry in PlanLibrary(directory: dir).entriesSkippingBroken().entries {
                plans.removeAll { $0.id == entry.plan.id }
                plans.append(entry.plan)
                imported.append(entry.plan.id)
            }
        }
        return KnowledgeBase(plans: plans, importedPlanIDs: imported, units: UnitDirectory(units: units),
                             glossary: Glossary(entries: glossary))
    }

    static func loadPlans(in dir: URL) throws -> [Plan] {
        let fm = FileManager.default
        guard let names = try? fm.contentsOfDirectory(atPath: dir.path) else { return [] }
        let files = names.filter { $0.hasSuffix(".json") }.sorted().map { dir.appendingPathComponent($0) }
        return try files.map { url in
            let data = try Data(contentsOf: url)
            do {
                return try JSONDecoder().decode(Plan.self, from: data)
            } catch {
                throw KnowledgeError.brokenFile(path: url.path, line: nil, reason: describe(error))
            }
        }
    }

    static func decodeYAML<T: Codable>(_ type: T.Type, at url: URL) throws -> T {
        guard let text = try? String(contentsOf: url, encoding: .utf8) else {
            throw KnowledgeError.fileMissing(path: url.path)
        }
        do {
            return try DecodingCache.shared.decodeYAML(T.self, text: text, at: url)
        } catch let error as YamlError {
            throw KnowledgeError.brokenFile(path: url.path, line: yamlLine(error), reason: "\(error)")
        } catch {
            throw KnowledgeError.brokenFile(path: url.path, line: nil, reason: describe(error))
        }
    }

    static func yamlLine(_ error: YamlError) -> Int? {
        switch error {
        case .scanner(_, _, let mark, _), .parser(_, _, let mark, _), .composer(_, _, let mark, _):
            return mark.line
        default:
            return nil
        }
    }

    static func describe(_ error: Error) -> String {
        switch error {
        case DecodingError.dataCorrupted(let c), DecodingError.keyNotFound(_, let c),
             DecodingError.typeMismatch(_, let c), DecodingError.valueNotFound(_, let c):
            let path = c.codingPath.map { $0.intValue.map(String.init) ?? $0.stringValue }.joined(separator: ".")
            return path.isEmpty ? c.debugDescription : "\(path): \(c.debugDescription)"
        default:
            return "\(error)"
        }
    }

    private struct UnitsFile: Codable { var units: [UnitDirectory.Unit] }
    private struct GlossaryFile: Codable { var terms: [Glossary.Entry] }
}
