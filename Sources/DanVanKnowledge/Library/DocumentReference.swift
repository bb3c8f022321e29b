import DanVanText
import Foundation

/// A document as a user names it, to find it among a plan's cited documents.
///
///     let ref = DocumentReference.parse("chỉ thị số 33 của thủ tướng", kinds: kinds)!
///     plan.documents(matching: ref, kinds: kinds).map(\.symbol)   // ["33/CT-TTg"]
///
/// Understood: a full symbol in any messy form ("96/2023/NĐCP", "23 - qd / tw"), a kind word or
/// abbreviation with a number ("qd 3177", "nd 59/2023", "quy định 23"), an issuer ("của thủ tướng",
/// "UBTVQH"), a year ("năm 2016"), a law by name ("luật thực hiện dân chủ ở cơ sở"), or a kind alone
/// ("các chỉ thị": every Chỉ thị).
public struct DocumentReference: Equatable, Sendable {
    /// Full kind names the words may mean ("Quyết định", "Quy định" for "quy định").
    public var kindNames: [String] = []
    /// Type abbreviations of those kinds ("QĐ").
    public var abbreviations: [String] = []
    public var number: String?
    public var year: Int?
    public var symbol: DocumentSymbol?
    /// Issuer codes named ("TTg", "UBTVQH").
    public var issuerCodes: [String] = []
    /// Folded words after a named kind ("thuc hien dan chu o co so" of "luật thực hiện dân chủ ở cơ sở").
    public var nameWords: [String] = []

    /// Reads a reference in `text`; nil when it names no kind, symbol or number of a kind.
    public static func parse(_ text: String, kinds: DocumentKinds) -> DocumentReference? {
        let compact = Self.joinSeparators(Folding.nfc(text))
        let tokens = Tokenizer.tokens(compact).map(\.text)
        var ref = DocumentReference()
        var i = 0
        var sawKind = false
        while i < tokens.count {
            let t = tokens[i]
            if ref.symbol == nil, t.contains(where: \.isNumber), t.contains(where: \.isLetter),
               let symbol = DocumentSymbol.parse(t, kinds: kinds) {
                ref.symbol = symbol
                ref.number = symbol.number
                ref.year = symbol.year
                i += 1
                continue
            }
            if let (found, length) = kinds.kinds(atStartOf: tokens[i...]) {
                // A bare abbreviation ("qd", "ct", "da" — also the word "đã") counts only before a number.
                var next = i + length
                if next < tokens.count, tokens[next] == "so" { next += 1 }
                let numberFollows = next < tokens.count && tokens[next].first?.isNumber == true
                if length == 1, t.count <= 3, !numberFollows {
                    i += 1
                    continue
                }
                if !numberFollows, found.allSatisfy({ $0.commonWord == true }) {
                    i += length
                    continue
                }
                if !sawKind {
                    sawKind = true
                    ref.kindNames = found.flatMap(\.names)
                    ref.abbreviations = found.compactMap(\.abbreviation)
                    i += length
                    if i < tokens.count, tokens[i] == "so" { i += 1 }
                    if found.contains(where: { $0.named == true }), i < tokens.count, !tokens[i].contains(where: \.isNumber) {
                        ref.nameWords = Array(tokens[i...].prefix { !$0.contains(where: \.isNumber) })
                    }
                    continue
                }
            }
            if ref.number == nil, sawKind, let (n, y) = Self.number(t) {
                ref.number = n
                if ref.year == nil { ref.year = y }
                i += 1
                continue
            }
            if let (issuer, length) = kinds.issuer(atStartOf: tokens[i...]), t != "so" {
                if !ref.issuerCodes.contains(issuer.code) { ref.issuerCodes.append(issuer.code) }
                i += length
                continue
            }
            if t.count == 4, let y = Int(t), (1945...2100).contains(y), ref.year == nil, t != ref.number { ref.year = y }
            i += 1
        }
        guard ref.symbol != nil || sawKind else { return nil }
        return ref
    }

    /// Whether a cited document answers to this reference.
    public func matches(_ document: LegalDocument, kinds: DocumentKinds) -> Bool {
        let docSymbol = document.symbol.flatMap { DocumentSymbol.parse($0, kinds: kinds) }
        if let symbol {
            guard let docSymbol, symbol.matches(docSymbol) else { return false }
        }
        if !kindNames.isEmpty {
            let kind = Folding.fold(document.kind)
            let byName = kindNames.contains { Folding.fold($0) == kind }
            let byType = docSymbol?.type.map { t in abbreviations.contains { Folding.fold($0) == Folding.fold(t) } } ?? false
            guard byName || byType else { return false }
        }
        if let number, symbol == nil {
            guard let n = document.number, DocumentSymbol.trimZeros(n) == DocumentSymbol.trimZeros(number) else { return false }
        }
        if let year {
            guard docSymbol?.year == year || document.date?.year == year else { return false }
        }
        if !issuerCodes.isEmpty {
            // A symbol's issuer code decides; the issuer's name only for documents without one (laws).
            let code = docSymbol?.issuerCode.map(Folding.fold)
            let issuer = Folding.fold(document.issuer ?? "")
            let ok = issuerCodes.contains { c in
                if let code { return Folding.fold(c) == code }
                return kinds.issuer(code: c).map { issuer.contains(Folding.fold($0.name)) } ?? false
            }
            guard ok else { return false }
        }
        if !nameWords.isEmpty {
            guard let name = document.name else { return false }
            let words = Folding.fold(name).split { !$0.isLetter && !$0.isNumber }.map(String.init).dropFirst()
            let common = zip(words, nameWords).prefix { $0 == $1 }.count
            guard common >= min(2, words.count) && common > 0 else { return false }
        }
        return true
    }

    /// "59", "59/2023" → ("59", 2023).
    private static func number(_ token: String) -> (String, Int?)? {
        let parts = token.split(separator: "/")
        guard let first = parts.first, first.allSatisfy(\.isNumber), first.count <= 6 else { return nil }
        if parts.count == 2, parts[1].count == 4, let y = Int(parts[1]) { return (String(first), y) }
        return parts.count == 1 ? (String(first), nil) : nil
    }

    /// "96 / 2023 / NĐCP" → "96/2023/NĐCP": spaces around a separator between a digit or letter.
    private static func joinSeparators(_ text: String) -> String {
        let chars = Array(text)
        var out: [Character] = []
        var i = 0
        while i < chars.count {
            if chars[i] == " " {
                var j = i
                while j < chars.count, chars[j] == " " { j += 1 }
                if j < chars.count, chars[j] == "/" || chars[j] == "-", let prev = out.last, prev.isNumber || prev.isLetter {
                    var k = j + 1
                    while k < chars.count, chars[k] == " " { k += 1 }
                    if k < chars.count, chars[k].isNumber || chars[k].isLetter, prev.isNumber || chars[k].isNumber || chars[j] == "/" {
                        out.append(chars[j])
                        i = k
                        continue
                    }
                }
            } else if chars[i] == "/" || chars[i] == "-", let prev = out.last, prev.isNumber || prev.isLetter {
                var k = i + 1
                while k < chars.count, chars[k] == " " { k += 1 }
                if k > i + 1, k < chars.count, chars[k].isNumber || chars[k].isLetter {
                    out.append(chars[i])
                    i = k
                    continue
                }
            }
            out.append(chars[i])
            i += 1
        }
        return String(out)
    }
}

extension Plan {
    /// The documents this plan cites that answer to a user's reference, in citation order.
    ///
    /// Words after a named kind that name no document ("các luật được nhắc đến") are dropped, so the
    /// reference lists every document of the kind.
    public func documents(matching reference: DocumentReference, kinds: DocumentKinds) -> [LegalDocument] {
        let found = documents.filter { reference.matches($0, kinds: kinds) }
        if found.isEmpty, !reference.nameWords.isEmpty {
            var broader = reference
            broader.nameWords = []
            return documents.filter { broader.matches($0, kinds: kinds) }
        }
        return found
    }
}
