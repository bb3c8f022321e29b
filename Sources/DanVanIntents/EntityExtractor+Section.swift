import DanVanText

/// Section references: "phần III", "mục II.1", "muc 2.1", "phần 3" → the section id "III", "II.1", "III".
extension EntityExtractor {
    /// Every marker word (`section_words.markers` of `Intents/entities.yaml`) followed by a roman or
    /// arabic numeral, possibly dotted; a leading arabic number is written in roman numerals, as plans number their parts.
    func sectionReferences(_ tokens: [String]) -> [Entity] {
        let markers = Set(vocabulary.sectionWords["markers"] ?? [])
        guard !markers.isEmpty, tokens.count > 1 else { return [] }
        var out: [Entity] = []
        for i in 0..<(tokens.count - 1) where markers.contains(tokens[i]) {
            if let id = Self.sectionID(tokens[i + 1]) {
                out.append(Entity(kind: .section, value: .text(id), span: i..<i + 2))
            }
        }
        return out
    }

    /// "ii.1" → "II.1", "2.1" → "II.1", "3" → "III", "iv" → "IV"; nil for anything else.
    public static func sectionID(_ token: String) -> String? {
        let parts = token.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        guard let head = parts.first, !head.isEmpty, parts.count <= 4 else { return nil }
        let roman: String
        if head.allSatisfy(\.isNumber) {
            guard let n = Int(head), (1...20).contains(n) else { return nil }
            roman = romanNumeral(n)
        } else {
            guard let n = romanValue(head), (1...20).contains(n) else { return nil }
            roman = romanNumeral(n)
        }
        let rest = parts.dropFirst()
        guard rest.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isNumber) && $0.count <= 2 }) else { return nil }
        return ([roman] + rest).joined(separator: ".")
    }

    static func romanNumeral(_ n: Int) -> String {
        let table: [(Int, String)] = [(10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
        var n = n
        var s = ""
        for (v, r) in table { while n >= v { s += r; n -= v } }
        return s
    }

    /// The value of a lower-case roman numeral written canonically; nil when it is not one.
    static func romanValue(_ s: String) -> Int? {
        guard !s.isEmpty, s.allSatisfy({ "ivx".contains($0) }) else { return nil }
        let values: [Character: Int] = ["i": 1, "v": 5, "x": 10]
        var total = 0
        let chars = Array(s)
        for (i, c) in chars.enumerated() {
            let v = values[c]!
            if i + 1 < chars.count, v < values[chars[i + 1]]! { total -= v } else { total += v }
        }
        return romanNumeral(total).lowercased() == s ? total : nil
    }
}
