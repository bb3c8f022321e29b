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
    var citationIssuerOpeners: [String]
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
    /// The word before a document's number ("số"), before an ordinal ("thứ"), joining two names ("và").
    var numberWords: [String]
    var ordinalWords: [String]
    var nameConnectors: [String]
    /// The same, folded.
    var foldedNumberWords: Set<String> { Set(numberWords.map(Folding.fold)) }
    var foldedOrdinalWords: Set<String> { Set(ordinalWords.map(Folding.fold)) }
    var foldedNameConnectors: Set<String> { Set(nameConnectors.map(Folding.fold)) }
    /// Administrative levels as written ("thành phố"): the one list, also the unit directory's and the reports'.
    public var adminLevels: [String]
    /// The same, folded ("thanh pho").
    var foldedAdminLevels: [String] { adminLevels.map { Tokenizer.foldedWords($0).joined(separator: " ") } }
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
    var collectiveListJoiners: [String]
    var unitWordExpansions: [String: String]
    var unitNumberWords: [String]
    var subjectMarkers: [String]
    var requestVerbs: [String]
    var localSuffixCompounds: [String]
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
    /// - Throws: `DataFileProblem` naming the file that is missing or malformed.
    public static func load(dataDirectory: URL) throws -> ImportVocabulary {
        let folder = dataDirectory.appendingPathComponent("vocabulary")
        DateGrammar.configureIfUnset(vocabularyAt: dataDirectory.deletingLastPathComponent().appendingPathComponent("Intents/dates.yaml"))
        let kinds = try DataFile.decodeYAML(DocumentKinds.File.self, at: folder.appendingPathComponent("document-kinds.yaml"))
        let plan = try DataFile.decodeYAML(PlanVocabulary.self, at: folder.appendingPathComponent("plan-import.yaml"))
        return ImportVocabulary(kinds: DocumentKinds(kinds), plan: plan)
    }
}
