import DanVanText

/// Lays several completion candidates out in columns, as a shell lists them.
///
///     CompletionList.layout(["Kinh tế", "Văn hóa - Xã hội", "Văn phòng"], width: 40)
///     // "Kinh tế           Văn phòng\nVăn hóa - Xã hội"
///
/// Candidates run down the columns; widths are display widths; at most `limit` are shown, then a
/// line says how many more there are.
enum CompletionList {
    static let limit = 100

    /// - Parameter oneColumn: one candidate a line (candidates with labels, such as task titles).
    static func layout(_ candidates: [String], width: Int, oneColumn: Bool = false) -> String {
        let shown = Array(candidates.prefix(limit))
        let widths = shown.map(DisplayWidth.of)
        let columnWidth = (widths.max() ?? 0) + 2
        let columns = oneColumn ? 1 : max(1, min(shown.count, (width + 2) / max(1, columnWidth)))
        let rows = (shown.count + columns - 1) / columns
        var lines: [String] = []
        for row in 0..<rows {
            var line = ""
            for column in 0..<columns {
                let index = column * rows + row
                guard index < shown.count else { continue }
                let isLast = column == columns - 1 || index + rows >= shown.count
                line += shown[index] + (isLast ? "" : String(repeating: " ", count: columnWidth - widths[index]))
            }
            lines.append(line)
        }
        if candidates.count > shown.count { lines.append(Msg.replMoreCompletions(candidates.count - shown.count)) }
        return lines.joined(separator: "\n")
    }
}
