import DanVanText

/// Reads one document symbol at a position of a character array; rewinds (returns nil) on failure.
struct DocumentSymbolScanner {
    let chars: [Character]
    let kinds: DocumentKinds
    /// In running text a code must be in capitals or a known code, so "1/Thành" is not a symbol.
    let strict: Bool

    /// The symbol starting at `start` (a digit) and the index after it.
    mutating func symbol(at start: Int) -> (DocumentSymbol, Int)? {
        var i = start
        let number = digits(&i)
        guard !number.isEmpty, number.count <= 6 else { return nil }
        var j = i
        skipSpaces(&j)
        guard j < chars.count, chars[j] == "/" || chars[j] == "-" else { return nil }
        let firstSeparator = chars[j]
        j += 1
        skipSpaces(&j)
        var year: Int?
        if firstSeparator == "/" {
            var k = j
            let y = digits(&k)
            if y.count == 4 {
                var m = k
                skipSpaces(&m)
                if m < chars.count, chars[m] == "/" {
                    m += 1
                    skipSpaces(&m)
                    year = Int(y)
                    j = m
                }
            }
        }
        var segments: [(text: String, separatorBefore: Character?)] = []
        var end = j
        guard let firstSegment = segment(&end), isAcceptable(firstSegment) else { return nil }
        segments.append((firstSegment, nil))
        while segments.count < 5 {
            var k = end
            let spacedBefore = skipSpaces(&k)
            guard k < chars.count, chars[k] == "-" || chars[k] == "/" else { break }
            let separator = chars[k]
            k += 1
            let spacedAfter = skipSpaces(&k)
            guard let next = segment(&k), isAcceptable(next) else { break }
            // "TTg - Chỉ thị…" is a dash in the sentence, not the symbol's.
            if (spacedBefore || spacedAfter) && strict && next.contains(where: \.isLowercase) { break }
            segments.append((next, separator))
            end = k
        }
        guard let symbol = interpret(number: number, year: year, firstSeparator: firstSeparator, segments: segments)
        else { return nil }
        return (symbol, end)
    }

    private func interpret(number: String, year: Int?, firstSeparator: Character,
                           segments: [(text: String, separatorBefore: Character?)]) -> DocumentSymbol? {
        let head = segments[0].text
        let rest = Array(segments.dropFirst())
        func joined(_ parts: ArraySlice<(text: String, separatorBefore: Character?)>) -> String? {
            guard !parts.isEmpty else { return nil }
            return parts.enumerated().map { index, part in (index == 0 ? "" : "-") + canonicalIssuer(part.text) }.joined()
        }
        if firstSeparator == "-" {
            // Party: 114-KL/TW.
            guard year == nil, let kind = kinds.kind(abbreviation: head), let abbreviation = kind.abbreviation,
                  let slash = rest.first, slash.separatorBefore == "/" else { return nil }
            return DocumentSymbol(number: number, type: abbreviation, issuer: joined(rest[...]), style: .party)
        }
        if let kind = kinds.kind(abbreviation: head), let abbreviation = kind.abbreviation {
            return DocumentSymbol(number: number, year: year, type: abbreviation, issuer: joined(rest[...]))
        }
        if kinds.issuer(code: head) != nil {
            return DocumentSymbol(number: number, year: year, type: nil, issuer: joined(segments[...]))
        }
        if let (abbreviation, issuer) = splitGlued(head) {
            let tail = rest.isEmpty ? "" : "-" + (joined(rest[...]) ?? "")
            return DocumentSymbol(number: number, year: year, type: abbreviation, issuer: issuer + tail)
        }
        guard strict, head.count >= 2, !head.contains(where: \.isLowercase), head.first?.isLetter == true else { return nil }
        return DocumentSymbol(number: number, year: year, type: nil, issuer: joined(segments[...]))
    }

    /// "NĐCP" → ("NĐ", "CP"); "NQUBTVQH15" → ("NQ", "UBTVQH15").
    private func splitGlued(_ code: String) -> (String, String)? {
        let folded = Folding.fold(code)
        let candidates = kinds.kinds.compactMap(\.abbreviation).sorted { $0.count > $1.count }
        for abbreviation in candidates {
            let a = Folding.fold(abbreviation)
            guard folded.hasPrefix(a), folded.count > a.count else { continue }
            let remainder = String(code.dropFirst(abbreviation.count))
            if kinds.issuer(code: remainder) != nil { return (abbreviation, canonicalIssuer(remainder)) }
        }
        return nil
    }

    /// A known code in its table spelling with its term ("ubtvqh15" → "UBTVQH15"); others in capitals.
    private func canonicalIssuer(_ segment: String) -> String {
        if let issuer = kinds.issuer(code: segment) {
            let term = segment.reversed().prefix { $0.isNumber }
            return issuer.code + String(term.reversed())
        }
        if let kind = kinds.kind(abbreviation: segment), let a = kind.abbreviation { return a }
        return strict ? segment : segment.uppercased()
    }

    private func isAcceptable(_ segment: String) -> Bool {
        guard segment.first?.isLetter == true || segment.first?.isNumber == true else { return false }
        if !strict { return segment.contains(where: \.isLetter) || segment.allSatisfy(\.isNumber) }
        if !segment.contains(where: \.isLowercase) { return true }
        return kinds.kind(abbreviation: segment) != nil || kinds.issuer(code: segment) != nil
    }

    private func segment(_ i: inout Int) -> String? {
        var s = ""
        while i < chars.count {
            let c = chars[i]
            if c.isLetter || c.isNumber || c == "&" {
                s.append(c)
            } else if c == ".", !s.isEmpty, i + 1 < chars.count, chars[i + 1].isLetter {
                s.append(c)
            } else {
                break
            }
            i += 1
        }
        return s.isEmpty ? nil : s
    }

    private func digits(_ i: inout Int) -> String {
        var s = ""
        while i < chars.count, chars[i].isNumber, chars[i].isASCII {
            s.append(chars[i])
            i += 1
        }
        return s
    }

    @discardableResult
    private func skipSpaces(_ i: inout Int) -> Bool {
        var skipped = 0
        while i < chars.count, chars[i] == " " || chars[i] == "\u{00A0}", skipped < 2 {
            i += 1
            skipped += 1
        }
        return skipped > 0
    }
}
