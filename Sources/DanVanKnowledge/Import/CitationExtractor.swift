import DanVanText
import Foundation

/// Finds the documents a plan cites, one entry per document, in order of first citation.
///
///     "Thực hiện Quyết định số 3177/QĐ-UBND ngày 06/8/2025 của Ủy ban nhân dân thành phố Hải Phòng
///      ban hành danh mục …;" → Quyết định 3177/QĐ-UBND, 2025-08-06, issuer "Ủy ban nhân dân thành phố
///      Hải Phòng", subject "ban hành danh mục …", sections ["preamble"]
///
/// A document cited again is merged into its first entry: a later full citation fills the date,
/// issuer or subject an earlier short one ("Chỉ thị số 33/CT-TTg;") lacked. Laws cited by name
/// ("Luật Thực hiện dân chủ ở cơ sở ngày 10/11/2022") are keyed by their name.
struct CitationExtractor {
    let vocabulary: ImportVocabulary
    private var kinds: DocumentKinds { vocabulary.kinds }
    private var words: PlanVocabulary { vocabulary.plan }

    private var order: [String] = []
    private var documents: [String: LegalDocument] = [:]
    private var kindFromText: [String: Bool] = [:]

    /// Kinds cited by name, with "Luật " as characters, longest first.
    private let namedKinds: [(kind: DocumentKinds.Kind, pattern: [Character])]
    /// The small words of a citation, lower case, as characters: "của" before the issuer
    /// (`citationIssuerOpeners`), "số" before a number (`numberWords`), "và" joining two citations
    /// (`nameConnectors`). The date word ("ngày") is the date grammar's (`day_words` of `Intents/dates.yaml`).
    private let issuerOpeners: [[Character]]
    private let numberWords: [[Character]]
    private let connectors: [[Character]]
    private let dates: DateGrammar

    init(vocabulary: ImportVocabulary) {
        self.vocabulary = vocabulary
        namedKinds = vocabulary.kinds.kinds.filter { $0.named == true }.sorted { $0.name.count > $1.name.count }
            .map { ($0, Array($0.name + " ")) }
        func lowered(_ words: [String]) -> [[Character]] { words.map { Array($0.lowercased()) }.filter { !$0.isEmpty } }
        issuerOpeners = lowered(vocabulary.plan.citationIssuerOpeners)
        numberWords = lowered(vocabulary.plan.numberWords)
        connectors = lowered(vocabulary.plan.nameConnectors)
        dates = DateGrammar.shared
    }

    /// The documents found so far.
    var result: [LegalDocument] { order.compactMap { documents[$0] } }

    /// Reads one passage (a title, a paragraph) of section `section`.
    mutating func read(_ text: String, section: String) {
        let chars = Array(text)
        let lower = Array(text.lowercased())
        guard lower.count == chars.count else { return }
        var found: [(start: Int, key: String, document: LegalDocument, kindFromText: Bool)] = []
        let symbols = DocumentSymbol.scan(chars, kinds: kinds)
        let starts = symbols.map(\.range.lowerBound)
        for (symbol, range) in symbols {
            let (document, fromText) = citation(symbol, range: range, chars: chars, lower: lower, section: section,
                                                symbolStarts: starts)
            found.append((range.lowerBound, symbol.key, document, fromText))
        }
        for law in namedCitations(chars: chars, lower: lower, section: section) {
            found.append((law.start, "name|" + Folding.fold(law.document.name ?? ""), law.document, true))
        }
        for f in found.sorted(by: { $0.start < $1.start }) { merge(f.document, key: f.key, kindFromText: f.kindFromText) }
    }

    private mutating func merge(_ document: LegalDocument, key: String, kindFromText fromText: Bool) {
        guard var existing = documents[key] else {
            order.append(key)
            documents[key] = document
            kindFromText[key] = fromText
            return
        }
        if existing.date == nil { existing.date = document.date }
        if existing.issuer == nil { existing.issuer = document.issuer }
        if existing.subject == nil { existing.subject = document.subject }
        if kindFromText[key] != true, fromText {
            existing.kind = document.kind
            kindFromText[key] = true
        }
        for s in document.sections where !existing.sections.contains(s) { existing.sections.append(s) }
        documents[key] = existing
    }

    // MARK: Citations by symbol

    private func citation(_ symbol: DocumentSymbol, range: Range<Int>, chars: [Character], lower: [Character],
                          section: String, symbolStarts: [Int]) -> (LegalDocument, Bool) {
        let textKind = kindWord(before: range.lowerBound, chars: chars)
        let symbolKind = symbol.type.flatMap { kinds.kind(abbreviation: $0)?.name }
            ?? symbol.issuerCode.flatMap { kinds.issuer(code: $0)?.kind }
        var document = LegalDocument(kind: textKind ?? symbolKind ?? kinds.fallbackKind, symbol: symbol.text, sections: [section])
        var i = range.upperBound
        document.date = date(after: &i, chars: chars, lower: lower)
        if let stated = issuer(after: &i, chars: chars, lower: lower) {
            document.issuer = canonicalIssuer(stated, symbol: symbol)
        } else if let code = symbol.issuerCode, let known = kinds.issuer(code: code), known.definite == true {
            document.issuer = known.name
        } else if let kindName = textKind ?? symbolKind, let byKind = kinds.kind(named: kindName)?.issuer {
            document.issuer = byKind
        }
        document.subject = subject(after: i, chars: chars, lower: lower, symbolStarts: symbolStarts)
        return (document, textKind != nil)
    }

    /// "Quyết định số" / "Nghị định" / "Thông báo kết luận số" right before a symbol.
    private func kindWord(before index: Int, chars: [Character]) -> String? {
        let before = String(chars[max(0, index - 48)..<index])
        var ws = before.split(separator: " ").map { String($0).trimmingCharacters(in: CharacterSet(charactersIn: "(“\"")) }
        if let last = ws.last, vocabulary.plan.foldedNumberWords.contains(Folding.fold(last).trimmingCharacters(in: CharacterSet(charactersIn: ":"))) {
            ws.removeLast()
        }
        for length in stride(from: min(4, ws.count), through: 1, by: -1) {
            let phrase = ws.suffix(length).joined(separator: " ")
            if phrase.contains(where: { ",;:.".contains($0) }) { continue }
            if let name = kinds.kindName(forPhrase: phrase) { return name }
        }
        return nil
    }

    /// "ngày 06/8/2025", "ngày ngày 10/11/2022", "ngày 15 tháng 9 năm 2025" at `i`; moves `i` past it.
    private func date(after i: inout Int, chars: [Character], lower: [Character]) -> CalendarDate? {
        var j = skip(i, chars, ", ")
        var lead: String?
        while true {
            let w = word(at: j, lower)
            guard dates.isDayWord(w) else { break }
            j = skip(j + w.count, chars, " ")
            lead = w + " "
        }
        // The date is read with its day word before it, as "ngày 15 tháng 9 năm 2025" needs.
        guard let lead else { return nil }
        let window = String(chars[j..<min(chars.count, j + 32)])
        guard let m = DateExtractor.mentions(in: lead + window).first, m.range.lowerBound <= lead.count,
              case .date(let d) = m.value else { return nil }
        i = j + max(0, m.range.upperBound - lead.count)
        return d
    }

    /// "của Thủ tướng Chính phủ" at `i`, up to a stop word or a punctuation mark; moves `i` past it.
    private func issuer(after i: inout Int, chars: [Character], lower: [Character]) -> String? {
        let j = skip(i, chars, ", ")
        guard let opener = issuerOpeners.first(where: { phraseAt(j, lower, $0) }) else { return nil }
        let start = skip(j + opener.count, chars, " ")
        var k = start
        let stops = words.citationIssuerStops.map { Array($0) }
        while k < chars.count {
            let c = chars[k]
            if ";,.():“\"”".contains(c) { break }
            if c == " ", stops.contains(where: { phraseAt(k + 1, lower, $0) }) { break }
            k += 1
        }
        let text = String(chars[start..<k]).trimmingSpaces()
        guard !text.isEmpty, text.split(separator: " ").count <= 16 else { return nil }
        i = k
        return text
    }

    private func canonicalIssuer(_ stated: String, symbol: DocumentSymbol) -> String {
        if let code = symbol.issuerCode, let known = kinds.issuer(code: code), known.definite == true,
           Folding.fold(known.name) == Folding.fold(stated) {
            return known.name
        }
        if let known = kinds.issuers.first(where: { $0.definite == true && Folding.fold($0.name) == Folding.fold(stated) }) {
            return known.name
        }
        return stated
    }

    /// What the plan says the document is about, when the text goes on with a subject opener.
    private func subject(after i: Int, chars: [Character], lower: [Character], symbolStarts: [Int]) -> String? {
        let start = skip(i, chars, ", ")
        guard start < chars.count else { return nil }
        let opensWithQuote = "“\"".contains(chars[start])
        guard opensWithQuote || words.citationSubjectOpeners.contains(where: { phraseAt(start, lower, Array($0)) }) else {
            return nil
        }
        var k = start
        var quotes = 0, parens = 0
        let clauses = words.ownIssuingClause
        while k < chars.count {
            let c = chars[k]
            switch c {
            case "“": quotes += 1
            case "”": quotes = max(0, quotes - 1)
            case "\"": quotes = quotes > 0 ? quotes - 1 : 1
            case "(": parens += 1
            case ")":
                if parens == 0 { return finish(chars, start, k) }
                parens -= 1
            case ";":
                if quotes == 0, parens == 0 { return finish(chars, start, k) }
            case ".":
                let next = k + 1 < chars.count ? chars[k + 1] : " "
                let after = k + 2 < chars.count ? chars[k + 2] : " "
                if quotes == 0, next == " " && (after.isUppercase || after == "-") || k + 1 == chars.count {
                    return finish(chars, start, k)
                }
            case " ":
                // "… và hướng dẫn của Bộ Nội vụ tại Công văn số 8935/…": another citation of the list.
                if quotes == 0, parens == 0, connectors.contains(where: { phraseAt(k + 1, lower, $0) }) {
                    let clauseEnd = chars[(k + 1)...].firstIndex(of: ";") ?? chars.count
                    if symbolStarts.contains(where: { $0 > k && $0 < clauseEnd }) { return finish(chars, start, k) }
                }
            case ",":
                if quotes == 0, parens == 0 {
                    let ahead = Folding.fold(String(chars[(k + 1)..<min(chars.count, k + 90)]))
                    let clause = ahead.split(separator: ",").first.map(String.init) ?? ahead
                    if clauses.contains(where: { clause.contains($0) }) { return finish(chars, start, k) }
                }
            default: break
            }
            k += 1
        }
        return finish(chars, start, k)
    }

    private func finish(_ chars: [Character], _ start: Int, _ end: Int) -> String? {
        let s = String(chars[start..<end]).trimmingCharacters(in: CharacterSet(charactersIn: " ,;:"))
        return s.isEmpty ? nil : s
    }

    // MARK: Laws cited by name

    private func namedCitations(chars: [Character], lower: [Character], section: String)
        -> [(start: Int, document: LegalDocument)] {
        var found: [(start: Int, document: LegalDocument)] = []
        var i = 0
        while i < chars.count {
            guard chars[i].isUppercase, i == 0 || !chars[i - 1].isLetter,
                  let (kind, _) = namedKinds.first(where: { startsWith(chars, at: i, $0.pattern) }) else { i += 1; continue }
            let nameStart = i + kind.name.count + 1
            guard let (name, end) = lawName(from: nameStart, chars: chars, lower: lower) else { i += 1; continue }
            var document = LegalDocument(kind: kind.name, name: kind.name + " " + name, issuer: kind.issuer, sections: [section])
            var k = end
            document.date = date(after: &k, chars: chars, lower: lower)
            found.append((i, document))
            i = max(end, i + 1)
        }
        return found
    }

    /// The name after "Luật ": capitalised words, or an amending law's long name up to its date.
    private func lawName(from start: Int, chars: [Character], lower: [Character]) -> (String, Int)? {
        guard start < chars.count else { return nil }
        let amending = words.amendingLawWords.contains { phraseAt(start, lower, Array($0)) }
        guard amending || chars[start].isUppercase else { return nil }
        let stops = words.lawNameStops.map { Array($0) }
        // An amending law ("sửa đổi, bổ sung một số điều của Luật X") runs to its date, or ends with the names of
        // the laws it amends ("Luật X, Luật Y và Luật Z"), which end at a stop word other than "và".
        var innerFrom: Int?
        var k = start
        var count = 1
        while k < chars.count {
            let c = chars[k]
            if c == " " {
                count += 1
                if count > (amending ? 60 : words.lawNameMaxWords) { break }
                let next = k + 1
                if amending {
                    if dates.isDayWord(word(at: next, lower)) || numberWords.contains(where: { numberAt(next, lower, after: $0) }) { break }
                    if let from = innerFrom, next > from, next < chars.count {
                        if chars[next].isLowercase, stops.contains(where: { phraseAt(next, lower, $0) }),
                           !connectors.contains(where: { phraseAt(next, lower, $0) }) { break }
                    } else if innerFrom == nil, let opener = issuerOpeners.first(where: { phraseAt(next, lower, $0) }),
                              let kind = namedKinds.first(where: { startsWith(lower, at: next + opener.count + 1, Array(String($0.pattern).lowercased())) }) {
                        innerFrom = next + opener.count + 1 + kind.pattern.count
                    }
                } else if next < chars.count, chars[next].isLowercase, stops.contains(where: { phraseAt(next, lower, $0) }) {
                    break
                }
            } else if c == "," && !amending {
                let next = k + 2
                let continues = next < chars.count && chars[next].isLowercase && !stops.contains { phraseAt(next, lower, $0) }
                if !continues { break }
            } else if ";()“”\":".contains(c) || (c == "." && (k + 1 == chars.count || chars[k + 1] == " ")) {
                break
            }
            k += 1
        }
        let name = String(chars[start..<k]).trimmingCharacters(in: CharacterSet(charactersIn: " ,"))
        guard !name.isEmpty else { return nil }
        return (name, k)
    }

    // MARK: Cursor helpers

    private func word(at i: Int, _ lower: [Character]) -> String {
        var k = i
        var s = ""
        while k < lower.count, lower[k].isLetter { s.append(lower[k]); k += 1 }
        return s
    }

    private func skip(_ i: Int, _ chars: [Character], _ set: String) -> Int {
        var k = i
        while k < chars.count, set.contains(chars[k]) { k += 1 }
        return k
    }

    private func startsWith(_ chars: [Character], at i: Int, _ p: [Character]) -> Bool {
        guard i + p.count <= chars.count else { return false }
        for (k, c) in p.enumerated() where chars[i + k] != c { return false }
        return true
    }

    /// Whether a number word stands at `i` with a number after it ("số 59/2020/QH14").
    private func numberAt(_ i: Int, _ lower: [Character], after word: [Character]) -> Bool {
        let n = i + word.count
        return phraseAt(i, lower, word) && n + 1 < lower.count && lower[n] == " " && lower[n + 1].isNumber
    }

    /// Whether the lower-case phrase stands at `i` as whole words.
    private func phraseAt(_ i: Int, _ lower: [Character], _ phrase: [Character]) -> Bool {
        guard i >= 0, i + phrase.count <= lower.count else { return false }
        for (k, c) in phrase.enumerated() where lower[i + k] != c { return false }
        return i + phrase.count == lower.count || !lower[i + phrase.count].isLetter
    }
}
