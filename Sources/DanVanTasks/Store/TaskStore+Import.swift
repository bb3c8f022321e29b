import DanVanText
import Foundation
import GRDB

extension TaskStore {
    /// Imports an appendix CSV (UTF-8 with or without BOM, LF or CRLF, quoted fields) in one transaction.
    ///
    ///     let report = try store.importCSV(at: url, vocabulary: vocabulary, resolveUnit: resolver,
    ///                                      today: today, user: "lan")
    ///     report.added.count   // 12 the first time, 0 the second
    ///
    /// Columns are found by header name (`import.columns` of `Intents/tasks.yaml`). Every row is checked
    /// first: one bad row refuses the whole file. Rows already imported (same folded content and unit)
    /// are left alone, so importing a file twice adds nothing. Unknown units are kept as written and
    /// reported as warnings. The import is one change group: `undo()` removes the whole batch.
    /// - Throws: `TaskImportError` (with line numbers for bad rows), or a storage error.
    public func importCSV(at url: URL, vocabulary: TaskVocabulary, resolveUnit: @escaping UnitResolver,
                          today: CalendarDate, user: String, at: Date = Date()) throws -> ImportReport {
        let plan = try TaskImporter.plan(csvAt: url, vocabulary: vocabulary, resolveUnit: resolveUnit, today: today)
        return try store(plan, fileName: url.lastPathComponent, user: user, at: at)
    }

    /// Writes the checked rows of an import in one change group; rows already imported are counted, not added.
    func store(_ plan: TaskImporter.Plan, fileName: String, user: String, at: Date) throws -> ImportReport {
        let records = try plan.rows.map { row -> TaskRecord in
            var record = try Self.record(from: row.draft, at: at, importKey: row.importKey)
            record.planId = row.planID
            record.planRow = row.planRow
            record.planGroup = row.planGroup
            return record
        }
        let (added, present) = try write("import") { db -> ([PlanTask], Int) in
            var added: [PlanTask] = []
            var present = 0
            var change: ChangeRecorder?
            for var record in records {
                if try TaskRecord.filter(Column("import_key") == record.importKey).fetchCount(db) > 0 {
                    present += 1
                    continue
                }
                if change == nil {
                    change = try ChangeRecorder.begin(db, action: .import, user: Self.author(user), at: at, detail: fileName)
                }
                try change!.create(&record)
                added.append(try TaskRecord.fetchOne(db, key: record.id)!.task)
            }
            return (added, present)
        }
        return ImportReport(fileName: fileName, added: added, alreadyPresent: present, warnings: plan.warnings)
    }
}

/// `resolveUnit` asked once per distinct spelling: an appendix names a few units many times.
func memoizing(_ resolveUnit: @escaping UnitResolver) -> UnitResolver {
    var resolved: [String: UnitResolution] = [:]
    return { name in
        if let known = resolved[name] { return known }
        let r = resolveUnit(name)
        resolved[name] = r
        return r
    }
}

extension TaskImporter {
    /// The checked rows of a CSV file (UTF-8), read with the vocabulary's column names and recurrence words.
    ///
    /// - Throws: `TaskImportError` (unreadable, not UTF-8, bad rows with their line numbers).
    static func plan(csvAt url: URL, vocabulary: TaskVocabulary, resolveUnit: @escaping UnitResolver,
                     today: CalendarDate) throws -> Plan {
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw TaskImportError.unreadable(path: url.path)
        }
        guard let text = String(data: data, encoding: .utf8) else { throw TaskImportError.notUTF8(path: url.path) }
        let fileName = url.lastPathComponent
        let importer = TaskImporter(words: vocabulary.importing, resolveUnit: memoizing(resolveUnit), today: today,
                                    recurrence: RecurrenceReader(vocabulary.recurrence ?? [:]))
        return try importer.plan(text: text, fileName: fileName)
    }
}
