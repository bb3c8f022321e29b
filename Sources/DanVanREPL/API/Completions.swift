/// Candidate replacements for the end of the line being typed.
///
///     // line before the cursor: "nhiệm vụ của phòng van hoa"
///     Completions(start: 19, candidates: ["Văn hóa - Xã hội"])
///     // Tab turns the line into "nhiệm vụ của phòng Văn hóa - Xã hội "
///
/// `start` counts Characters (what Swift's `String.count` counts) from the start of the line; the
/// fragment `line.dropFirst(start)` is replaced. One candidate replaces it (plus a space); several
/// replace it with their common beginning when that says more than the fragment (compared without
/// diacritics), otherwise they are listed under the line as a shell does.
public struct Completions: Equatable, Sendable {
    /// Where the replaced fragment starts, in Characters from the start of the line.
    public var start: Int
    /// Whole replacements for the fragment, best first (e.g. a unit's full name).
    public var candidates: [String]
    /// What the list under the line shows for each candidate ("12  Họp dân" for the task number
    /// "12"); nil shows the candidates themselves. Only the candidate is ever inserted.
    public var labels: [String]?

    public init(start: Int, candidates: [String], labels: [String]? = nil) {
        self.start = start
        self.candidates = candidates
        self.labels = labels.flatMap { $0.count == candidates.count ? $0 : nil }
    }

    /// Nothing to propose.
    public static let none = Completions(start: 0, candidates: [])
}
