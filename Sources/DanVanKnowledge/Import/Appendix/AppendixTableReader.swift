import DanVanText
import Foundation

/// Reads the task rows of a plan's appendix from its tables.
///
/// A table is a task table when one of its first rows names, by header, the task's content and its
/// lead unit or deadline (the synonyms of `AppendixVocabulary.columns`). Below the header:
/// - a repeated header (Word's page header rows, or the same names again) and a row numbering the
///   columns ("1 2 3 4 5") are skipped;
/// - a group row — numbered with a Roman numeral or a capital letter, or with only its first cells
///   filled, and no unit, deadline or product — becomes the group of the rows under it;
/// - every other row with a content is a task row.
///
///     let rows = AppendixTableReader(vocabulary: words).rows(in: blocks)
///     rows.first?.lead   // "Sở Tài chính"
public struct AppendixTableReader: Sendable {
    public let vocabulary: AppendixVocabulary
    private let matcher: HeaderMatcher

    public init(vocabulary: AppendixVocabulary) {
        self.vocabulary = vocabulary
        matcher = HeaderMatcher(synonyms: vocabulary.columns)
    }

    /// A heading is a short line ("PHỤ LỤC II", "BẢNG TỔNG HỢP NHIỆM VỤ, PHÂN CÔNG TRÁCH NHIỆM"), not a sentence citing one.
    static let headingMaxWords = 14

    /// How many of the first rows of a table may come before its header (a title row, a unit row).
    static let headerSearchDepth = 4

    /// The rows of the task tables that follow an appendix heading ("PHỤ LỤC") in a plan.
    public func rows(in blocks: [PlanBlock]) -> [AppendixRow] {
        var inAppendix = false
        var grids: [TableGrid] = []
        for block in blocks {
            switch block {
            case .paragraph(let text): if !inAppendix, isHeading(text) { inAppendix = true }
            case .table(let grid): if inAppendix { grids.append(grid) }
            }
        }
        return rows(in: grids)
    }

    /// The rows of every task table among `grids`, numbered on from one table to the next.
    public func rows(in grids: [TableGrid]) -> [AppendixRow] {
        var result: [AppendixRow] = []
        for grid in grids {
            guard let header = header(of: grid) else { continue }
            read(grid, header: header, into: &result)
        }
        return result
    }

    /// The index of the header row and its columns, when the table is a task table.
    func header(of grid: TableGrid) -> (index: Int, columns: [String: Int])? {
        for (index, row) in grid.rows.prefix(Self.headerSearchDepth).enumerated() {
            if isHeader(row.cells) { return (index, matcher.map(headers: row.cells)) }
        }
        return nil
    }

    /// A row naming the content and the lead unit or deadline: a header repeated on a new page,
    /// possibly without some of its cells.
    func isHeader(_ cells: [String]) -> Bool {
        let columns = matcher.map(headers: cells)
        return columns["title"] != nil && (columns["unit"] != nil || columns["due"] != nil)
    }

    /// Whether a paragraph opens the appendix: short, starting with a heading word.
    func isHeading(_ paragraph: String) -> Bool {
        let folded = HeaderMatcher.normalized(paragraph)
        guard folded.split(separator: " ").count <= Self.headingMaxWords else { return false }
        return vocabulary.headings.contains { h in folded == h || folded.hasPrefix(h + " ") }
    }

    private func read(_ grid: TableGrid, header: (index: Int, columns: [String: Int]), into result: inout [AppendixRow]) {
        var group: String?
        for row in grid.rows[(header.index + 1)...] {
            // The header again (a new page), whole or without some cells.
            if row.repeatsAsHeader || isHeader(row.cells) { continue }
            let filled = row.filled
            if filled.isEmpty || Self.numbersColumns(filled) { continue }
            func cell(_ key: String) -> String? {
                guard let i = header.columns[key], i < row.cells.count else { return nil }
                let text = Self.clean(row.cells[i])
                return text.isEmpty ? nil : text
            }
            let number = cell("number")
            let details = ["unit", "co_units", "due", "product"].compactMap(cell)
            if details.isEmpty, Self.isGroupNumber(number) || number == nil || filled.count == 1 {
                // The group's title: the content cell, else the first filled cell that is not its number.
                let title = cell("title") ?? filled.first { $0 != number } ?? ""
                group = title.isEmpty ? group : Self.withoutNumber(title)
                continue
            }
            guard let title = cell("title") else {
                // A sub-group written in another column ("5.1 | | Thương mại"): one text besides its number.
                let texts = filled.filter { $0 != number }
                if texts.count == 1, cell("due") == nil { group = Self.clean(texts[0]) }
                continue
            }
            result.append(AppendixRow(row: result.count + 1, number: number, group: group, title: title,
                                      lead: cell("unit"), coordinating: cell("co_units"), deadline: cell("due"),
                                      product: cell("product"), note: cell("note")))
        }
    }

    /// A row numbering the columns under the header: "1 2 3 4 5", "(1) (2) (3)".
    static func numbersColumns(_ filled: [String]) -> Bool {
        filled.count > 2 && filled.allSatisfy { cell in
            let digits = cell.trimmingCharacters(in: CharacterSet(charactersIn: "()"))
            return !digits.isEmpty && digits.count <= 2 && digits.allSatisfy(\.isNumber)
        }
    }

    /// Roman numerals and single capital letters number the groups of an appendix ("I", "II.", "A").
    static func isGroupNumber(_ number: String?) -> Bool {
        guard let n = number?.trimmingCharacters(in: CharacterSet(charactersIn: " .)")), !n.isEmpty else { return false }
        if n.allSatisfy({ "IVXL".contains($0) }) { return true }
        return n.count == 1 && n.first!.isUppercase
    }

    /// "I. Nhóm nhiệm vụ …" → "Nhóm nhiệm vụ …" (a group title written with its own number).
    static func withoutNumber(_ title: String) -> String {
        let words = title.split(separator: " ", maxSplits: 1)
        guard words.count == 2, words[0].last == "." || words[0].last == ")",
              isGroupNumber(String(words[0].dropLast())) else { return title }
        return String(words[1])
    }

    /// Trimmed, with inner line breaks and runs of spaces made one space.
    static func clean(_ cell: String) -> String {
        Folding.nfc(cell).split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\r" || $0 == "\t" || $0 == "\u{00A0}" })
            .joined(separator: " ")
    }
}
