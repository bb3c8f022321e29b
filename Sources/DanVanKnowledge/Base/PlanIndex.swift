import DanVanText
import Foundation
import GRDB

/// An SQLite index of the user's plan library, so a question does not decode every saved plan.
///
/// It lives in the cache folder, is rebuilt whenever the library's files change (their names, sizes and
/// modification times), and is built aside and renamed into place so that readers never see half of it.
///
///     let index = PlanIndex.open(library: dir, cacheDirectory: cache)
///     index?.documents(number: "33")   // every saved plan's citations of a document numbered 33
final class PlanIndex {
    private let queue: DatabaseQueue
    let summaries: [PlanSummary]
    /// Plan id → its file.
    let files: [String: URL]

    private init(queue: DatabaseQueue) throws {
        self.queue = queue
        var files: [String: URL] = [:]
        summaries = try queue.read { db in
            try Row.fetchAll(db, sql: "SELECT id, number, date, issuer, title, topics, file FROM plan ORDER BY ord").map { row in
                let id: String = row["id"]
                files[id] = URL(fileURLWithPath: row["file"])
                let topics: String = row["topics"]
                return PlanSummary(id: id, number: row["number"], date: (row["date"] as String?).flatMap(CalendarDate.init(iso:)),
                                   issuer: row["issuer"], title: row["title"],
                                   topics: topics.isEmpty ? [] : topics.components(separatedBy: "\n"), imported: true)
            }
        }
        self.files = files
    }

    /// The index of `library`, built or rebuilt when needed; nil when there is no usable cache folder.
    static func open(library: URL, cacheDirectory: URL?) -> PlanIndex? {
        guard let cacheDirectory else { return nil }
        let manifest = Self.manifest(of: library)
        let path = cacheDirectory.appendingPathComponent("plans-\(DecodingCache.hash(library.standardizedFileURL.path)).sqlite")
        if let queue = try? DatabaseQueue(path: path.path, configuration: readOnly),
           (try? queue.read { db in try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = 'manifest'") }) == manifest,
           let index = try? PlanIndex(queue: queue) {
            return index
        }
        do {
            try FileManager.default.createDirectory(at: cacheDirectory, withIntermediateDirectories: true)
            let temporary = path.deletingLastPathComponent()
                .appendingPathComponent(path.lastPathComponent + ".tmp-\(ProcessInfo.processInfo.processIdentifier)")
            try? FileManager.default.removeItem(at: temporary)
            try build(at: temporary, library: library, manifest: manifest)
            _ = try FileManager.default.replaceItemAt(path, withItemAt: temporary)
            return try PlanIndex(queue: DatabaseQueue(path: path.path, configuration: readOnly))
        } catch {
            return nil
        }
    }

    private static var readOnly: Configuration {
        var c = Configuration()
        c.readonly = true
        return c
    }

    /// Names, sizes and modification times of the library's plan files, hashed.
    static func manifest(of library: URL) -> String {
        let fm = FileManager.default
        let names = ((try? fm.contentsOfDirectory(atPath: library.path)) ?? []).filter { $0.hasSuffix(".json") }.sorted()
        var text = ""
        for name in names {
            let attributes = try? fm.attributesOfItem(atPath: library.appendingPathComponent(name).path)
            let size = (attributes?[.size] as? NSNumber)?.intValue ?? 0
            let modified = (attributes?[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
            text += "\(name)\t\(size)\t\(modified)\n"
        }
        return DecodingCache.hash(text)
    }

    private static func build(at url: URL, library: URL, manifest: String) throws {
        let queue = try DatabaseQueue(path: url.path)
        let entries = PlanLibrary(directory: library).entriesSkippingBroken().entries
        try queue.write { db in
            try db.execute(sql: """
                CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
                CREATE TABLE plan(id TEXT PRIMARY KEY, ord INTEGER NOT NULL, number TEXT, date TEXT, issuer TEXT NOT NULL,
                                  title TEXT NOT NULL, topics TEXT NOT NULL, file TEXT NOT NULL);
                CREATE TABLE document(plan TEXT NOT NULL, idx INTEGER NOT NULL, kind TEXT NOT NULL, symbol TEXT, name TEXT,
                                      number TEXT, year INTEGER, letters TEXT NOT NULL, kindFolded TEXT NOT NULL, nameFolded TEXT);
                CREATE INDEX document_number ON document(number);
                CREATE TABLE unit(plan TEXT NOT NULL, name TEXT NOT NULL, folded TEXT NOT NULL, hasDuties INTEGER NOT NULL);
                CREATE INDEX unit_folded ON unit(folded);
                """)
            for (ord, entry) in entries.enumerated() {
                let p = entry.plan
                try db.execute(sql: "INSERT OR REPLACE INTO plan VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                               arguments: [p.id, ord, p.number, p.date?.iso, p.issuer, p.title, p.topics.joined(separator: "\n"), entry.file.path])
                for (i, d) in p.documents.enumerated() {
                    let k = DocumentKey(d)
                    try db.execute(sql: "INSERT INTO document VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                                   arguments: [p.id, i, d.kind, d.symbol, d.name, k.number, k.year, k.letters, k.kindFolded, k.nameFolded])
                }
                for u in p.units {
                    try db.execute(sql: "INSERT INTO unit VALUES (?, ?, ?, ?)",
                                   arguments: [p.id, u.name, Tokenizer.foldedWords(u.name).joined(separator: " "), !u.duties.isEmpty])
                }
            }
            try db.execute(sql: "INSERT INTO meta VALUES ('manifest', ?)", arguments: [manifest])
        }
        try queue.close()
    }

    func documents(number: String) -> [IndexedDocument] {
        fetchDocuments("WHERE number = ?", [number])
    }

    /// Documents cited by name (laws), for matching a name typed in a question.
    func namedDocuments() -> [IndexedDocument] {
        fetchDocuments("WHERE name IS NOT NULL", [])
    }

    /// Documents of a kind, for completion.
    func documents(kindFolded: String) -> [IndexedDocument] {
        fetchDocuments("WHERE kindFolded = ?", [kindFolded])
    }

    private func fetchDocuments(_ condition: String, _ arguments: StatementArguments) -> [IndexedDocument] {
        (try? queue.read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM document \(condition) ORDER BY plan, idx", arguments: arguments).map { row in
                IndexedDocument(planID: row["plan"], index: row["idx"], kind: row["kind"], symbol: row["symbol"], name: row["name"],
                                key: DocumentKey(number: row["number"], year: row["year"], letters: row["letters"],
                                                 kindFolded: row["kindFolded"], nameFolded: row["nameFolded"]))
            }
        }) ?? []
    }

    /// Distinct names of the units the saved plans name.
    func unitNames() -> [String] {
        (try? queue.read { db in try String.fetchAll(db, sql: "SELECT DISTINCT name FROM unit") }) ?? []
    }

    /// Ids of the saved plans that give duties to a unit (folded name), in save order.
    func plans(namingUnit folded: String) -> [String] {
        (try? queue.read { db in
            try String.fetchAll(db, sql: """
                SELECT DISTINCT unit.plan FROM unit JOIN plan ON plan.id = unit.plan
                WHERE unit.folded = ? AND unit.hasDuties ORDER BY plan.ord
                """, arguments: [folded])
        }) ?? []
    }
}
