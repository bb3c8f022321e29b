/// Lays out one table of an answer: aligned columns that fit the width, or records when too narrow.
///
///     // width 40, headers ["Số hiệu", "Trích yếu"], a long subject in a wrapping column 1:
///     // Số hiệu    Trích yếu
///     // ─────────  ─────────────────────────────
///     // 33/CT-TTg  Về việc đẩy mạnh công tác dân
///     //            vận
///
/// Cells are single lines (a newline becomes a space); when any row wraps, rows are separated by a
/// blank line so they stay apart. The header is bold, the rule dim, deadline cells coloured.
struct TableRenderer {
    let width: Int
    let matcher: MarkMatcher
    let renderer: DocumentRenderer

    func lines(of table: AnswerDocument.Table) -> [StyledText] {
        let columnCount = max(table.headers.count, table.rows.map(\.count).max() ?? 0)
        guard columnCount > 0 else { return [] }
        let headers = (0..<columnCount).map { column in
            renderer.styled(column < table.headers.count ? table.headers[column] : "", style: TextStyle(bold: true),
                            matcher: .none, keepingNewlines: false)
        }
        let rows = table.rows.enumerated().map { index, row in
            (0..<columnCount).map { column -> StyledText in
                var cell = renderer.styled(column < row.count ? row[column] : "", matcher: matcher, keepingNewlines: false)
                let urgency = index < table.urgency.count ? table.urgency[index] : .none
                if table.deadlineColumn == nil || table.deadlineColumn == column {
                    cell.restyleAll(with: DocumentRenderer.style(for: urgency))
                }
                return cell
            }
        }
        let natural = (0..<columnCount).map { column in
            ([headers[column]] + rows.map { $0[column] }).map(\.width).max() ?? 0
        }
        guard let widths = TableLayout.columnWidths(natural: natural, wrappable: table.wrapColumns,
                                                     available: width, gap: DocumentRenderer.columnGap) else {
            return records(headers: headers, rows: rows)
        }
        var out = line(of: headers, widths: widths)
        out.append(rule(widths: widths))
        let body = rows.map { line(of: $0, widths: widths) }
        let separated = body.contains { $0.count > 1 }
        for (index, rowLines) in body.enumerated() {
            if separated, index > 0 { out.append(StyledText()) }
            out += rowLines
        }
        return out
    }

    /// One table row as lines: each cell wrapped to its column, padded so the next column aligns.
    private func line(of cells: [StyledText], widths: [Int]) -> [StyledText] {
        let wrapped = cells.indices.map { column in
            LineWrapper.wrap(cells[column], width: widths[column])
        }
        let height = wrapped.map(\.count).max() ?? 1
        return (0..<height).map { row in
            var text = StyledText()
            for column in cells.indices {
                let piece = row < wrapped[column].count ? wrapped[column][row] : StyledText()
                text = text + piece
                if column < cells.count - 1 {
                    text = text + .spaces(widths[column] - piece.width + DocumentRenderer.columnGap)
                }
            }
            return text
        }
    }

    private func rule(widths: [Int]) -> StyledText {
        let text = widths.map { String(repeating: "─", count: $0) }
            .joined(separator: String(repeating: " ", count: DocumentRenderer.columnGap))
        return StyledText(text, style: TextStyle(dim: true))
    }

    /// Too narrow for columns: each row as a bullet of "header: value" lines.
    private func records(headers: [StyledText], rows: [[StyledText]]) -> [StyledText] {
        rows.flatMap { row -> [StyledText] in
            row.indices.flatMap { column -> [StyledText] in
                let label = headers[column].isEmpty ? StyledText() : headers[column] + StyledText(": ", style: .plain)
                let first = column == 0 ? StyledText(DocumentRenderer.bullet, style: .plain) : .spaces(2)
                return LineWrapper.wrap(label + row[column], width: width, firstPrefix: first, nextPrefix: .spaces(4))
            }
        }
    }
}
