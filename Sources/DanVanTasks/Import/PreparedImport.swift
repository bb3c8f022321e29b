import DanVanText
import Foundation

/// An appendix (a CSV file, or the rows of a plan's appendix table) read and checked, ready for any
/// store to write in one change group: the rows to add (each with the import key that makes a second
/// import add nothing, and the plan, row and group it comes from) and the warnings.
///
///     let prepared = try PreparedImport(at: url, vocabulary: vocabulary, resolveUnit: resolver, today: today)
///     prepared.rows.count   // 12
public struct PreparedImport: Sendable {
    /// One checked row.
    public struct Row: Sendable {
        /// The task as read; the store cleans it as on `add`.
        public var draft: TaskDraft
        public var importKey: String
        /// The plan, appendix row and group of rows the task comes from (nil for a CSV row).
        public var planID: String?
        public var planRow: Int?
        public var planGroup: String?
    }

    /// The file's name (the change group's detail).
    public var fileName: String
    /// Rows in file order.
    public var rows: [Row]
    /// Unknown units kept as written, and other notes for the person (the first `ImportReport.warningLimit`).
    public var warnings: [ImportWarning]
    /// Warnings past `ImportReport.warningLimit`, counted, not kept.
    public var omittedWarnings = 0

    /// Reads and checks a CSV file exactly as `TaskStore.importCSV` does.
    ///
    /// - Throws: `TaskImportError` (unreadable, not UTF-8, bad rows with their line numbers).
    public init(at url: URL, vocabulary: TaskVocabulary, resolveUnit: @escaping UnitResolver, today: CalendarDate) throws {
        self.init(try TaskImporter.plan(csvAt: url, vocabulary: vocabulary, resolveUnit: resolveUnit, today: today),
                  fileName: url.lastPathComponent)
    }

    /// Checks the rows of an appendix table exactly as `TaskStore.importRows` does.
    ///
    /// - Throws: `TaskImportError` (`.empty` for no row, `.badRows` with lines).
    public init(rows table: [TaskTableRow], fileName: String, vocabulary: TaskVocabulary,
                resolveUnit: @escaping UnitResolver, today: CalendarDate) throws {
        guard !table.isEmpty else { throw TaskImportError.empty(path: fileName) }
        let importer = TaskImporter(words: vocabulary.importing, resolveUnit: memoizing(resolveUnit), today: today,
                                    recurrence: RecurrenceReader(vocabulary.recurrence ?? [:]))
        self.init(try importer.plan(rows: table, fileName: fileName), fileName: fileName)
    }

    init(_ plan: TaskImporter.Plan, fileName: String) {
        self.fileName = fileName
        rows = plan.rows.map {
            Row(draft: $0.draft, importKey: $0.importKey, planID: $0.planID, planRow: $0.planRow, planGroup: $0.planGroup)
        }
        warnings = plan.warnings
        omittedWarnings = plan.omittedWarnings
    }
}
