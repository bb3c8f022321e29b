import DanVanText
import Foundation

/// Renders a report layout as a .docx (WordprocessingML): A4, margins and fonts of Nghị định
/// 30/2020/NĐ-CP, the header block as a borderless two-column table.
///
///     let data = try DocxReportWriter.write(layout)   // a ZIP: word/document.xml holds the text
enum DocxReportWriter {
    /// A4 text width in twips: 11906 minus the 30 mm left and 20 mm right margins.
    static let textWidth = 9071

    /// - Throws: A ZIP error if the package cannot be assembled.
    static func write(_ layout: ReportLayout) throws -> Data {
        try DocxPackage.zip(document: document(layout))
    }

    static func document(_ layout: ReportLayout) -> String {
        DocxPackage.xmlDeclaration
            + "<w:document xmlns:w=\"\(DocxPackage.wordNamespace)\" "
            + "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><w:body>"
            + layout.blocks.map(block).joined()
            + "<w:sectPr><w:pgSz w:w=\"11906\" w:h=\"16838\"/>"
            + "<w:pgMar w:top=\"1134\" w:right=\"1134\" w:bottom=\"1134\" w:left=\"1701\" w:header=\"567\" w:footer=\"567\" w:gutter=\"0\"/>"
            + "</w:sectPr></w:body></w:document>"
    }

    static func block(_ block: ReportLayout.Block) -> String {
        switch block {
        case .header(let h):
            let left = paragraph(h.authority, style: "HeaderLine")
                + (h.office.map { paragraph($0, style: "HeaderLine", bold: true) } ?? "")
                + paragraph(h.numberLine, style: "HeaderLine")
            let right = paragraph(Msg.reportNationalName, style: "HeaderLine", bold: true)
                + paragraph(Msg.reportMotto, style: "Motto")
                + paragraph(h.placeDate, style: "PlaceDate")
            return table(widths: [3600, textWidth - 3600], rows: [[left, right]], borders: false)
        case .title(let s): return paragraph(s, style: "ReportTitle")
        case .subject(let s): return paragraph(s, style: "ReportSubject")
        case .heading(let s): return paragraph(s, style: "Heading1")
        case .subheading(let s): return paragraph(s, style: "Heading2")
        case .minorHeading(let s): return paragraph(s, style: "Heading3")
        case .paragraph(let s): return paragraph(s, style: "BodyText")
        case .item(let s, let details):
            return paragraph("– " + s, style: "TaskItem") + details.map { paragraph($0, style: "TaskDetail") }.joined()
        case .placeholder(let s): return paragraph(s, style: "Placeholder")
        case .table(let headers, let rows):
            let cells = [headers.map { paragraph($0, style: "TableText", bold: true) }]
                + rows.map { $0.map { paragraph($0, style: "TableText") } }
            return table(widths: widths(headers: headers, rows: rows), rows: cells, borders: true)
        case .closing(let recipients, let signature):
            let left = paragraph(Msg.reportRecipientsLabel, style: "Recipients", bold: true, italic: true)
                + recipients.map { paragraph($0, style: "Recipients") }.joined()
            let right = paragraph(signature, style: "PlaceDate")
            return paragraph("", style: "BodyText") + table(widths: [4300, textWidth - 4300], rows: [[left, right]], borders: false)
        }
    }

    /// One paragraph of one run; line breaks in `text` become `<w:br/>`.
    static func paragraph(_ text: String, style: String, bold: Bool = false, italic: Bool? = nil) -> String {
        var rPr = bold ? "<w:b/>" : ""
        if let italic { rPr += italic ? "<w:i/>" : "<w:i w:val=\"0\"/>" }
        let runProperties = rPr.isEmpty ? "" : "<w:rPr>\(rPr)</w:rPr>"
        let runs = text.split(separator: "\n", omittingEmptySubsequences: false).map {
            "<w:t xml:space=\"preserve\">\(escape(String($0)))</w:t>"
        }.joined(separator: "<w:br/>")
        return "<w:p><w:pPr><w:pStyle w:val=\"\(style)\"/></w:pPr><w:r>\(runProperties)\(runs)</w:r></w:p>"
    }

    /// A table whose cells are already paragraphs.
    static func table(widths: [Int], rows: [[String]], borders: Bool) -> String {
        let edge = borders ? "w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"000000\"" : "w:val=\"nil\""
        let border = ["top", "left", "bottom", "right", "insideH", "insideV"].map { "<w:\($0) \(edge)/>" }.joined()
        var xml = "<w:tbl><w:tblPr><w:tblW w:w=\"\(widths.reduce(0, +))\" w:type=\"dxa\"/>"
            + "<w:tblBorders>\(border)</w:tblBorders><w:tblLayout w:type=\"fixed\"/></w:tblPr><w:tblGrid>"
            + widths.map { "<w:gridCol w:w=\"\($0)\"/>" }.joined() + "</w:tblGrid>"
        for row in rows {
            xml += "<w:tr>"
            for (i, cell) in row.enumerated() {
                let w = i < widths.count ? widths[i] : widths.last ?? textWidth
                xml += "<w:tc><w:tcPr><w:tcW w:w=\"\(w)\" w:type=\"dxa\"/></w:tcPr>\(cell.isEmpty ? "<w:p/>" : cell)</w:tc>"
            }
            xml += "</w:tr>"
        }
        return xml + "</w:tbl>"
    }

    /// Column widths proportional to each column's longest text, within bounds, filling the text width.
    static func widths(headers: [String], rows: [[String]]) -> [Int] {
        let weights = headers.indices.map { i -> Int in
            let longest = ([headers[i]] + rows.map { i < $0.count ? $0[i] : "" }).map(\.count).max() ?? 1
            return min(max(longest, 4), 40)
        }
        let total = weights.reduce(0, +)
        var widths = weights.map { $0 * textWidth / total }
        widths[widths.count - 1] += textWidth - widths.reduce(0, +)
        return widths
    }

    /// Text safe inside an XML element: markup characters escaped, characters XML 1.0 forbids dropped.
    static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "\t": out.unicodeScalars.append(scalar)
            default:
                let v = scalar.value
                if v < 0x20 || (0xFFFE...0xFFFF).contains(v) { continue }
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
