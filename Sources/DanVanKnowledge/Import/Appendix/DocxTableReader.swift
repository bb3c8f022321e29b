/// Reads a Word document's body as paragraphs and tables (`w:tbl`), for the appendix reader.
///
/// A cell spanning columns (`w:gridSpan`) keeps its text in its first column and leaves the others
/// empty; a cell continuing a vertical merge (`w:vMerge` without `restart`) repeats the text of the
/// cell above; rows marked to repeat on each page (`w:tblHeader`) are flagged. A cell's paragraphs are
/// joined with a line break; a table nested in a cell adds its text to that cell.
///
///     let blocks = DocxTableReader.blocks(of: documentXML)
enum DocxTableReader {
    static func blocks(of xml: [UInt8]) -> [PlanBlock] {
        var blocks: [PlanBlock] = []
        var depth = 0                         // w:tbl nesting
        var paragraph: [UInt8] = []
        var inText = false
        var rows: [TableGrid.Row] = []
        var cells: [String] = []              // the current row, by grid column
        var cell: [UInt8] = []
        var span = 1, continuesMerge = false, repeatsAsHeader = false
        var inRowProperties = false
        WordXML.walk(xml, text: { run in
            guard inText else { return }
            let text = WordXML.decodeEntities(run)
            if depth == 0 { paragraph.append(contentsOf: text) } else { cell.append(contentsOf: text) }
        }, tag: { tag in
            let on = tag.attributes["w:val"].map { !["0", "false", "off"].contains($0) } ?? true
            switch (tag.name, tag.closing) {
            case ("w:tbl", false) where !tag.selfClosing:
                depth += 1
                if depth == 1 { rows = [] }
            case ("w:tbl", true):
                depth -= 1
                if depth == 0 { blocks.append(.table(TableGrid(rows: rows))) }
                depth = max(depth, 0)
            case ("w:tr", false) where depth == 1:
                cells = []
                repeatsAsHeader = false
            case ("w:trPr", false) where depth == 1: inRowProperties = !tag.selfClosing
            case ("w:trPr", true) where depth == 1: inRowProperties = false
            case ("w:tblHeader", false) where depth == 1 && inRowProperties: repeatsAsHeader = on
            case ("w:gridBefore", false) where depth == 1 && inRowProperties:
                cells.append(contentsOf: Array(repeating: "", count: Int(tag.attributes["w:val"] ?? "0") ?? 0))
            case ("w:tr", true) where depth == 1:
                rows.append(TableGrid.Row(line: rows.count + 1, cells: cells, repeatsAsHeader: repeatsAsHeader))
            case ("w:tc", false) where depth == 1:
                cell = []
                span = 1
                continuesMerge = false
            case ("w:gridSpan", false) where depth == 1: span = max(1, min(Int(tag.attributes["w:val"] ?? "1") ?? 1, 64))
            case ("w:vMerge", false) where depth == 1: continuesMerge = tag.attributes["w:val"].map { $0 == "continue" } ?? true
            case ("w:tc", true) where depth == 1:
                let column = cells.count
                var text = String(decoding: cell, as: UTF8.self)
                if continuesMerge, let above = rows.last(where: { !$0.repeatsAsHeader }), column < above.cells.count { text = above.cells[column] }
                cells.append(text)
                cells.append(contentsOf: Array(repeating: "", count: span - 1))
            case ("w:p", true):
                if depth == 0 {
                    blocks.append(.paragraph(String(decoding: paragraph, as: UTF8.self)))
                    paragraph = []
                } else {
                    cell.append(UInt8(ascii: "\n"))
                }
            case ("w:t", false): inText = !tag.selfClosing
            case ("w:t", true): inText = false
            case ("w:tab", false) where tag.attributes["w:pos"] == nil:
                if depth == 0 { paragraph.append(UInt8(ascii: "\t")) } else { cell.append(UInt8(ascii: " ")) }
            case ("w:br", false), ("w:cr", false):
                if depth > 0 { cell.append(UInt8(ascii: "\n")) }
            default: break
            }
        })
        return blocks
    }
}
