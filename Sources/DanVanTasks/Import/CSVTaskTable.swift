import Foundation

/// The task rows of a CSV file, read one at a time: the one reader of a task CSV, for the store's
/// streaming import and the prepared import of the other stores. The header (the first line that is
/// not blank or a `#` comment) is read when the table is opened; each `next()` reads one more record.
///
///     var table = try CSVTaskTable(at: url, columns: vocabulary.importing.columns)
///     table.warnings               // [.ignoredColumn(name: "Cột lạ")]
///     while let row = try table.next() { … }   // TaskTableRow(line: 2, title: "Họp dân", …)
struct CSVTaskTable {
    /// The file's name (no directory), as tasks' provenance and messages give it.
    let fileName: String
    /// Headers danvan does not use.
    let warnings: [ImportWarning]
    private let path: String
    private let columns: [ImportColumn: Int]
    private var records: CSVRecordStream<UTF8FileBytes>

    /// Opens the file and reads its header.
    ///
    /// - Throws: `TaskImportError` (unreadable, not UTF-8, empty, no title column, a malformed header).
    init(at url: URL, columns synonyms: [String: [String]]) throws {
        let path = url.path, fileName = url.lastPathComponent
        self.path = path
        self.fileName = fileName
        let head = try Self.mapping(path: path, fileName: fileName) { try UTF8FileBytes.head(of: url, lines: 50) }
        let bytes = try Self.mapping(path: path, fileName: fileName) { try UTF8FileBytes(url) }
        var stream = CSVRecordStream(bytes, separator: CSVRecordReader.detectSeparator(head))
        // Comment lines ("# VÍ DỤ …") and blank lines may precede the header.
        var header: CSVRecord?
        while header == nil {
            guard let record = try Self.mapping(path: path, fileName: fileName, { try stream.next() }) else {
                throw TaskImportError.empty(path: fileName)
            }
            if !record.isBlank && !(record.fields.first ?? "").hasPrefix("#") { header = record }
        }
        records = stream
        let found = header!
        columns = ImportColumn.map(headers: found.fields, synonyms: synonyms)
        guard columns[.title] != nil else {
            throw TaskImportError.missingTitleColumn(line: found.line, headers: found.fields)
        }
        let used = Set(columns.values)
        warnings = found.fields.enumerated()
            .filter { index, name in !used.contains(index) && !name.trimmingCharacters(in: .whitespaces).isEmpty }
            .map { ImportWarning.ignoredColumn(name: $0.element) }
    }

    /// The next row that is not blank, its cells assigned to columns; nil at the end of the file.
    ///
    /// - Throws: `TaskImportError` (not UTF-8, an unterminated quote, a field too long, an unreadable file).
    mutating func next() throws -> TaskTableRow? {
        while true {
            guard let record = try Self.mapping(path: path, fileName: fileName, { try records.next() }) else { return nil }
            if record.isBlank { continue }
            func cell(_ column: ImportColumn) -> String? {
                guard let index = columns[column], index < record.fields.count else { return nil }
                return record.fields[index]
            }
            return TaskTableRow(line: record.line, number: cell(.number), title: cell(.title), unit: cell(.unit),
                                coUnits: cell(.coUnits), due: cell(.due), product: cell(.product), note: cell(.note),
                                recurrence: cell(.recurrence))
        }
    }

    /// Runs `read`, turning the reader's failures into the import's errors.
    private static func mapping<T>(path: String, fileName: String, _ read: () throws -> T) throws -> T {
        do {
            return try read()
        } catch CSVRecordReader.Failure.unterminatedQuote(let line) {
            throw TaskImportError.unterminatedQuote(path: fileName, line: line)
        } catch CSVRecordReader.Failure.fieldTooLong(let line) {
            throw TaskImportError.fieldTooLong(path: fileName, line: line, limit: CSVRecordReader.fieldLimit)
        } catch CSVRecordReader.Failure.notUTF8 {
            throw TaskImportError.notUTF8(path: path)
        } catch UTF8FileBytes.Failure.unreadable {
            throw TaskImportError.unreadable(path: path)
        } catch let error as TaskImportError {
            throw error
        } catch {
            throw TaskImportError.malformed(path: fileName)
        }
    }
}
