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
    /// Into an empty store, the plain indexes are built once at the end (`ImportIndexes`), and a key
    /// already in `task` can only be an earlier row of the same file: no table of keys is kept.
    static func importRows(_ db: Database, next: () throws -> TaskTableRow?, checker: inout TaskImporter.Checker,
                           user: String, at: Date) throws -> ImportReport {
        // A larger page cache while the import writes: 32 MiB for the store, 16 MiB for the temporary
        // table (fewer page reads and writes for the import key's random inserts). The connection's
        // own sizes come back after.
        let keptCaches = try (Int.fetchOne(db, sql: "PRAGMA main.cache_size"), Int.fetchOne(db, sql: "PRAGMA temp.cache_size"))
        try db.execute(sql: "PRAGMA main.cache_size = -32768; PRAGMA temp.cache_size = -16384")
        defer {
            if let keptMainCache = keptCaches.0, let keptTempCache = keptCaches.1 {
                try? db.execute(sql: "PRAGMA main.cache_size = \(keptMainCache); PRAGMA temp.cache_size = \(keptTempCache)")
            }
        }
        let indexes = try ImportIndexes.setAside(db)
        let storeWasEmpty = indexes.emptyTables.contains("task")
        try db.execute(sql: "DROP TABLE IF EXISTS temp.import_seen")
        if !storeWasEmpty {
            try db.execute(sql: "CREATE TEMP TABLE import_seen (key TEXT PRIMARY KEY NOT NULL, line INTEGER NOT NULL) WITHOUT ROWID")
        }
        defer { try? db.execute(sql: "DROP TABLE IF EXISTS temp.import_seen") }
        let remember = storeWasEmpty ? nil
            : try db.makeStatement(sql: "INSERT INTO temp.import_seen (key, line) VALUES (?, ?) ON CONFLICT (key) DO NOTHING")
        let firstLine = storeWasEmpty ? nil : try db.makeStatement(sql: "SELECT line FROM temp.import_seen WHERE key = ?")
        let stored = try db.makeStatement(sql: "SELECT source FROM task WHERE import_key = ?")
        var added: [PlanTask] = []
        var addedCount = 0
        var present = 0
        var creator: ChangeRecorder.BulkCreator?
        while checker.bad.count < TaskImporter.Checker.badRowLimit, let table = try next() {
            guard let row = checker.check(table), checker.bad.isEmpty else { continue }
            if let remember, let firstLine {
                try remember.execute(arguments: [row.importKey, row.line])
                if db.changesCount == 0 {
                    let first = try Int.fetchOne(firstLine, arguments: [row.importKey]) ?? row.line
                    checker.warn(.duplicateRow(line: row.line, firstLine: first))
                    continue
                }
                if try String.fetchOne(stored, arguments: [row.importKey]) != nil {
                    present += 1
                    continue
                }
            } else if let source = try String.fetchOne(stored, arguments: [row.importKey]) {
                // Added by this import from an earlier line of the file.
                checker.warn(.duplicateRow(line: row.line, firstLine: importedLine(source) ?? row.line))
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
        try indexes.rebuild(db)
        return ImportReport(fileName: checker.fileName, added: added, addedCount: addedCount, alreadyPresent: present,
                            warnings: checker.warnings, omittedWarnings: checker.omittedWarnings)
    }
}

extension TaskStore {
    /// The line of the file a task was imported from, the end of its source ("import:phu-luc.csv:12" → 12).
    static func importedLine(_ source: String) -> Int? {
        guard source.hasPrefix("import:"), let colon = source.lastIndex(of: ":") else { return nil }
        return Int(source[source.index(after: colon)...])
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
