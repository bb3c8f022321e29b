import DanVanText
import Foundation

/// Writes worksheets as an .xlsx package (SpreadsheetML, ECMA-376) with ZIPFoundation and `XMLWriter`:
/// inline strings, dates as serial numbers styled `dd/mm/yyyy`, column widths, a bold header row
/// with an autofilter, frozen under the header.
///
///     let data = try XLSXWriter.write([sheet])
public enum XLSXWriter {
    /// Style indexes of `styles.xml`'s cellXfs.
    static let headerStyle = "1"
    static let dateStyle = "2"
    static let wrapStyle = "3"

    /// - Throws: A ZIPFoundation error if the in-memory archive cannot be written.
    public static func write(_ sheets: [Worksheet]) throws -> Data {
        let names = sheetNames(sheets.map(\.name))
        return try OpenXMLPackage.zip(texts: [
            ("[Content_Types].xml", contentTypes(count: sheets.count)),
            ("_rels/.rels", OpenXMLPackage.packageRelationships(main: "xl/workbook.xml")),
            ("xl/workbook.xml", workbook(names: names, sheets: sheets)),
            ("xl/_rels/workbook.xml.rels", workbookRelationships(count: sheets.count)),
            ("xl/styles.xml", styles),
        ] + sheets.enumerated().map { index, sheet in ("xl/worksheets/sheet\(index + 1).xml", worksheet(sheet)) })
    }

    /// Excel's serial number of a day (1900 date system: day 0 is 30/12/1899).
    public static func serial(_ date: CalendarDate) -> Int {
        let epoch = CalendarDate(year: 1899, month: 12, day: 30)?.dayNumber ?? 0
        return date.dayNumber - epoch
    }

    /// "A", "B", … "Z", "AA".
    static func column(_ index: Int) -> String {
        var n = index + 1
        var name = ""
        while n > 0 {
            let r = (n - 1) % 26
            name = String(UnicodeScalar(UInt8(65 + r))) + name
            n = (n - 1) / 26
        }
        return name
    }

    /// Names Excel accepts: no `[]:*?/\`, at most 31 characters, unique (a number added when needed).
    static func sheetNames(_ names: [String]) -> [String] {
        var used: Set<String> = []
        return names.map { raw in
            var base = String(raw.map { "[]:*?/\\".contains($0) ? "-" : $0 }).trimmingCharacters(in: .whitespaces)
            if base.isEmpty { base = "Sheet" }
            base = String(base.prefix(31))
            var name = base
            var n = 2
            while used.contains(name.lowercased()) {
                let suffix = " (\(n))"
                name = String(base.prefix(31 - suffix.count)) + suffix
                n += 1
            }
            used.insert(name.lowercased())
            return name
        }
    }

    static func worksheet(_ sheet: Worksheet) -> String {
        let lastColumn = column(max(sheet.columns.count, 1) - 1)
        let lastRow = sheet.rows.count + 1
        var xml = XMLWriter()
        xml.open("worksheet", ["xmlns": "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
                               "xmlns:r": "http://schemas.openxmlformats.org/officeDocument/2006/relationships"])
        xml.element("dimension", ["ref": "A1:\(lastColumn)\(lastRow)"])
        xml.open("sheetViews")
        xml.open("sheetView", ["workbookViewId": "0"])
        xml.element("pane", ["ySplit": "1", "topLeftCell": "A2", "activePane": "bottomLeft", "state": "frozen"])
        xml.close()
        xml.close()
        xml.open("cols")
        for (i, c) in sheet.columns.enumerated() {
            xml.element("col", ["min": "\(i + 1)", "max": "\(i + 1)", "width": String(format: "%.1f", c.width), "customWidth": "1"])
        }
        xml.close()
        xml.open("sheetData")
        xml.open("row", ["r": "1"])
        for (i, c) in sheet.columns.enumerated() {
            cell(&xml, ref: "\(column(i))1", .text(c.header), style: headerStyle)
        }
        xml.close()
        for (r, row) in sheet.rows.enumerated() {
            xml.open("row", ["r": "\(r + 2)"])
            for (i, value) in row.enumerated() where value != .empty {
                cell(&xml, ref: "\(column(i))\(r + 2)", value, style: nil)
            }
            xml.close()
        }
        xml.close()
        xml.element("autoFilter", ["ref": "A1:\(lastColumn)\(lastRow)"])
        xml.element("pageMargins", ["left": "0.7", "right": "0.7", "top": "0.75", "bottom": "0.75", "header": "0.3", "footer": "0.3"])
        xml.close()
        return xml.document
    }

    private static func cell(_ xml: inout XMLWriter, ref: String, _ value: Worksheet.Cell, style: String?) {
        switch value {
        case .empty:
            return
        case .text(let text):
            xml.open("c", ["r": ref, "s": style ?? wrapStyle, "t": "inlineStr"])
            xml.open("is")
            // Leading or trailing spaces and line breaks survive only with xml:space="preserve".
            xml.element("t", ["xml:space": "preserve"], text: text)
            xml.close()
            xml.close()
        case .number(let n):
            xml.open("c", ["r": ref, "s": style ?? "0"])
            xml.element("v", text: n == n.rounded() && abs(n) < 1e15 ? String(Int(n)) : String(n))
            xml.close()
        case .date(let d):
            xml.open("c", ["r": ref, "s": style ?? dateStyle])
            xml.element("v", text: String(serial(d)))
            xml.close()
        }
    }

    static func workbook(names: [String], sheets: [Worksheet]) -> String {
        var xml = XMLWriter()
        xml.open("workbook", ["xmlns": "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
                              "xmlns:r": "http://schemas.openxmlformats.org/officeDocument/2006/relationships"])
        xml.open("sheets")
        for (i, name) in names.enumerated() {
            xml.element("sheet", ["name": name, "sheetId": "\(i + 1)", "r:id": "rId\(i + 1)"])
        }
        xml.close()
        // Excel keeps each sheet's autofilter range in a hidden defined name.
        xml.open("definedNames")
        for (i, name) in names.enumerated() {
            let last = column(max(sheets[i].columns.count, 1) - 1)
            let quoted = "'" + name.replacingOccurrences(of: "'", with: "''") + "'"
            xml.element("definedName", ["name": "_xlnm._FilterDatabase", "localSheetId": "\(i)", "hidden": "1"],
                        text: "\(quoted)!$A$1:$\(last)$\(sheets[i].rows.count + 1)")
        }
        xml.close()
        xml.close()
        return xml.document
    }

    static func contentTypes(count: Int) -> String {
        let type = "application/vnd.openxmlformats-officedocument.spreadsheetml."
        return OpenXMLPackage.contentTypes([("/xl/workbook.xml", type + "sheet.main+xml"), ("/xl/styles.xml", type + "styles+xml")]
            + (0..<count).map { ("/xl/worksheets/sheet\($0 + 1).xml", type + "worksheet+xml") })
    }

    static func workbookRelationships(count: Int) -> String {
        OpenXMLPackage.relationships((0..<count).map { ("rId\($0 + 1)", "worksheet", "worksheets/sheet\($0 + 1).xml") }
            + [("rId\(count + 1)", "styles", "styles.xml")])
    }

    /// Fonts: Times New Roman 12 (regular, bold); cellXfs: 0 general, 1 header (bold, wrapped, filled),
    /// 2 date (dd/mm/yyyy), 3 wrapped text.
    static let styles: String = {
        var xml = XMLWriter()
        xml.open("styleSheet", ["xmlns": "http://schemas.openxmlformats.org/spreadsheetml/2006/main"])
        xml.open("numFmts", ["count": "1"])
        xml.element("numFmt", ["numFmtId": "164", "formatCode": "dd/mm/yyyy"])
        xml.close()
        xml.open("fonts", ["count": "2"])
        for bold in [false, true] {
            xml.open("font")
            if bold { xml.element("b") }
            xml.element("sz", ["val": "12"])
            xml.element("name", ["val": "Times New Roman"])
            xml.close()
        }
        xml.close()
        xml.open("fills", ["count": "3"])
        xml.open("fill"); xml.element("patternFill", ["patternType": "none"]); xml.close()
        xml.open("fill"); xml.element("patternFill", ["patternType": "gray125"]); xml.close()
        xml.open("fill")
        xml.open("patternFill", ["patternType": "solid"])
        xml.element("fgColor", ["rgb": "FFD9E1F2"])
        xml.element("bgColor", ["indexed": "64"])
        xml.close()
        xml.close()
        xml.close()
        xml.open("borders", ["count": "1"])
        xml.open("border"); xml.element("left"); xml.element("right"); xml.element("top"); xml.element("bottom"); xml.element("diagonal"); xml.close()
        xml.close()
        xml.open("cellStyleXfs", ["count": "1"])
        xml.element("xf", ["numFmtId": "0", "fontId": "0", "fillId": "0", "borderId": "0"])
        xml.close()
        xml.open("cellXfs", ["count": "4"])
        xml.element("xf", ["numFmtId": "0", "fontId": "0", "fillId": "0", "borderId": "0", "xfId": "0"])
        xml.open("xf", ["numFmtId": "0", "fontId": "1", "fillId": "2", "borderId": "0", "xfId": "0", "applyFont": "1", "applyFill": "1", "applyAlignment": "1"])
        xml.element("alignment", ["horizontal": "center", "vertical": "center", "wrapText": "1"])
        xml.close()
        xml.open("xf", ["numFmtId": "164", "fontId": "0", "fillId": "0", "borderId": "0", "xfId": "0", "applyNumberFormat": "1", "applyAlignment": "1"])
        xml.element("alignment", ["vertical": "top"])
        xml.close()
        xml.open("xf", ["numFmtId": "0", "fontId": "0", "fillId": "0", "borderId": "0", "xfId": "0", "applyAlignment": "1"])
        xml.element("alignment", ["vertical": "top", "wrapText": "1"])
        xml.close()
        xml.close()
        xml.open("cellStyles", ["count": "1"])
        xml.element("cellStyle", ["name": "Normal", "xfId": "0", "builtinId": "0"])
        xml.close()
        xml.close()
        return xml.document
    }()
}
