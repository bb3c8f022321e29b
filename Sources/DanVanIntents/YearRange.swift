/// Years a list is limited to, bounds included: "từ năm 2022 trở đi" is 2022…, "trước năm 2020" is …2019.
///
///     YearRange(lower: 2022, upper: nil).contains(2023)   // true
///     YearRange(lower: nil, upper: 2019).display          // "-2019"
public struct YearRange: Equatable, Sendable {
    public var lower: Int?
    public var upper: Int?

    public init(lower: Int?, upper: Int?) {
        self.lower = lower
        self.upper = upper
    }

    public func contains(_ year: Int) -> Bool {
        (lower.map { year >= $0 } ?? true) && (upper.map { year <= $0 } ?? true)
    }

    /// "2022-", "-2019", "2020-2023", "2021": the range in `--json` slots and `--explain`.
    public var display: String {
        if let lower, let upper, lower == upper { return String(lower) }
        return (lower.map(String.init) ?? "") + "-" + (upper.map(String.init) ?? "")
    }
}
