import DanVanTasks
import DanVanText

/// Why the shared plan library refused an import or a removal; nothing was changed.
public enum SharedPlanError: WordedTaskError, Equatable, Sendable {
    /// `--city` asked by an official: only the administrator imports the city's plans.
    case cityNeedsAdministrator(role: String)
    /// The administrator imports without `--city`: the administrator belongs to no commune.
    case noCommune(role: String)
    /// A plan id that cannot name a file (`PlanImporter` never makes one).
    case badPlanID(String)
    /// A policy or grant of the server refused the change.
    case refused(role: String)
    case notFound(reference: String)
    case ambiguous(reference: String, candidates: [String])

    public var wording: String {
        switch self {
        case .cityNeedsAdministrator(let role): return Msg.sharedPlanCityNeedsAdministrator(role)
        case .noCommune(let role): return Msg.sharedPlanNoCommune(role)
        case .badPlanID(let id): return Msg.sharedPlanBadID(id)
        case .refused(let role): return Msg.sharedPlanRefused(role)
        case .notFound(let reference): return Msg.sharedPlanNotFound(reference)
        case .ambiguous(let reference, let candidates): return Msg.sharedPlanAmbiguous(reference, candidates: candidates)
        }
    }
}
