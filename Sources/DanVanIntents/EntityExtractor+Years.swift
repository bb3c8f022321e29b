extension EntityExtractor {
    /// Years a question can mean (a year before 1945 or after 2100 is a number, not a year).
    static let plausibleYears = 1945...2100

    /// Years that limit a list, with the words around them (`year_filters` of `Intents/entities.yaml`):
    /// "từ năm 2022 trở đi" (2022…), "trước năm 2020" (…2019), "sau 2020" (2021…), "từ 2020 đến 2023",
    /// "giai đoạn 2020-2025", "năm 2021". Tokens in `used` (a document's number) are not years.
    func yearMentions(_ tokens: [String], used: Set<Int>) -> [Entity] {
        let filters = vocabulary.yearFilters
        func phrase(endingBefore i: Int, roles: [String]) -> (role: String, length: Int)? {
            var best: (role: String, length: Int)?
            for role in roles {
                for p in filters[role] ?? [] where p.count <= i && p.count > (best?.length ?? 0) {
                    let r = (i - p.count)..<i
                    if !r.contains(where: used.contains), tokens[r].elementsEqual(p) { best = (role, p.count) }
                }
            }
            return best
        }
        func phrase(startingAt i: Int, roles: [String]) -> (role: String, length: Int)? {
            var best: (role: String, length: Int)?
            for role in roles {
                for p in filters[role] ?? [] where i + p.count <= tokens.count && p.count > (best?.length ?? 0) {
                    let r = i..<(i + p.count)
                    if !r.contains(where: used.contains), tokens[r].elementsEqual(p) { best = (role, p.count) }
                }
            }
            return best
        }
        var out: [Entity] = []
        var i = 0
        while i < tokens.count {
            guard !used.contains(i), let (first, last) = Self.years(in: tokens[i]) else { i += 1; continue }
            let lead = phrase(endingBefore: i, roles: ["since", "after", "before", "until", "in"])
            let start = i - (lead?.length ?? 0)
            var end = i + 1
            var range: YearRange
            switch lead?.role {
            case "since": range = YearRange(lower: first, upper: first == last ? nil : last)
            case "after": range = YearRange(lower: last + 1, upper: nil)
            case "before": range = YearRange(lower: nil, upper: first - 1)
            case "until": range = YearRange(lower: nil, upper: last)
            default: range = YearRange(lower: first, upper: last)
            }
            // "từ 2020 đến 2023": the end of the range.
            if range.upper == nil || lead?.role == "in" || lead == nil,
               let until = phrase(startingAt: end, roles: ["until"]), end + until.length < tokens.count,
               !used.contains(end + until.length), let (_, to) = Self.years(in: tokens[end + until.length]), to >= first {
                range = YearRange(lower: range.lower ?? first, upper: to)
                end += until.length + 1
            }
            // "2022 trở đi": from that year on.
            if let onward = phrase(startingAt: end, roles: ["onward"]) {
                if range.upper == last || range.upper == nil { range = YearRange(lower: range.lower ?? first, upper: nil) }
                end += onward.length
            }
            out.append(Entity(kind: .years, value: .years(range), span: start..<end))
            i = end
        }
        return out
    }

    /// The first and last year a token names: "2022" (2022, 2022), "2020-2025" (2020, 2025).
    static func years(in token: String) -> (Int, Int)? {
        let parts = token.split(separator: "-", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count), parts.allSatisfy({ $0.count == 4 && $0.allSatisfy(\.isASCII) }),
              let a = Int(parts[0]), let b = Int(parts[parts.count - 1]),
              plausibleYears.contains(a), plausibleYears.contains(b), a <= b else { return nil }
        return (a, b)
    }
}
