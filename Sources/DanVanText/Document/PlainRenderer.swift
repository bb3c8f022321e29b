/// Lays an answer out as plain text (no colour): what `ask` prints and what JSON carries.
///
/// A first, simple layout; `DocumentRenderer` is the full one with widths and colours.
public enum PlainRenderer {
    public static func render(_ doc: AnswerDocument) -> String {
        var lines: [String] = []
        if !doc.title.isEmpty { lines.append(doc.title) }
        for block in doc.blocks {
            switch block {
            case .paragraph(let p): lines.append(p)
            case .note(let n): lines.append(n)
            case .bullets(let items): lines.append(contentsOf: items.map { "- " + $0 })
            case .table(let t):
                let widths = t.headers.indices.map { i in
                    ([t.headers[i]] + t.rows.map { i < $0.count ? $0[i] : "" }).map(\.count).max() ?? 0
                }
                func line(_ cells: [String]) -> String {
                    cells.enumerated().map { i, c in c + String(repeating: " ", count: max(0, widths[i] - c.count)) }
                        .joined(separator: "  ").trimmingTrailingSpaces()
                }
                lines.append(line(t.headers))
                lines.append(contentsOf: t.rows.map(line))
            }
        }
        if let s = doc.source { lines.append("Nguồn: " + s) }
        return lines.joined(separator: "\n")
    }
}

extension String {
    func trimmingTrailingSpaces() -> String {
        var s = self
        while s.last == " " { s.removeLast() }
        return s
    }
}
