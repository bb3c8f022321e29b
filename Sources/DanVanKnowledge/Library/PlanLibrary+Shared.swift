import Foundation

/// What a library kept elsewhere (the shared library on a PostgreSQL server) needs of the local one:
/// the same bytes for a plan, the same rule for a plan's number.
extension PlanLibrary {
    /// A plan as the library saves it (JSON of `Plan`); `PlanIndex` and `plan(id:)` read these bytes.
    public static func encoded(_ plan: Plan) throws -> Data { try PlanFileCoder.encode(plan) }

    /// Whether a reference ("308/KH-UBND", "308") names a plan numbered `number`, as `remove` decides.
    public static func numberMatches(_ number: String?, reference: String) -> Bool { numberMatches(number, reference) }
}
