/// Lays an answer out as plain text (no colour): what `ask` prints and what JSON carries.
///
///     PlainRenderer.render(AnswerDocument(title: "Mục đích", blocks: [.bullets(["Nâng cao nhận thức"])]))
///     // "Mục đích\n• Nâng cao nhận thức"
///
/// The same layout as `DocumentRenderer` without wrapping (a pipe, a file or JSON: the reader wraps),
/// without any escape code. Tables are still aligned.
public enum PlainRenderer {
    /// Wide enough that no sentence is broken: a line break inside a sentence would only hinder a script.
    public static let width = 100_000

    /// The answer as plain text, lines joined by `\n`, without a final newline.
    ///
    /// Measured hot path (a quarter of answering a question was laying its answer out cell by cell):
    /// a text whose every character is one column and one scalar (`isSimple`: Vietnamese, Latin,
    /// punctuation) is laid out on its words directly, as `DocumentRenderer` would lay it out with no
    /// line to wrap and no colour; any other text, and tables, go through `DocumentRenderer` itself.
    public static func render(_ doc: AnswerDocument) -> String {
        let renderer = DocumentRenderer(width: width, color: false)
        var out: [String] = []
        func add(_ text: String, first: String = "", next: String = "") {
            if let lines = simpleLines(text, first: first, next: next) {
                out += lines
            } else {
                out += LineWrapper.wrap(StyledText(text, style: .plain), width: renderer.width,
                                        firstPrefix: StyledText(first, style: .plain), nextPrefix: StyledText(next, style: .plain))
                    .map { $0.rendered(color: false) }
            }
        }
        let title = TextSanitizer.sanitize(doc.title)
        if !title.allSatisfy({ $0 == " " }) { add(title) }
        for block in doc.blocks {
            switch block {
            case .paragraph(let text), .note(let text), .heading(let text):
                add(TextSanitizer.sanitize(text))
            case .bullets(let items):
                for item in items { add(TextSanitizer.sanitize(item), first: DocumentRenderer.bullet, next: "  ") }
            case .table:
                out += renderer.lines(of: AnswerDocument(blocks: [block])).map { $0.rendered(color: false) }
            }
        }
        if let source = doc.source.map({ TextSanitizer.sanitize($0, keepingNewlines: false) }), !source.isEmpty {
            add(Msg.sourceLine(source))
        }
        return out.joined(separator: "\n")
    }

    /// The lines of sanitized `text` as `LineWrapper` lays them out without a width limit and prints them
    /// without colour: each `\n`-line's words joined by one space after its prefix (`first`, then `next`),
    /// trailing spaces dropped. Nil unless `text` is simple and short enough that no line can wrap.
    static func simpleLines(_ text: String, first: String, next: String) -> [String]? {
        guard text.utf8.count + max(first.utf8.count, next.utf8.count) < width, isSimple(text) else { return nil }
        var lines: [String] = []
        var line: [UInt8] = []
        var text = text
        // On the bytes: in simple text " " and "\n" are characters of their own, one byte each.
        text.withUTF8 { bytes in
            var i = 0
            while true {
                line.removeAll(keepingCapacity: true)
                line.append(contentsOf: (lines.isEmpty ? first : next).utf8)
                var hasWord = false
                while i < bytes.count, bytes[i] != 0x0A {
                    if bytes[i] == 0x20 { i += 1; continue }
                    if hasWord { line.append(0x20) }
                    let start = i
                    while i < bytes.count, bytes[i] != 0x20, bytes[i] != 0x0A { i += 1 }
                    line.append(contentsOf: bytes[start..<i])
                    hasWord = true
                }
                if !hasWord { while line.last == 0x20 { line.removeLast() } }
                lines.append(String(decoding: line, as: UTF8.self))
                if i >= bytes.count { break }
                i += 1
            }
        }
        return lines
    }

    /// Whether every scalar of `text` is a character of its own, one column wide (`DisplayWidth`'s
    /// fast set: printable ASCII, Latin, precomposed Vietnamese, common punctuation), or a newline:
    /// then splitting on the bytes of " " and "\n" splits on those characters, and width is a count.
    static func isSimple(_ text: String) -> Bool {
        for u in text.unicodeScalars {
            let v = u.value
            guard v == 0x0A || (v >= 0x20 && v < 0x7F) || (v >= 0xA0 && v < 0x0300) || (0x1EA0...0x1EF9).contains(v)
                    || (0x2010...0x2027).contains(v) || (0x2030...0x205E).contains(v) else { return false }
        }
        return true
    }
}
