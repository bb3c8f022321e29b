import DanVanText
import Foundation

/// A document's "số, ký hiệu", parsed and normalised.
///
///     DocumentSymbol.parse("96/2023/NĐCP", kinds: kinds)?.text      // "96/2023/NĐ-CP"
///     DocumentSymbol.parse("1669/nqubtvqh15", kinds: kinds)?.text   // "1669/NQ-UBTVQH15"
///     DocumentSymbol.parse("23 - qd / tw", kinds: kinds)?.text      // "23-QĐ/TW"
///
/// Forms (DOMAIN §2): administrative `3177/QĐ-UBND`, normative `59/2023/NĐ-CP`, law `10/2022/QH15`,
/// standing committee `1669/NQ-UBTVQH15`, Party `114-KL/TW`; messy forms with spaces around the
/// separators, lower case, a glued type and issuer (`NĐCP`) or the look-alike `Ð`.
public struct DocumentSymbol: Hashable, Sendable, CustomStringConvertible {
    /// How the symbol is written: `number/TYPE-ISSUER` or the Party's `number-TYPE/ISSUER`.
    public enum Style: String, Sendable { case administrative, party }

    /// The number as written ("3177", "02").
    public var number: String
    /// The year of a normative document ("2023" of `59/2023/NĐ-CP`).
    public var year: Int?
    /// The type abbreviation in its canonical spelling ("QĐ", "NĐ"); nil for a law (`QH15`) or a công văn.
    public var type: String?
    /// Everything after the type: "UBND", "TTg", "UBTVQH15", "BNV-CTTN&BĐG".
    public var issuer: String?
    public var style: Style

    public init(number: String, year: Int? = nil, type: String? = nil, issuer: String? = nil, style: Style = .administrative) {
        self.number = number
        self.year = year
        self.type = type
        self.issuer = issuer
        self.style = style
    }

    /// The normalised text: `3177/QĐ-UBND`, `59/2023/NĐ-CP`, `114-KL/TW`, `10/2022/QH15`.
    public var text: String {
        switch style {
        case .party:
            return number + "-" + (type ?? "") + (issuer.map { "/" + $0 } ?? "")
        case .administrative:
            var s = number + "/"
            if let year { s += "\(year)/" }
            if let type {
                s += type
                if let issuer { s += "-" + issuer }
            } else if let issuer {
                s += issuer
            }
            return s
        }
    }

    public var description: String { text }

    /// The issuer code without its department or term ("UBTVQH" of `UBTVQH15`, "BNV" of `BNV-CTTN&BĐG`).
    public var issuerCode: String? {
        guard let issuer else { return nil }
        let head = issuer.split(separator: "-").first.map(String.init) ?? issuer
        return DocumentKinds.stripTerm(head)
    }

    /// Identity of the document whatever the style, as a string key (`identity`'s fields).
    public var key: String { identity.description }

    /// What identifies the document whatever the spelling of its symbol.
    public var identity: Identity {
        Identity(number: Self.trimZeros(number), year: year, letters: Identity.letters(of: (type ?? "") + (issuer ?? "")))
    }

    /// Whether this (possibly partial, user-typed) symbol designates the same document as `other`
    /// (`Identity.matches`: the one matching rule of danvan).
    public func matches(_ other: DocumentSymbol) -> Bool { identity.matches(other.identity) }

    static func trimZeros(_ n: String) -> String {
        let t = n.drop { $0 == "0" }
        return t.isEmpty ? "0" : String(t)
    }

    /// Parses a whole string as a symbol, in any case, with spaces around the separators.
    ///
    /// - Parameter text: the symbol alone ("33/ct-ttg", "27/NQ- TW").
    /// - Returns: the symbol, or nil when `text` is not one.
    public static func parse(_ text: String, kinds: DocumentKinds) -> DocumentSymbol? {
        let chars = Array(Folding.nfc(text.trimmingCharacters(in: .whitespacesAndNewlines)))
        guard let first = chars.first, first.isNumber else { return nil }
        var scanner = DocumentSymbolScanner(chars: chars, kinds: kinds, strict: false)
        guard let (symbol, end) = scanner.symbol(at: 0) else { return nil }
        let rest = chars[end...].filter { !$0.isWhitespace && $0 != "." && $0 != "," && $0 != ";" }
        return rest.isEmpty ? symbol : nil
    }

    /// Every symbol written in running text, with its character range; codes in lower case are
    /// not taken (they are words), except the known mixed-case ones (`TTg`).
    ///
    ///     DocumentSymbol.scan("Chỉ thị số 33/CT-TTg ngày 26/11/2021", kinds: kinds).map(\.symbol.text)
    ///     // ["33/CT-TTg"]
    public static func scan(_ text: String, kinds: DocumentKinds) -> [(symbol: DocumentSymbol, range: Range<Int>)] {
        scan(Array(text), kinds: kinds)
    }

    static func scan(_ chars: [Character], kinds: DocumentKinds) -> [(symbol: DocumentSymbol, range: Range<Int>)] {
        var found: [(symbol: DocumentSymbol, range: Range<Int>)] = []
        var scanner = DocumentSymbolScanner(chars: chars, kinds: kinds, strict: true)
        var i = 0
        while i < chars.count {
            let c = chars[i]
            if c.isNumber, i == 0 || !(chars[i - 1].isLetter || chars[i - 1].isNumber || "/-.,".contains(chars[i - 1])) {
                if let (symbol, end) = scanner.symbol(at: i) {
                    found.append((symbol, i..<end))
                    i = end
                    continue
                }
                while i < chars.count, chars[i].isNumber { i += 1 }
                continue
            }
            i += 1
        }
        return found
    }
}
