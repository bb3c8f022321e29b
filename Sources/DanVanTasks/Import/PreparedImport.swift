import DanVanText
import Foundation

/// An appendix CSV read and checked, ready for any store to write in one change group: the rows to
/// add (each with the import key that makes a second import add nothing) and the warnings.
///
///     let prepared = try PreparedImport(at: url, vocabulary: vocabulary, resolveUnit: resolver, today: today)
///     prepared.rows.count   // 12
public struct PreparedImport: Sendable {
    /// The file's name (the change group's detail).
    public var fileName: String
    /// Rows in file order; drafts are already cleaned of nothing: the store cleans as on `add`.
    public var rows: [(draft: TaskDraft, importKey: String)]
    /// Unknown units kept as written, and other notes for the person.
    public var warnings: [ImportWarning]

    /// Reads and checks the file exactly as `TaskStore.importCSV` does.
    ///
    /// - Throws: `TaskImportError` (unreadable, not UTF-8, bad rows with their line numbers).
    public init(at url: URL, vocabulary: TaskVocabulary, resolveUnit: @escaping UnitResolver, today: CalendarDate) throws {
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw TaskImportError.unreadable(path: url.path)
        }
        guard let text = String(data: data, encoding: .utf8) else { throw TaskImportError.notUTF8(path: url.path) }
        fileName = url.lastPathComponent
        var resolved: [String: UnitResolution] = [:]
        let memoized: UnitResolver = { name in
            if let known = resolved[name] { return known }
            let r = resolveUnit(name)
            resolved[name] = r
            return r
        }
        let importer = TaskImporter(words: vocabulary.importing, resolveUnit: memoized, today: today)
        let plan = try importer.plan(text: text, fileName: fileName)
        rows = plan.rows.map { ($0.draft, $0.importKey) }
        warnings = plan.warnings
    }
}
