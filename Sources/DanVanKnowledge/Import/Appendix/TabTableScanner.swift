/// Splits a plan pasted as text into paragraphs and tables: consecutive lines with tab-separated cells
/// form a table.
///
/// Inside a table, a line without a tab that starts like a group heading ("II. Nhóm nhiệm vụ …",
/// "B Nhiệm vụ …" — the paste lost the empty cells after it) stays in the table as a group row, and a
/// blank line between two table lines is skipped.
///
///     TabTableScanner.blocks(of: "PHỤ LỤC\nSTT\tNội dung\n1\tHọp")   // [.paragraph, .table(2 rows)]
public enum TabTableScanner {
    public static func blocks(of text: String) -> [PlanBlock] {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            line.hasSuffix("\r") ? String(line.dropLast()) : String(line)
        }
        var blocks: [PlanBlock] = []
        var rows: [TableGrid.Row] = []
        func flush() {
            if !rows.isEmpty { blocks.append(.table(TableGrid(rows: rows))) }
            rows = []
        }
        var i = 0
        while i < lines.count {
            let line = lines[i]
            let number = i + 1
            i += 1
            if line.contains("\t") {
                rows.append(TableGrid.Row(line: number, cells: line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)))
                continue
            }
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if !rows.isEmpty {
                if trimmed.isEmpty, i < lines.count, lines[i].contains("\t") { continue }
                if let cells = groupCells(trimmed) {
                    rows.append(TableGrid.Row(line: number, cells: cells))
                    continue
                }
            }
            flush()
            blocks.append(.paragraph(line))
        }
        flush()
        return blocks
    }

    /// "II. Nhóm nhiệm vụ" → ["II", "Nhóm nhiệm vụ"]; nil for a line that is not numbered so.
    static func groupCells(_ line: String) -> [String]? {
        let parts = line.split(separator: " ", maxSplits: 1)
        guard parts.count == 2 else { return nil }
        let number = parts[0].hasSuffix(".") || parts[0].hasSuffix(")") ? String(parts[0].dropLast()) : String(parts[0])
        guard AppendixTableReader.isGroupNumber(number) else { return nil }
        return [number, String(parts[1])]
    }
}
