import DanVanText
import Foundation

/// Reads the number, place, date, issuer and title of a plan from its layout.
///
///     "ỦY BAN NHÂN DÂN" / "THÀNH PHỐ HÀ NỘI" / "Số: 308/KH-UBND" / "Hà Nội, ngày 17 tháng 11 năm 2025"
///     → issuer "Ủy ban nhân dân thành phố Hà Nội", number "308/KH-UBND", place "Hà Nội", date 2025-11-17
struct HeaderReader {
    let vocabulary: ImportVocabulary
    var caser: VietnameseCaser { VietnameseCaser(vocabulary: vocabulary.plan, kinds: vocabulary.kinds) }

    struct Facts {
        var number: String?
        var date: CalendarDate?
        var place: String?
        /// From the header block; nil when the plan has none (the seed).
        var issuer: String?
        var title: String
    }

    func read(_ layout: PlanLayout) -> Facts {
        var facts = Facts(title: "")
        var issuerLines: [String] = []
        var issuerDone = false
        var subject: String?
        for p in layout.header {
            // "V/v triển khai …" under the number: what the plan is about.
            if let s = subjectLine(p) {
                subject = subject ?? s
                issuerDone = true
                continue
            }
            var line = removingMotto(p)
            let placeDate = PlaceDate.find(in: line)
            if let pd = placeDate {
                facts.place = facts.place ?? pd.value.place
                facts.date = facts.date ?? pd.value.date
            }
            let number = self.number(in: line)
            if let n = number {
                facts.number = facts.number ?? n.text
                // A merged header line "XÃ ĐƯỜNG AN Số: 12/KH-UBND …": the issuer's part comes first.
                line = String(line[..<n.start]).trimmingSpaces()
            }
            if number != nil || placeDate != nil {
                if number != nil, !issuerDone, !line.isEmpty, LineShape.isAllCaps(line) { issuerLines.append(line) }
                issuerDone = true
                continue
            }
            if !issuerDone, !line.isEmpty, LineShape.isAllCaps(line) { issuerLines.append(line) }
            if !line.isEmpty, !LineShape.isAllCaps(line) { issuerDone = true }
        }
        facts.issuer = issuer(from: issuerLines)
        var rawTitle = ([layout.headingRest].compactMap { $0 } + layout.title).joined(separator: " ")
        if let s = subjectLine(rawTitle) { rawTitle = s }
        if rawTitle.trimmingCharacters(in: CharacterSet(charactersIn: " :")).isEmpty, let subject { rawTitle = subject }
        var names = [facts.place].compactMap { $0 }
        if let place = facts.place { names.append(contentsOf: placeName(place)) }
        if let issuer = facts.issuer { names.append(contentsOf: placeName(issuer)) }
        facts.title = caser.sentenceCaseTitle(rawTitle.trimmingCharacters(in: CharacterSet(charactersIn: " :")), extraNames: names)
        return facts
    }

    /// The text after a subject marker ("V/v triển khai …" → "triển khai …"), or nil.
    func subjectLine(_ line: String) -> String? {
        let folded = Folding.fold(String(line.prefix(12)))
        for marker in vocabulary.plan.subjectMarkers where folded.hasPrefix(marker) {
            let rest = line.dropFirst(marker.count)
            guard let first = rest.first, first == " " || first == ":" else { continue }
            let text = rest.trimmingCharacters(in: CharacterSet(charactersIn: " :"))
            return text.isEmpty ? nil : text
        }
        return nil
    }

    /// The issuer named in the preamble: "…; Ủy ban nhân dân xã Đường An ban hành kế hoạch…" (the clause
    /// words are `ownIssuingClause` of plan-import.yaml).
    func issuer(inPreamble preamble: String, units: UnitNameReader) -> String? {
        let folded = Folding.fold(preamble)
        guard let r = vocabulary.plan.ownIssuingClause.lazy.compactMap({ folded.range(of: " " + $0) }).min(by: { $0.lowerBound < $1.lowerBound })
        else { return nil }
        let offset = folded.distance(from: folded.startIndex, to: r.lowerBound)
        let before = String(preamble.prefix(offset))
        let clauseStart = before.lastIndex { ";,.".contains($0) }.map { before.index(after: $0) } ?? before.startIndex
        let clause = String(before[clauseStart...]).trimmingSpaces()
        guard let reading = units.read(clause), reading.rest.isEmpty, let unit = reading.units.first else { return nil }
        return unit
    }

    /// "Số: 308/KH-UBND" anywhere in a header line; the symbol and where "Số" starts.
    private func number(in line: String) -> (text: String, start: String.Index)? {
        let chars = Array(line)
        let folded = Array(FastFold.fold(line))
        guard folded.count == chars.count else { return nil }
        var i = 0
        while i + 2 < chars.count {
            if folded[i] == "s", folded[i + 1] == "o", i == 0 || !chars[i - 1].isLetter, chars[i].isUppercase {
                var j = i + 2
                while j < chars.count, chars[j] == " " || chars[j] == ":" { j += 1 }
                if j < chars.count, chars[j].isNumber {
                    let found = DocumentSymbol.scan(Array(chars[j...]), kinds: vocabulary.kinds).first
                    if let found, found.range.lowerBound == 0 {
                        return (found.symbol.text, line.index(line.startIndex, offsetBy: i))
                    }
                }
            }
            i += 1
        }
        return nil
    }

    /// A header line without the national motto of a merged two-column header.
    private func removingMotto(_ line: String) -> String {
        var chars = Array(line)
        for motto in vocabulary.plan.mottoLines {
            let folded = Folding.fold(String(chars))
            guard let r = folded.range(of: motto) else { continue }
            let start = folded.distance(from: folded.startIndex, to: r.lowerBound)
            let length = folded.distance(from: r.lowerBound, to: r.upperBound)
            guard start + length <= chars.count else { continue }
            chars.removeSubrange(start..<(start + length))
        }
        return String(chars).trimmingCharacters(in: CharacterSet(charactersIn: " -"))
    }

    /// The issuer block: "ỦY BAN NHÂN DÂN" + "THÀNH PHỐ HÀ NỘI", or the lower line when it names a
    /// unit of the upper one ("UBND TỈNH BẮC NINH" / "SỞ TƯ PHÁP").
    private func issuer(from lines: [String]) -> String? {
        guard !lines.isEmpty else { return nil }
        let units = UnitNameReader(vocabulary: vocabulary.plan)
        if lines.count >= 2, let sub = lines.dropFirst().firstIndex(where: { line in
            let words = UnitNameReader.split(caser.organisation(line))
            return units.headLength(words, at: 0) != nil
        }) {
            return caser.organisation(lines[sub...].joined(separator: " "))
        }
        return caser.organisation(lines.joined(separator: " "))
    }

    /// The place-name words of "thành phố Hà Nội" or "Hà Nội": "Hà Nội".
    private func placeName(_ text: String) -> [String] {
        let words = text.split(separator: " ").map(String.init)
        guard let start = words.lastIndex(where: { $0.first?.isLowercase == true }) else { return [text] }
        let name = words[(start + 1)...].joined(separator: " ")
        return name.isEmpty ? [] : [name]
    }
}
