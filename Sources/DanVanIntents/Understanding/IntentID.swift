import DanVanTasks

/// Questions about a plan's content, answered from the knowledge base (`Intents/knowledge.yaml`).
public enum KnowledgeIntent: String, CaseIterable, Sendable {
    case reportDeadline = "report.deadline"
    case legalBases = "legal.bases"
    case legalDocument = "legal.document"
    case legalCitedBy = "legal.citedBy"
    case unitDuties = "unit.duties"
    case unitWho = "unit.who"
    case unitList = "unit.list"
    case planPurpose = "plan.purpose"
    case planRequirements = "plan.requirements"
    case planSummary = "plan.summary"
    case planContent = "plan.content"
    case planRecipients = "plan.recipients"
    case planSigner = "plan.signer"
    case planInfo = "plan.info"
    case planList = "plan.list"
    case glossary = "glossary"
    case appendixLead = "appendix.lead"
    case appendixTasks = "appendix.tasks"
    case appendixCount = "appendix.count"
    case planMentions = "plan.mentions"
    case planStructure = "plan.structure"
    case planFunding = "plan.funding"
}

/// Requests for a report draft (`Intents/report.yaml`).
public enum ReportIntent: String, CaseIterable, Sendable {
    case draft = "report.draft"
    case compiled = "report.compiled"
}

/// Help for a new official: a brief of their unit's work and practice questions (`Intents/onboarding.yaml`).
public enum OnboardingIntent: String, CaseIterable, Sendable {
    case brief = "onboarding.brief"
    case quiz = "onboarding.quiz"
    /// "tiếp": the next page of the brief being read.
    case more = "onboarding.more"
    /// "dừng ôn tập": ends the practice round under way.
    case stop = "onboarding.stop"
}

/// What the conversation itself answers: help, the passage search, and "not understood".
public enum MetaIntent: String, CaseIterable, Sendable {
    case help = "help"
    case search = "search"
    case unknown = "unknown"
}

/// Every intent danvan knows, by the domain that answers it.
///
/// An id in `Intents/` that names no case is refused when the catalogue loads (`IntentCatalogError`);
/// a case added here that an answerer does not handle is a compile error (each answerer switches over
/// its domain's enum without `default:`).
///
///     IntentID(rawValue: "task.done")        // .task(.done)
///     IntentID.knowledge(.unitDuties).rawValue   // "unit.duties"
public enum IntentID: Hashable, Sendable, CustomStringConvertible {
    case knowledge(KnowledgeIntent)
    case report(ReportIntent)
    case task(TaskIntent)
    case onboarding(OnboardingIntent)
    case meta(MetaIntent)

    public init?(rawValue: String) {
        if let k = KnowledgeIntent(rawValue: rawValue) { self = .knowledge(k) }
        else if let r = ReportIntent(rawValue: rawValue) { self = .report(r) }
        else if let t = TaskIntent(rawValue: rawValue) { self = .task(t) }
        else if let o = OnboardingIntent(rawValue: rawValue) { self = .onboarding(o) }
        else if let m = MetaIntent(rawValue: rawValue) { self = .meta(m) }
        else { return nil }
    }

    /// The public id (`--json`'s `intent`).
    public var rawValue: String {
        switch self {
        case .knowledge(let k): return k.rawValue
        case .report(let r): return r.rawValue
        case .task(let t): return t.rawValue
        case .onboarding(let o): return o.rawValue
        case .meta(let m): return m.rawValue
        }
    }

    public var description: String { rawValue }

    public static let help = IntentID.meta(.help)
    public static let search = IntentID.meta(.search)
    public static let unknown = IntentID.meta(.unknown)
}
