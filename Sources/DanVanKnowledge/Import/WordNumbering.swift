/// Word's automatic list numbering (`word/numbering.xml`), enough to write "I.", "1.", "1.1.", "a)".
///
///     <w:num w:numId="3"><w:abstractNumId w:val="0"/></w:num>
///     <w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/>
///       <w:numFmt w:val="upperRoman"/><w:lvlText w:val="%1."/></w:lvl>…
struct WordNumbering {
    struct Level {
        var start = 1
        var format = "decimal"
        var text = "%1."
    }

    /// Counters per list and level, advanced paragraph by paragraph.
    struct Counters {
        var values: [String: [Int: Int]] = [:]
    }

    private var abstractOf: [String: String] = [:]
    private var levels: [String: [Int: Level]] = [:]

    init(xml: [UInt8]) {
        var abstract: String?
        var num: String?
        var level: Int?
        WordXML.walk(xml, text: { _ in }, tag: { tag in
            switch (tag.name, tag.closing) {
            case ("w:abstractNum", false): abstract = tag.attributes["w:abstractNumId"]
            case ("w:abstractNum", true): abstract = nil
            case ("w:num", false): num = tag.attributes["w:numId"]
            case ("w:num", true): num = nil
            case ("w:abstractNumId", false):
                if let num, let v = tag.attributes["w:val"] { abstractOf[num] = v }
            case ("w:lvl", false):
                level = Int(tag.attributes["w:ilvl"] ?? "")
                if let abstract, let level { levels[abstract, default: [:]][level] = Level() }
            case ("w:lvl", true): level = nil
            case ("w:start", false):
                if let abstract, let level, let v = Int(tag.attributes["w:val"] ?? "") { levels[abstract]?[level]?.start = v }
            case ("w:numFmt", false):
                if let abstract, let level, let v = tag.attributes["w:val"] { levels[abstract]?[level]?.format = v }
            case ("w:lvlText", false):
                if let abstract, let level, let v = tag.attributes["w:val"] { levels[abstract]?[level]?.text = v }
            default: break
            }
        })
    }

    /// The label of the next paragraph of list `numId` at `level` ("II.", "1.2.", "-"), or nil.
    func label(numId: String, level: Int, counters: inout Counters) -> String? {
        guard numId != "0", let abstract = abstractOf[numId], let defs = levels[abstract], let def = defs[level] else {
            return nil
        }
        var values = counters.values[abstract] ?? [:]
        values[level] = (values[level] ?? (def.start - 1)) + 1
        for deeper in values.keys where deeper > level { values[deeper] = nil }
        counters.values[abstract] = values
        if def.format == "bullet" { return def.text.unicodeScalars.allSatisfy { $0.value >= 0xF000 } ? "-" : def.text }
        if def.format == "none" { return "" }
        var text = def.text
        for l in 0...level {
            let value = values[l] ?? (defs[l]?.start ?? 1)
            text = text.replacingOccurrences(of: "%\(l + 1)", with: format(value, defs[l]?.format ?? "decimal"))
        }
        return text
    }

    private func format(_ n: Int, _ style: String) -> String {
        switch style {
        case "upperRoman": return LineShape.toRoman(n)
        case "lowerRoman": return LineShape.toRoman(n).lowercased()
        case "lowerLetter": return letter(n)
        case "upperLetter": return letter(n).uppercased()
        default: return String(n)
        }
    }

    private func letter(_ n: Int) -> String {
        let letters = Array("abcdefghijklmnopqrstuvwxyz")
        guard n >= 1 else { return "" }
        return String(letters[(n - 1) % 26])
    }
}

import Foundation
