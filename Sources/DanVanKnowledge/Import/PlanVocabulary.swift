import DanVanText
import Foundation
import Yams

/// What the importer recognises in a plan, decoded from `Data/vocabulary/plan-import.yaml`.
///
/// Folded entries (most of them) are compared with `Folding.fold` of the text; entries the file
/// says are matched "as written" keep their case (unit heads, preamble openers, proper names).
public struct PlanVocabulary: Decodable, Sendable {
    struct RolePattern: Decodable, Sendable {
        var role: SectionRole
        var prefixes: [String]
    }

    var planHeading: [String]
    var mottoLines: [String]
    var preambleOpeners: [String]
    var sectionRoles: [RolePattern]
    var roleTitleMaxWords: Int
    var unitHeads: [String]
    var namedUnitHeads: [String]
    var pluralUnitDeterminers: [String]
    var pluralUnitNouns: [String]
    var unitLeadIns: [String]
    var unitStopWords: [String]
    var unitNameContinuations: [String]
    var allUnitsPrefixes: [String]
    var localSuffixes: [String]
    var assignmentHeads: [String]
    var leadWords: [String]
    var supportWords: [String]
    var performerWords: [String]
    var timingLabels: [String]
    var taskLabels: [String]
    var citationIssuerStops: [String]
    var citationSubjectOpeners: [String]
    var ownIssuingClause: [String]
    var lawNameStops: [String]
    var amendingLawWords: [String]
    var lawNameMaxWords: Int
    var deadlineOpeners: [String]
    var completionOpeners: [String]
    var reportPeriodOpeners: [String]
    var openEndedTimings: [String]
    var timingStartWords: [String]
    var timingEndWords: [String]
    var monthlyWords: [String]
    var yearlyWords: [String]
    var reportWords: [String]
    var roundWords: [String]
    var roundNumbers: [String: Int]
    var recipientOpeners: [String]
    var viaOpeners: [String]
    var labelStopWords: [String]
    var recipientsHeading: [String]
    var signerModes: [String]
    var signerNotes: [String]
    var organisations: [String]
    var titles: [String]
    var adminLevels: [String]
    var properNames: [String]
    var topics: [String]
    var topicStopWords: [String]
    var appendixHeadings: [String]
    var closingSentences: [String]
    var collectiveMarkers: [String]
    var abbreviationCues: [String]
    var collectiveDropWords: [String]
    var collectiveEveryUnitNouns: [String]
    var collectiveTailWords: [String]
    var unitWordExpansions: [String: String]
    var unitNumberWords: [String]
    var subjectMarkers: [String]
    var requestVerbs: [String]
    var localSuffixCompounds: [String]

    /// Decodes the YAML text of `plan-import.yaml`.
    public init(yaml: String) throws {
        self = try YAMLDecoder().decode(PlanVocabulary.self, from: yaml)
    }
}

/// Both vocabulary files the importer needs.
public struct ImportVocabulary: Sendable {
    public var kinds: DocumentKinds
    public var plan: PlanVocabulary

    public init(kinds: DocumentKinds, plan: PlanVocabulary) {
        self.kinds = kinds
        self.plan = plan
    }

    /// Reads `vocabulary/document-kinds.yaml` and `vocabulary/plan-import.yaml` under a data directory.
    ///
    ///     let vocabulary = try ImportVocabulary.load(dataDirectory: URL(fileURLWithPath: "Data"))
    ///
    /// - Parameter dataDirectory: the folder holding `vocabulary/` (the repository's `Data/`).
    /// - Throws: `LibraryError.brokenDataFile` naming the file that is missing or malformed.
    public static func load(dataDirectory: URL) throws -> ImportVocabulary {
        let folder = dataDirectory.appendingPathComponent("vocabulary")
        DateGrammar.configureIfUnset(vocabularyAt: dataDirectory.deletingLastPathComponent().appendingPathComponent("Intents/dates.yaml"))
        func text(_ name: String) throws -> (String, URL) {
            let url = folder.appendingPathComponent(name)
            guard let data = FileManager.default.contents(atPath: url.path), let s = String(data: data, encoding: .utf8) else {
                throw LibraryError.brokenDataFile(file: url.path, line: nil, detail: nil)
            }
            return (s, url)
        }
        let (kindsText, kindsURL) = try text("document-kinds.yaml")
        let (planText, planURL) = try text("plan-import.yaml")
        do {
            let kinds = try DocumentKinds(yaml: kindsText)
            do {
                return ImportVocabulary(kinds: kinds, plan: try PlanVocabulary(yaml: planText))
            } catch {
                throw LibraryError.brokenDataFile(file: planURL.path, line: DataFileError.read(error).line, detail: "\(error)")
            }
        } catch let error as LibraryError {
            throw error
        } catch {
            throw LibraryError.brokenDataFile(file: kindsURL.path, line: DataFileError.read(error).line, detail: "\(error)")
        }
    }
}
