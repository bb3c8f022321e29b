import DanVanText
import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import ZIPFoundation

/// Reads the sheets of an Excel workbook (`.xlsx`) as tables.
///
/// Cells are read as Excel shows them: shared strings (`t="s"`), inline strings (`t="inlineStr"`),
/// formula results, booleans, and numbers — a number in a date format is a serial day count, written
/// back as "dd/mm/yyyy" (the 1900 system keeps Excel's fictitious 29/02/1900; a workbook in the 1904
/// system counts from 01/01/1904). A merged range repeats its value down its first column, so a lead
/// unit merged over several rows belongs to each; across columns the range stays one cell.
///
///     let sheets = try XlsxReader.sheets(of: data, name: "phu-luc.xlsx")
///     sheets.first?.rows.first?.cells   // ["STT", "Nội dung nhiệm vụ", "Đơn vị chủ trì", …]
public enum XlsxReader {
    /// Every worksheet as a table, in the workbook's order.
    ///
    /// - Throws: `AppendixError.xlsxNotZip`, `.xlsxWithoutSheet`, `.xlsxBadXML` naming the broken part;
    ///   `ImportError.docxTooLarge` for a part past `ImportLimits` (a zip bomb).
    public static func sheets(of data: Data, name: String) throws -> [TableGrid] {
        guard let archive = ZipReader.archive(data) else { throw AppendixError.xlsxNotZip(name: name) }
        // Each part within `ImportLimits` (declared and inflated size, compression ratio), as a `.docx`'s.
        func part(_ path: String) throws -> Data? {
            guard let entry = archive[path] else { return nil }
            do {
                return Data(try DocxTextExtractor.read(entry, from: archive, name: name))
            } catch ImportError.docxNotZip {
                throw AppendixError.xlsxNotZip(name: name)
            }
        }
        func parse(_ path: String, _ handler: XMLHandler) throws {
            guard let raw = try part(path) else { return }
            // Foundation's XMLParser traps on a name that is not valid UTF-8 (found by fuzzing): invalid
            // sequences become U+FFFD first — a real workbook's parts are UTF-8 and pass unchanged.
            let bytes = String(validating: raw, as: UTF8.self) != nil ? raw : Data(String(decoding: raw, as: UTF8.self).utf8)
            let parser = XMLParser(data: bytes)
            parser.delegate = handler
            let parsed = parser.parse()
            guard parsed, parser.parserError == nil, handler.wellFormed else { throw AppendixError.xlsxBadXML(name: name, part: path) }
        }

        let workbook = WorkbookHandler()
        try parse("xl/workbook.xml", workbook)
        let relations = RelationsHandler()
        try parse("xl/_rels/workbook.xml.rels", relations)
        var paths = workbook.sheetRelations.compactMap { relations.targets[$0] }.map { target -> String in
            target.hasPrefix("/") ? String(target.dropFirst()) : "xl/" + target
        }
        if paths.isEmpty {
            paths = archive.map(\.path).filter { $0.hasPrefix("xl/worksheets/") && $0.hasSuffix(".xml") }.sorted()
        }
        let strings = SharedStringsHandler()
        try parse("xl/sharedStrings.xml", strings)
        let styles = StylesHandler()
        try parse("xl/styles.xml", styles)

        var grids: [TableGrid] = []
        for path in paths {
            guard archive[path] != nil else { continue }
            let sheet = SheetHandler(strings: strings.strings, dateStyles: styles.dateStyles, base1904: workbook.base1904)
            try parse(path, sheet)
            grids.append(sheet.grid())
        }
        if grids.isEmpty { throw AppendixError.xlsxWithoutSheet(name: name) }
        return grids
    }

    /// An Excel serial day number as "dd/mm/yyyy".
    public static func dateText(serial: Double, base1904: Bool) -> String? {
        let days = Int(serial.rounded(.down))
        guard serial >= 0, serial < 2_958_466 else { return nil }
        if !base1904, days == 60 { return "29/02/1900" }
        // 1900 system: day 1 is 01/01/1900 and day 60 the fictitious 29/02/1900, so later days are one off.
        let origin = base1904 ? CalendarDate(year: 1904, month: 1, day: 1)! : CalendarDate(year: 1899, month: 12, day: days < 60 ? 31 : 30)!
        let date = origin.adding(days: days)
        return CalendarDate.padded(date.day, 2) + "/" + CalendarDate.padded(date.month, 2) + "/" + String(date.year)
    }

    /// Excel's last column (XFD) and row: a reference beyond them is not a cell.
    static let maxColumns = 16_384
    static let maxRows = 1_048_576

    /// "AB12" → (column 27, row 12), both from 0 and 1; nil past Excel's last column or row (a long run
    /// of letters overflowed `Int` — found by fuzzing).
    static func reference(_ ref: String) -> (column: Int, row: Int)? {
        var column = 0
        var digits = ""
        for c in ref.uppercased() {
            if let a = c.asciiValue, a >= 65, a <= 90, digits.isEmpty {
                column = column * 26 + Int(a - 64)
                if column > maxColumns { return nil }
            } else if let a = c.asciiValue, a >= 48, a <= 57, digits.count < 8 {
                digits.append(c)
            } else {
                return nil
            }
        }
        guard column > 0, let row = Int(digits), row > 0, row <= maxRows else { return nil }
        return (column - 1, row)
    }
}

/// A SAX delegate of one part of the package. (Each handler conforms itself: on Linux a subclass's
/// methods would not replace the protocol's empty defaults.)
typealias XMLHandler = NSObject & PartHandler

/// A delegate that remembers whether the parser met an error.
protocol PartHandler: XMLParserDelegate {
    var wellFormed: Bool { get }
}

private final class WorkbookHandler: NSObject, PartHandler {
    var wellFormed = true

    func parser(_ parser: XMLParser, parseErrorOccurred parseError: Error) { wellFormed = false }

    var sheetRelations: [String] = []
    var base1904 = false

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]) {
        switch local(name) {
        case "sheet":
            if let id = attributes["r:id"] ?? attributes.first(where: { $0.key.hasSuffix(":id") })?.value { sheetRelations.append(id) }
        case "workbookPr":
            base1904 = ["1", "true"].contains(attributes["date1904"] ?? "")
        default: break
        }
    }
}

private final class RelationsHandler: NSObject, PartHandler {
    var wellFormed = true

    func parser(_ parser: XMLParser, parseErrorOccurred parseError: Error) { wellFormed = false }

    var targets: [String: String] = [:]

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]) {
        if local(name) == "Relationship", let id = attributes["Id"], let target = attributes["Target"] { targets[id] = target }
    }
}

private final class SharedStringsHandler: NSObject, PartHandler {
    var wellFormed = true

    func parser(_ parser: XMLParser, parseErrorOccurred parseError: Error) { wellFormed = false }

    var strings: [String] = []
    private var current = ""
    private var inText = false, inPhonetic = false

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]) {
        switch local(name) {
        case "si": current = ""
        case "t": inText = true
        case "rPh": inPhonetic = true
        default: break
        }
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        switch local(name) {
        case "si": strings.append(current)
        case "t": inText = false
        case "rPh": inPhonetic = false
        default: break
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if inText, !inPhonetic { current += string }
    }
}

private final class StylesHandler: NSObject, PartHandler {
    var wellFormed = true

    func parser(_ parser: XMLParser, parseErrorOccurred parseError: Error) { wellFormed = false }

    /// Indexes of `cellXfs` entries whose number format shows a date.
    var dateStyles: Set<Int> = []
    private var customDates: Set<Int> = []
    private var inCellFormats = false
    private var index = 0

    /// Built-in date and time formats of the specification (14–22, 45–47) and of East Asian locales.
    private static let builtInDates = Set(Array(14...22) + Array(27...36) + Array(45...47) + Array(50...58))

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]) {
        switch local(name) {
        case "numFmt":
            if let id = attributes["numFmtId"].flatMap(Int.init), let code = attributes["formatCode"], Self.isDate(code) {
                customDates.insert(id)
            }
        case "cellXfs": inCellFormats = true
        case "xf" where inCellFormats:
            let id = attributes["numFmtId"].flatMap(Int.init) ?? 0
            if Self.builtInDates.contains(id) || customDates.contains(id) { dateStyles.insert(index) }
            index += 1
        default: break
        }
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        if local(name) == "cellXfs" { inCellFormats = false }
    }

    /// A format code with a day, month-with-day or year outside quotes and brackets ("dd/mm/yyyy", "[$-42A]d/m/yy").
    static func isDate(_ code: String) -> Bool {
        var quoted = false, bracket = false
        var letters = ""
        for c in code.lowercased() {
            if c == "\"" { quoted.toggle(); continue }
            if c == "[" { bracket = true; continue }
            if c == "]" { bracket = false; continue }
            if !quoted, !bracket { letters.append(c) }
        }
        return letters.contains("y") || letters.contains("d")
    }
}

private final class SheetHandler: NSObject, PartHandler {
    var wellFormed = true

    func parser(_ parser: XMLParser, parseErrorOccurred parseError: Error) { wellFormed = false }

    let strings: [String]
    let dateStyles: Set<Int>
    let base1904: Bool
    private var cells: [Int: [Int: String]] = [:]
    private var merges: [(column: Int, fromRow: Int, toRow: Int)] = []
    private var row = 0, column = 0
    private var type = "", style = 0
    private var value = ""
    private var inValue = false, inInline = false

    init(strings: [String], dateStyles: Set<Int>, base1904: Bool) {
        self.strings = strings
        self.dateStyles = dateStyles
        self.base1904 = base1904
    }

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]) {
        switch local(name) {
        case "row":
            // Within Excel's rows: a row number near `Int.max` overflowed the next row's `+ 1` (fuzzing).
            row = attributes["r"].flatMap(Int.init).flatMap { (1...XlsxReader.maxRows).contains($0) ? $0 : nil } ?? min(row + 1, XlsxReader.maxRows)
            column = 0
        case "c":
            if let ref = attributes["r"].flatMap(XlsxReader.reference) { column = ref.column; row = ref.row }
            type = attributes["t"] ?? "n"
            style = attributes["s"].flatMap(Int.init) ?? 0
            value = ""
        case "v": inValue = true
        case "is": inInline = true
        case "t" where inInline: inValue = true
        case "mergeCell":
            if let ref = attributes["ref"] {
                let ends = ref.split(separator: ":").compactMap { XlsxReader.reference(String($0)) }
                if ends.count == 2, ends[1].row > ends[0].row { merges.append((ends[0].column, ends[0].row, ends[1].row)) }
            }
        default: break
        }
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        switch local(name) {
        case "v", "t": inValue = false
        case "is": inInline = false
        case "c":
            cells[row, default: [:]][column] = text()
            column += 1
        default: break
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if inValue { value += string }
    }

    private func text() -> String {
        switch type {
        case "s": return Int(value.trimmingCharacters(in: .whitespaces)).flatMap { strings.indices.contains($0) ? strings[$0] : nil } ?? ""
        case "b": return value == "1" ? "TRUE" : "FALSE"
        case "n":
            guard let number = Double(value.trimmingCharacters(in: .whitespaces)) else { return value }
            if dateStyles.contains(style), let date = XlsxReader.dateText(serial: number, base1904: base1904) { return date }
            if number == number.rounded(), abs(number) < 1e15 { return String(Int(number)) }
            return String(number)
        default: return value
        }
    }

    /// The widest table read: a task table has a dozen columns; a cell far to the right (up to XFD) in
    /// many rows would otherwise make rows of 16,384 cells each.
    static let maxWidth = 256

    func grid() -> TableGrid {
        // A merge repeats its value only down to the sheet's last row with a cell: a range declared to
        // row 1,048,576 does not make a million rows.
        let lastRow = cells.keys.max() ?? 0
        for merge in merges where merge.fromRow < lastRow {
            guard let top = cells[merge.fromRow]?[merge.column] else { continue }
            for r in (merge.fromRow + 1)...min(merge.toRow, lastRow) where (cells[r]?[merge.column] ?? "").isEmpty {
                cells[r, default: [:]][merge.column] = top
            }
        }
        let rows = cells.keys.sorted().map { r -> TableGrid.Row in
            let byColumn = cells[r] ?? [:]
            let width = min((byColumn.keys.max() ?? -1) + 1, Self.maxWidth)
            return TableGrid.Row(line: r, cells: (0..<width).map { byColumn[$0] ?? "" })
        }
        return TableGrid(rows: rows)
    }
}

/// "x:sheet" → "sheet": workbooks written with a namespace prefix.
private func local(_ name: String) -> String {
    name.firstIndex(of: ":").map { String(name[name.index(after: $0)...]) } ?? name
}
