/// What a person asks for: one unit's report or the compiled one, for a round.
///
///     ReportRequest(unit: "phong kinh te", round: 2)      // a unit's report, unit as typed
///     ReportRequest(round: 2, compiled: true)              // the compiled report
public struct ReportRequest: Equatable, Sendable {
    /// The unit as typed (resolved through the unit directory); nil for the compiled report.
    public var unit: String?
    /// The round; nil: the first round whose deadline is not past.
    public var round: Int?
    public var compiled: Bool
    /// Who signs the report.
    public var signer: ReportSigner?

    public init(unit: String? = nil, round: Int? = nil, compiled: Bool = false, signer: ReportSigner? = nil) {
        self.signer = signer
        self.unit = unit
        self.round = round
        self.compiled = compiled
    }
}
