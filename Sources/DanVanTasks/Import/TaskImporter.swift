import DanVanText
import Foundation

/// Turns appendix rows (a CSV file's, a plan's table) into task drafts, checking every row before anything is written.
///
///     let plan = try TaskImporter(words: vocabulary.importing, resolveUnit: resolver, today: today)
///         .plan(rows: table, fileName: "ke-hoach-617.txt")
///     plan.rows.count   // rows to add, each with its import key
///
/// A large file is checked row by row as it is read (`checker(fileName:)`), never held whole.
struct TaskImporter {
    struct Row {
        var line: Int
        var draft: TaskDraft
        var importKey: String
        /// The plan and appendix row the task comes from, when known.
        var planID: String? = nil
        var planRow: Int? = nil
        var planGroup: String? = nil
    }

    struct Plan {
        var rows: [Row]
        var warnings: [ImportWarning]
        /// Warnings past `ImportReport.warningLimit`, counted, not kept.
        var omittedWarnings = 0
    }

    let words: TaskVocabulary.ImportWords
    let resolveUnit: UnitResolver
    let today: CalendarDate
    /// Periods of a deadline cell ("trước ngày 15 hằng tháng") that make the task recurring.
    var recurrence = RecurrenceReader([:])

    /// Task drafts from table rows (a CSV's, a plan's appendix, an Excel sheet): every row is checked
    /// before anything is written; a row with the content and unit of an earlier one is skipped.
    ///
    /// - Throws: `TaskImportError.badRows` — the whole table is refused when any row is bad.
    func plan(rows table: [TaskTableRow], fileName: String, warnings: [ImportWarning] = []) throws -> Plan {
        var rows = table.makeIterator()
        return try plan(next: { rows.next() }, fileName: fileName, warnings: warnings)
    }

    /// Task drafts from rows read one at a time (`next` gives nil at the end).
    ///
    /// - Throws: `TaskImportError.badRows`, or what `next` throws.
    func plan(next: () throws -> TaskTableRow?, fileName: String, warnings: [ImportWarning] = []) throws -> Plan {
        var checker = checker(fileName: fileName, warnings: warnings)
        var rows: [Row] = []
        var firstLineByKey: [String: Int] = [:]
        while checker.bad.count < Checker.badRowLimit, let record = try next() {
            guard let row = checker.check(record) else { continue }
            if let first = firstLineByKey[row.importKey] {
                checker.warn(.duplicateRow(line: row.line, firstLine: first))
                continue
            }
            firstLineByKey[row.importKey] = row.line
            rows.append(row)
        }
        if !checker.bad.isEmpty { throw TaskImportError.badRows(checker.bad) }
        return Plan(rows: rows, warnings: checker.warnings, omittedWarnings: checker.omittedWarnings)
    }

    /// A checker of this importer's rows, one row at a time, for a file named `fileName`.
    func checker(fileName: String, warnings: [ImportWarning] = []) -> Checker {
        var checker = Checker(importer: self, fileName: fileName)
        for warning in warnings { checker.warn(warning) }
        return checker
    }

    /// Folded content and unit: the same task imported twice gets the same key.
    static func importKey(title: String, unit: String?) -> String {
        let words = { (text: String) in Tokenizer.foldedWords(text).joined(separator: " ") }
        return words(title) + "|" + words(unit ?? "")
    }

    /// Roman numerals and single capital letters number the appendix's group headings.
    static func isHeading(number: String?) -> Bool {
        // Most rows are numbered in digits ("12"): no heading, without trimming or upper-casing.
        if let number, !number.isEmpty, number.utf8.allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }) { return false }
        guard let number = number?.trimmingCharacters(in: CharacterSet(charactersIn: " .)")), !number.isEmpty else { return false }
        let upper = number.uppercased()
        if upper.allSatisfy({ "IVXL".contains($0) }) { return true }
        return upper.count == 1 && upper.first!.isLetter
    }
}
