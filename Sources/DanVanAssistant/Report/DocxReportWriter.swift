import DanVanText
import Foundation

/// Renders a report layout as a .docx (WordprocessingML) per Nghị định 30/2020/NĐ-CP, Phụ lục I: A4,
/// margins and Times New Roman sizes; the header block as a borderless two-column table wide enough
/// for a one-line Quốc hiệu, with short rules under the issuing body, under the motto and under the
/// subject; page numbers top centre from page 2 (a header part with a PAGE field, a blank first-page
/// header); "Nơi nhận" 12 pt / 11 pt; the signature block's position and name. Every part is built
/// with `XMLWriter`.
///
///     let data = try DocxReportWriter.write(layout)   // a ZIP: word/document.xml holds the text
enum DocxReportWriter {
    /// A4 text width in twips: 11906 minus the 30 mm left and 20 mm right margins.
    static let textWidth = 9071
    /// The header table's columns: the right one holds "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" (13 pt
    /// bold, about 5,400 twips) on one line; the table reaches `headerOutdent` into the left margin.
    static let headerColumns = [3600, 5900]
    static let headerOutdent = 215
    /// Lengths of the short rules, in twips.
    static let bodyRule = 1300
    static let mottoRule = 3300
    static let subjectRule = 2300
    static let cellMargins = 216

    /// - Throws: A ZIP error if the package cannot be assembled.
    static func write(_ layout: ReportLayout) throws -> Data {
        try DocxPackage.zip(document: document(layout), headers: [
            (DocxPackage.pageHeaderID, pageNumberHeader), (DocxPackage.firstPageHeaderID, firstPageHeader),
        ])
    }

    static func document(_ layout: ReportLayout) -> String {
        var x = XMLWriter()
        x.open("w:document", ["xmlns:w": DocxPackage.wordNamespace, "xmlns:r": DocxPackage.relationshipNamespace])
        x.open("w:body")
        for b in layout.blocks { block(b, &x) }
        x.open("w:sectPr")
        x.element("w:headerReference", ["w:type": "default", "r:id": DocxPackage.pageHeaderID])
        x.element("w:headerReference", ["w:type": "first", "r:id": DocxPackage.firstPageHeaderID])
        x.element("w:pgSz", ["w:w": "11906", "w:h": "16838"])
        x.element("w:pgMar", ["w:top": "1134", "w:right": "1134", "w:bottom": "1134", "w:left": "1701",
                              "w:header": "567", "w:footer": "567", "w:gutter": "0"])
        x.element("w:pgNumType", ["w:fmt": "decimal", "w:start": "1"])
        // A different first page: its header is blank, so numbers show from page 2.
        x.element("w:titlePg")
        x.close()
        x.close()
        x.close()
        return x.document
    }

    static func block(_ block: ReportLayout.Block, _ x: inout XMLWriter) {
        switch block {
        case .header(let h):
            table(&x, widths: headerColumns, indent: -headerOutdent, borders: false, rows: [[
                { x in
                    paragraph(&x, h.authority, style: "HeaderLine")
                    if let office = h.office { paragraph(&x, office, style: "HeaderLine", bold: true) }
                    rule(&x, width: bodyRule, within: headerColumns[0])
                    paragraph(&x, h.numberLine, style: "HeaderLine")
                },
                { x in
                    paragraph(&x, Msg.reportNationalName, style: "NationalName", bold: true)
                    paragraph(&x, Msg.reportMotto, style: "Motto")
                    rule(&x, width: mottoRule, within: headerColumns[1])
                    paragraph(&x, h.placeDate, style: "PlaceDate")
                },
            ]])
        case .title(let s): paragraph(&x, s, style: "ReportTitle")
        case .subject(let s):
            paragraph(&x, s, style: "ReportSubject")
            rule(&x, width: subjectRule, within: textWidth)
            paragraph(&x, "", style: "BodyText")
        case .heading(let s): paragraph(&x, s, style: "Heading1")
        case .subheading(let s): paragraph(&x, s, style: "Heading2")
        case .minorHeading(let s): paragraph(&x, s, style: "Heading3")
        case .paragraph(let s): paragraph(&x, s, style: "BodyText")
        case .item(let s, let details):
            paragraph(&x, "– " + s, style: "TaskItem")
            for d in details { paragraph(&x, d, style: "TaskDetail") }
        case .placeholder(let s): paragraph(&x, s, style: "Placeholder")
        case .table(let headers, let rows):
            let cells: [[(inout XMLWriter) -> Void]] = [headers.map { h in { x in paragraph(&x, h, style: "TableText", bold: true) } }]
                + rows.map { row in row.map { c in { x in paragraph(&x, c, style: "TableText") } } }
            table(&x, widths: widths(headers: headers, rows: rows), indent: 0, borders: true, rows: cells)
        case .closing(let recipients, let signer):
            paragraph(&x, "", style: "BodyText")
            table(&x, widths: [4300, textWidth - 4300], indent: 0, borders: false, rows: [[
                { x in
                    paragraph(&x, Msg.reportRecipientsLabel, style: "RecipientsLabel", bold: true, italic: true)
                    for r in recipients { paragraph(&x, r, style: "Recipients") }   // each starts with its "- "
                },
                { x in
                    for line in signer.lines { paragraph(&x, line, style: "SignerLine", bold: true) }
                    for _ in 0..<4 { paragraph(&x, "", style: "SignerLine") }
                    paragraph(&x, signer.signedName, style: "SignerLine", bold: true)
                },
            ]])
        }
    }

    /// One paragraph of one run; line breaks in `text` become `<w:br/>`.
    static func paragraph(_ x: inout XMLWriter, _ text: String, style: String, bold: Bool = false, italic: Bool? = nil) {
        x.open("w:p")
        x.open("w:pPr")
        x.element("w:pStyle", ["w:val": style])
        x.close()
        if !text.isEmpty {
            x.open("w:r")
            if bold || italic != nil {
                x.open("w:rPr")
                if bold { x.element("w:b") }
                if let italic { x.element("w:i", italic ? [:] : ["w:val": "0"]) }
                x.close()
            }
            for (i, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                if i > 0 { x.element("w:br") }
                x.element("w:t", ["xml:space": "preserve"], text: String(line))
            }
            x.close()
        }
        x.close()
    }

    /// A short centred rule: an empty paragraph whose top border spans `width` of a `within`-wide cell.
    static func rule(_ x: inout XMLWriter, width: Int, within: Int) {
        let side = max(0, (within - cellMargins - width) / 2)
        x.open("w:p")
        x.open("w:pPr")
        x.element("w:pStyle", ["w:val": "Rule"])
        x.open("w:pBdr")
        x.element("w:top", ["w:val": "single", "w:sz": "6", "w:space": "1", "w:color": "000000"])
        x.close()
        x.element("w:spacing", ["w:before": "20", "w:after": "0", "w:line": "120", "w:lineRule": "exact"])
        x.element("w:ind", ["w:left": "\(side)", "w:right": "\(side)"])
        x.close()
        x.close()
    }

    /// A fixed-layout table; each cell writes its own paragraphs.
    static func table(_ x: inout XMLWriter, widths: [Int], indent: Int, borders: Bool, rows: [[(inout XMLWriter) -> Void]]) {
        x.open("w:tbl")
        x.open("w:tblPr")
        x.element("w:tblW", ["w:w": "\(widths.reduce(0, +))", "w:type": "dxa"])
        if indent != 0 { x.element("w:tblInd", ["w:w": "\(indent)", "w:type": "dxa"]) }
        x.open("w:tblBorders")
        for side in ["top", "left", "bottom", "right", "insideH", "insideV"] {
            if borders {
                x.element("w:\(side)", ["w:val": "single", "w:sz": "4", "w:space": "0", "w:color": "000000"])
            } else {
                x.element("w:\(side)", ["w:val": "nil"])
            }
        }
        x.close()
        x.element("w:tblLayout", ["w:type": "fixed"])
        x.close()
        x.open("w:tblGrid")
        for w in widths { x.element("w:gridCol", ["w:w": "\(w)"]) }
        x.close()
        for row in rows {
            x.open("w:tr")
            for (i, cell) in row.enumerated() {
                let w = i < widths.count ? widths[i] : widths.last ?? textWidth
                x.open("w:tc")
                x.open("w:tcPr")
                x.element("w:tcW", ["w:w": "\(w)", "w:type": "dxa"])
                x.close()
                cell(&x)
                x.close()
            }
            x.close()
        }
        x.close()
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

    /// The page header from page 2: the page number (a PAGE field), centred, 13 pt.
    static let pageNumberHeader: String = {
        var x = XMLWriter()
        x.open("w:hdr", ["xmlns:w": DocxPackage.wordNamespace, "xmlns:r": DocxPackage.relationshipNamespace])
        x.open("w:p")
        x.open("w:pPr")
        x.element("w:pStyle", ["w:val": "PageNumber"])
        x.close()
        func run(_ body: (inout XMLWriter) -> Void) {
            x.open("w:r")
            body(&x)
            x.close()
        }
        run { $0.element("w:fldChar", ["w:fldCharType": "begin"]) }
        run { $0.element("w:instrText", ["xml:space": "preserve"], text: " PAGE ") }
        run { $0.element("w:fldChar", ["w:fldCharType": "separate"]) }
        run { $0.element("w:t", text: "2") }
        run { $0.element("w:fldChar", ["w:fldCharType": "end"]) }
        x.close()
        x.close()
        return x.document
    }()

    /// The first page's header: empty (no number on page 1).
    static let firstPageHeader: String = {
        var x = XMLWriter()
        x.open("w:hdr", ["xmlns:w": DocxPackage.wordNamespace])
        x.element("w:p")
        x.close()
        return x.document
    }()
}
