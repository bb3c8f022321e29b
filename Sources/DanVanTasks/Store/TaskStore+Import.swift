import DanVanText
import Foundation
import GRDB

extension TaskStore {
    /// Imports an appendix CSV (UTF-8 with or without BOM, LF or CRLF, quoted fields) in one transaction.
    ///
    ///     let report = try store.importCSV(at: url, vocabulary: vocabulary, resolveUnit: resolver,
    ///                                      today: today, user: "lan")
    ///     report.addedCount   // 12 the first time, 0 the second
    ///
    /// Columns are found by header name (`import.columns` of `Intents/tasks.yaml`). The file is read as
    /// it is written, row by row, in constant memory (a million rows as well as ten): each row checked,
    /// then written; one bad row anywhere refuses the whole file and the transaction is rolled back,
    /// so nothing is added (the rest of the file is still checked, to name every bad row). Rows already
    /// imported (same folded content and unit) are left alone, so importing a file twice adds nothing.
    /// Unknown units are kept as written and reported as warnings. The import is one change group:
    /// `undo()` removes the whole batch.
    /// - Throws: `TaskImportError` (with line numbers for bad rows), or a storage error.
    public func importCSV(at url: URL, vocabulary: TaskVocabulary, resolveUnit: @escaping UnitResolver,
                          today: CalendarDate, user: String, at: Date = Date()) throws -> ImportReport {
        let importer = TaskImporter(vocabulary: vocabulary, resolveUnit: resolveUnit, today: today)
        return try write("import") { db in
            var table = try CSVTaskTable(at: url, columns: vocabulary.importing.columns)
            var checker = importer.checker(fileName: table.fileName, warnings: table.warnings)
            return try Self.importRows(db, next: { try table.next() }, checker: &checker, user: user, at: at)
        }
    }

    /// Checks and writes rows read one at a time, in the caller's transaction, as one change group.
    /// Duplicates within the file are found through a temporary table of the keys seen (memory stays
    /// flat); rows whose key is already in the store are counted, not added. After the first bad row
    /// nothing more is written, the rest is only checked, and `TaskImportError.badRows` rolls all back.
    static func importRows(_ db: Database, next: () throws -> TaskTableRow?, checker: inout TaskImporter.Checker,
                           user: String, at: Date) throws -> ImportReport {
        try db.execute(sql: """
            DROP TABLE IF EXISTS temp.import_seen;
            CREATE TEMP TABLE import_seen (key TEXT PRIMARY KEY NOT NULL, line INTEGER NOT NULL) WITHOUT ROWID;
            """)
        defer { try? db.execute(sql: "DROP TABLE IF EXISTS temp.import_seen") }
        let remember = try db.makeStatement(sql: "INSERT INTO temp.import_seen (key, line) VALUES (?, ?) ON CONFLICT (key) DO NOTHING")
        let firstLine = try db.makeStatement(sql: "SELECT line FROM temp.import_seen WHERE key = ?")
        let stored = try db.makeStatement(sql: "SELECT 1 FROM task WHERE import_key = ?")
        var added: [PlanTask] = []
        var addedCount = 0
        var present = 0
        var creator: ChangeRecorder.BulkCreator?
        while checker.bad.count < TaskImporter.Checker.badRowLimit, let table = try next() {
            guard let row = checker.check(table), checker.bad.isEmpty else { continue }
            try remember.execute(arguments: [row.importKey, row.line])
            if db.changesCount == 0 {
                let first = try Int.fetchOne(firstLine, arguments: [row.importKey]) ?? row.line
                checker.warn(.duplicateRow(line: row.line, firstLine: first))
                continue
            }
            if try Int.fetchOne(stored, arguments: [row.importKey]) != nil {
                present += 1
                continue
            }
            var record = try Self.record(from: row.draft, at: at, importKey: row.importKey)
            record.planId = row.planID
            record.planRow = row.planRow
            record.planGroup = row.planGroup
            if creator == nil {
                creator = try ChangeRecorder.begin(db, action: .import, user: Self.author(user), at: at, detail: checker.fileName)
                    .bulkCreator()
            }
            let id = try creator!.create(record)
            addedCount += 1
            if added.count < ImportReport.listLimit, let task = try TaskRecord.fetchOne(db, key: id) {
                added.append(task.task)
            }
        }
        if !checker.bad.isEmpty { throw TaskImportError.badRows(checker.bad) }
        return ImportReport(fileName: checker.fileName, added: added, addedCount: addedCount, alreadyPresent: present,
                            warnings: checker.warnings, omittedWarnings: checker.omittedWarnings)
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
    /// An importer with the vocabulary's column names and recurrence words, asking `resolveUnit` once per spelling.
    init(vocabulary: TaskVocabulary, resolveUnit: @escaping UnitResolver, today: CalendarDate) {
        self.init(words: vocabulary.importing, resolveUnit: memoizing(resolveUnit), today: today,
                  recurrence: RecurrenceReader(vocabulary.recurrence ?? [:]))
    }

    /// The checked rows of a CSV file (UTF-8), read with `CSVTaskTable`, held in memory for a store
    /// that writes them in one change group afterwards (`PreparedImport`).
    ///
    /// - Throws: `TaskImportError` (unreadable, not UTF-8, bad rows with their line numbers).
    static func plan(csvAt url: URL, vocabulary: TaskVocabulary, resolveUnit: @escaping UnitResolver,
                     today: CalendarDate) throws -> Plan {
        var table = try CSVTaskTable(at: url, columns: vocabulary.importing.columns)
        return try TaskImporter(vocabulary: vocabulary, resolveUnit: resolveUnit, today: today)
            .plan(next: { try table.next() }, fileName: table.fileName, warnings: table.warnings)
    }
}
