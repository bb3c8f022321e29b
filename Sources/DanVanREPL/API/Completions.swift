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

    public init(start: Int, candidates: [String]) {
        self.start = start
        self.candidates = candidates
    }

    /// Nothing to propose.
    public static let none = Completions(start: 0, candidates: [])
}
