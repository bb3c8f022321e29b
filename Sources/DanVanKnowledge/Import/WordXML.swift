/// A small scanner over WordprocessingML: paragraphs, runs of text, tabs, breaks, numbering.
///
/// Only what a plan's text needs: `w:p` ends a line, `w:t` holds text, `w:tab` is a tab, `w:br` and
/// `w:cr` break the line; deleted text (`w:delText`) and field codes (`w:instrText`) are skipped.
enum WordXML {
    /// One tag: its name and attributes, whether it closes or is self-closing.
    struct Tag {
        var name: String
        var attributes: [String: String]
        var closing: Bool
        var selfClosing: Bool
    }

    static func paragraphs(_ xml: [UInt8], numbering: WordNumbering?) -> [String] {
        paragraphsAndNotes(xml, numbering: numbering).lines
    }

    /// The paragraphs, each footnote call (`w:footnoteReference`) written "[1]", "[2]"… in order of
    /// appearance as Word numbers them; `footnotes` lists the called notes' ids in that order.
    static func paragraphsAndNotes(_ xml: [UInt8], numbering: WordNumbering?) -> (lines: [String], footnotes: [String]) {
        var footnotes: [String] = []
        var counters = WordNumbering.Counters()
        var lines: [String] = []
        var line: [UInt8] = []
        var inText = false
        var numId: String?, level = 0
        var inParagraphProperties = false
        walk(xml, text: { run in
            if inText { line.append(contentsOf: decodeEntities(run)) }
        }, tag: { tag in
            switch (tag.name, tag.closing) {
            case ("w:p", false):
                line = []
                numId = nil
                level = 0
                if tag.selfClosing { lines.append("") }
            case ("w:p", true):
                var text = String(decoding: line, as: UTF8.self)
                if let numbering, let id = numId, let label = numbering.label(numId: id, level: level, counters: &counters) {
                    text = label.isEmpty ? text : label + " " + text
                }
                lines.append(contentsOf: text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init))
                line = []
            case ("w:pPr", false): inParagraphProperties = !tag.selfClosing
            case ("w:pPr", true): inParagraphProperties = false
            case ("w:numId", false) where inParagraphProperties: numId = tag.attributes["w:val"]
            case ("w:ilvl", false) where inParagraphProperties: level = Int(tag.attributes["w:val"] ?? "0") ?? 0
            case ("w:t", false): inText = !tag.selfClosing
            case ("w:t", true): inText = false
            case ("w:tab", false) where !inParagraphProperties: line.append(UInt8(ascii: "\t"))
            case ("w:br", false), ("w:cr", false): line.append(UInt8(ascii: "\n"))
            case ("w:noBreakHyphen", false): line.append(UInt8(ascii: "-"))
            case ("w:footnoteReference", false):
                if let id = tag.attributes["w:id"] {
                    footnotes.append(id)
                    line.append(contentsOf: Array("[\(footnotes.count)]".utf8))
                }
            default: break
            }
        })
        return (lines, footnotes)
    }

    /// The text of each note of `word/footnotes.xml` by id, its paragraphs joined by a space; Word's
    /// separator notes (no text) are left out.
    static func footnotes(_ xml: [UInt8]) -> [String: String] {
        var notes: [String: String] = [:]
        var id: String?
        var paragraphs: [String] = []
        var line: [UInt8] = []
        var inText = false
        walk(xml, text: { run in
            if inText, id != nil { line.append(contentsOf: decodeEntities(run)) }
        }, tag: { tag in
            switch (tag.name, tag.closing) {
            case ("w:footnote", false):
                id = tag.selfClosing ? nil : tag.attributes["w:id"]
                paragraphs = []
                line = []
            case ("w:footnote", true):
                let text = paragraphs.joined(separator: " ").trimmingCharacters(in: .whitespaces)
                if let id, !text.isEmpty { notes[id] = text }
                id = nil
            case ("w:p", true):
                let text = String(decoding: line, as: UTF8.self).trimmingCharacters(in: .whitespaces)
                if !text.isEmpty { paragraphs.append(text) }
                line = []
            case ("w:t", false): inText = !tag.selfClosing
            case ("w:t", true): inText = false
            case ("w:tab", false): line.append(UInt8(ascii: " "))
            default: break
            }
        })
        return notes
    }

    /// Walks `xml` once, in order: `text` gets each run of character data (entities not decoded yet),
    /// `tag` each tag; a tag that does not close ends the walk. The one loop of every WordprocessingML
    /// reader (paragraphs, footnotes, tables, numbering).
    static func walk(_ xml: [UInt8], text: (ArraySlice<UInt8>) -> Void, tag: (Tag) -> Void) {
        var i = 0
        let n = xml.count
        while i < n {
            if xml[i] != UInt8(ascii: "<") {
                let start = i
                while i < n, xml[i] != UInt8(ascii: "<") { i += 1 }
                text(xml[start..<i])
                continue
            }
            guard let (found, end) = readTag(xml, at: i) else { break }
            i = end
            tag(found)
        }
    }

    /// The tag at `i` (which is "<") and the index after it; comments and declarations are skipped.
    static func readTag(_ xml: [UInt8], at i: Int) -> (Tag, Int)? {
        let n = xml.count
        var j = i + 1
        guard j < n else { return nil }
        if xml[j] == UInt8(ascii: "!") || xml[j] == UInt8(ascii: "?") {
            while j < n, xml[j] != UInt8(ascii: ">") { j += 1 }
            return (Tag(name: "", attributes: [:], closing: false, selfClosing: true), j + 1)
        }
        var closing = false
        if xml[j] == UInt8(ascii: "/") { closing = true; j += 1 }
        let nameStart = j
        while j < n, !isSpace(xml[j]), xml[j] != UInt8(ascii: ">"), xml[j] != UInt8(ascii: "/") { j += 1 }
        let name = String(decoding: xml[nameStart..<j], as: UTF8.self)
        var attributes: [String: String] = [:]
        var selfClosing = false
        while j < n, xml[j] != UInt8(ascii: ">") {
            if xml[j] == UInt8(ascii: "/") { selfClosing = true; j += 1; continue }
            if isSpace(xml[j]) { j += 1; continue }
            let keyStart = j
            while j < n, xml[j] != UInt8(ascii: "="), !isSpace(xml[j]), xml[j] != UInt8(ascii: ">") { j += 1 }
            let key = String(decoding: xml[keyStart..<j], as: UTF8.self)
            while j < n, isSpace(xml[j]) || xml[j] == UInt8(ascii: "=") { j += 1 }
            guard j < n, xml[j] == UInt8(ascii: "\"") || xml[j] == UInt8(ascii: "'") else { continue }
            let quote = xml[j]
            j += 1
            let valueStart = j
            while j < n, xml[j] != quote { j += 1 }
            attributes[key] = String(decoding: decodeEntities(xml[valueStart..<min(j, n)]), as: UTF8.self)
            j += 1
        }
        guard j < n else { return nil }
        return (Tag(name: name, attributes: attributes, closing: closing, selfClosing: selfClosing), j + 1)
    }

    private static func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D }

    /// `&amp;` `&lt;` `&gt;` `&quot;` `&apos;` `&#NNN;` `&#xHH;`.
    static func decodeEntities(_ bytes: ArraySlice<UInt8>) -> [UInt8] {
        guard bytes.contains(UInt8(ascii: "&")) else { return Array(bytes) }
        var out: [UInt8] = []
        var i = bytes.startIndex
        while i < bytes.endIndex {
            if bytes[i] == UInt8(ascii: "&"), let semi = bytes[i...].prefix(12).firstIndex(of: UInt8(ascii: ";")) {
                let entity = String(decoding: bytes[(i + 1)..<semi], as: UTF8.self)
                var scalar: Unicode.Scalar?
                switch entity {
                case "amp": scalar = "&"
                case "lt": scalar = "<"
                case "gt": scalar = ">"
                case "quot": scalar = "\""
                case "apos": scalar = "'"
                default:
                    if entity.hasPrefix("#x") || entity.hasPrefix("#X") {
                        scalar = UInt32(entity.dropFirst(2), radix: 16).flatMap(Unicode.Scalar.init)
                    } else if entity.hasPrefix("#") {
                        scalar = UInt32(entity.dropFirst()).flatMap(Unicode.Scalar.init)
                    }
                }
                if let scalar {
                    out.append(contentsOf: Array(String(Character(scalar)).utf8))
                    i = semi + 1
                    continue
                }
            }
            out.append(bytes[i])
            i += 1
        }
        return out
    }
}
