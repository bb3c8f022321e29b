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
    /// Ids of the saved plans, oldest first: all most questions need (the last is the default plan).
    let planIDs: [String]

    private init(queue: DatabaseQueue) throws {
        self.queue = queue
        planIDs = try queue.read { db in try String.fetchAll(db, sql: "SELECT id FROM plan ORDER BY ord") }
    }

    /// Every saved plan's summary, oldest first (read on first use: a question naming a plan needs them).
    lazy var summaries: [PlanSummary] = (try? queue.read { db in
        try Row.fetchAll(db, sql: "SELECT id, number, date, issuer, title, topics, words FROM plan ORDER BY ord").map { row in
            let topics: String = row["topics"]
            let words: String = row["words"]
            return PlanSummary(id: row["id"], number: row["number"], date: (row["date"] as String?).flatMap(CalendarDate.init(iso:)),
                               issuer: row["issuer"], title: row["title"],
                               topics: topics.isEmpty ? [] : topics.components(separatedBy: "\n"), imported: true,
                               words: Set(words.split(separator: " ").map(String.init)))
        }
    }) ?? []

    /// The file a saved plan is in.
    func file(of id: String) -> URL? {
        (try? queue.read { db in try String.fetchOne(db, sql: "SELECT file FROM plan WHERE id = ?", arguments: [id]) })
            .flatMap { $0 }.map { URL(fileURLWithPath: $0) }
    }

    /// The index of `library`, built or rebuilt when needed; nil when there is no usable cache folder.
    static func open(library: URL, cacheDirectory: URL?) -> PlanIndex? {
        guard let cacheDirectory else { return nil }
        let manifest = Self.manifest(of: library)
        // The layout version is in the name: a danvan with another index layout builds its own.
        let path = cacheDirectory.appendingPathComponent("plans-v2-\(DecodingCache.hash(library.standardizedFileURL.path)).sqlite")
        // Only a regular file of the user's is opened (SQLite would block on a FIFO put there).
        if !isOwnRegularFile(path.path) { unlink(path.path) }
        if isOwnRegularFile(path.path), let queue = try? DatabaseQueue(path: path.path, configuration: readOnly),
           (try? queue.read { db in try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = 'manifest'") }) == manifest,
           let index = try? PlanIndex(queue: queue) {
            return index
        }
        do {
            guard PrivateDirectory.create(cacheDirectory.path) else { return nil }
            let temporary = path.deletingLastPathComponent()
                .appendingPathComponent(path.lastPathComponent + ".tmp-\(ProcessInfo.processInfo.processIdentifier)")
            try? FileManager.default.removeItem(at: temporary)
            do {
                try build(at: temporary, library: library, manifest: manifest)
                // rename(2) replaces the old index atomically: a reader sees the old one or the new one.
                guard rename(temporary.path, path.path) == 0 else { throw CocoaError(.fileWriteUnknown) }
            } catch {
                try? FileManager.default.removeItem(at: temporary)
                throw error
            }
            return try PlanIndex(queue: DatabaseQueue(path: path.path, configuration: readOnly))
        } catch {
            return nil
        }
    }

    /// A regular file (not a link, FIFO or device) owned by the user.
    static func isOwnRegularFile(_ path: String) -> Bool {
        var info = stat()
        return lstat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFREG && info.st_uid == geteuid()
    }

    private static var readOnly: Configuration {
        var c = Configuration()
        c.readonly = true
        return c
    }

    /// Names, sizes and modification times of the library's plan files, hashed (POSIX calls: a thousand
    /// files take about a millisecond, where FileManager takes twenty).
    static func manifest(of library: URL) -> String {
        guard let dir = opendir(library.path) else { return DecodingCache.hash("") }
        defer { closedir(dir) }
        var lines: [String] = []
        while let entry = readdir(dir) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
            guard name.hasSuffix(".json") else { continue }
            var info = stat()
            guard stat(library.path + "/" + name, &info) == 0 else { continue }
            lines.append("\(name)\t\(info.st_size)\t\(info.st_mtim.tv_sec).\(info.st_mtim.tv_nsec)")
        }
        return DecodingCache.hash(lines.sorted().joined(separator: "\n"))
    }

    private static func build(at url: URL, library: URL, manifest: String) throws {
        let queue = try DatabaseQueue(path: url.path)
        let entries = PlanLibrary(directory: library).entriesSkippingBroken().entries
        try queue.write { db in
            try db.execute(sql: """
                CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
                CREATE TABLE plan(id TEXT PRIMARY KEY, ord INTEGER NOT NULL, number TEXT, date TEXT, issuer TEXT NOT NULL,
                                  title TEXT NOT NULL, topics TEXT NOT NULL, file TEXT NOT NULL, words TEXT NOT NULL);
                CREATE TABLE document(plan TEXT NOT NULL, idx INTEGER NOT NULL, kind TEXT NOT NULL, symbol TEXT, name TEXT,
                                      number TEXT, year INTEGER, letters TEXT NOT NULL, kindFolded TEXT NOT NULL, nameFolded TEXT);
                CREATE INDEX document_number ON document(number);
                CREATE TABLE unit(plan TEXT NOT NULL, name TEXT NOT NULL, folded TEXT NOT NULL, hasDuties INTEGER NOT NULL);
                CREATE INDEX unit_folded ON unit(folded);
                """)
            for (ord, entry) in entries.enumerated() {
                let p = entry.plan
                let words = PlanSummary.words(title: p.title, issuer: p.issuer, topics: p.topics).sorted().joined(separator: " ")
                try db.execute(sql: "INSERT OR REPLACE INTO plan VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                               arguments: [p.id, ord, p.number, p.date?.iso, p.issuer, p.title, p.topics.joined(separator: "\n"),
                                           entry.file.path, words])
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
