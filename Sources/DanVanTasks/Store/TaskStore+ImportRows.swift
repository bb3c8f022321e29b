import DanVanText
import Foundation
import GRDB

extension TaskStore {
    /// Imports the rows of an appendix table read from a plan or a workbook, in one transaction.
    ///
    ///     let report = try store.importRows(rows, fileName: "ke-hoach-617.txt", vocabulary: vocabulary,
    ///                                       resolveUnit: resolver, today: today, user: "lan")
    ///     report.added.count   // 11 the first time, 0 the second; report.alreadyPresent 0, then 11
    ///
    /// Same rules as `importCSV`: every row checked first (one bad row refuses all), deadlines read as
    /// the CSV's ("Quý IV/2025", "Thường xuyên", "tháng 12/2025"), rows already imported (same folded
    /// content and unit) left alone, one change group for `undo()`. Each task keeps its plan and row.
    /// - Throws: `TaskImportError` (`.empty` for no row, `.badRows` with lines), or a storage error.
    public func importRows(_ rows: [TaskTableRow], fileName: String, vocabulary: TaskVocabulary,
                           resolveUnit: @escaping UnitResolver, today: CalendarDate, user: String,
                           at: Date = Date()) throws -> ImportReport {
        guard !rows.isEmpty else { throw TaskImportError.empty(path: fileName) }
        let importer = TaskImporter(vocabulary: vocabulary, resolveUnit: resolveUnit, today: today)
        return try write("import") { db in
            var checker = importer.checker(fileName: fileName)
            var iterator = rows.makeIterator()
            return try Self.importRows(db, next: { iterator.next() }, checker: &checker, user: user, at: at)
        }
    }

    /// The plan, appendix row and group a task was imported from, when it was.
    public func planLink(ofTask id: Int) throws -> (planID: String, row: Int, group: String?)? {
        try read("plan link") { db in
            guard let record = try TaskRecord.fetchOne(db, key: id), let plan = record.planId, let row = record.planRow else { return nil }
            return (plan, row, record.planGroup)
        }
    }
}
