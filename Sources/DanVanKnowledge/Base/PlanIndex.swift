import DanVanText
import Foundation
import GRDB

/// An SQLite index of the user's plan library, so a question does not decode, or even list, every saved plan.
///
/// It lives in the cache folder. Every lookup a question makes is a keyed query (plan by number, plans by
/// title words, documents by number or name, units by folded name, the plan saved last), so its cost does
/// not grow with the library. The index is kept in step incrementally: it remembers each file's size and
/// modification time and the library folder's own modification time; when the folder changed (a plan
/// saved, replaced or removed), only the files that differ are read again, in one transaction, so a reader
/// sees the index before or after, never half of it.
///
///     let index = PlanIndex.open(library: dir, cacheDirectory: cache)
///     index?.documents(number: "33")   // every saved plan's citations of a document numbered 33
final class PlanIndex {
    private let queue: DatabaseQueue

    private init(queue: DatabaseQueue) {
        self.queue = queue
    }

    /// The layout version is in the file name: a danvan with another index layout builds its own.
    static let layout = "plans-v3"

    /// The index of `library`, brought up to date when the folder changed; nil when there is no usable cache folder.
    ///
    /// Like the other caches, the index is trusted only when it is still what danvan wrote: a regular file
    /// of the user's whose checksum matches the one recorded beside it (`PlanIndex+Seal`) when it was last
    /// written. A flipped byte, an edit of the same length, a FIFO or a link at its path: it is built again.
    static func open(library: URL, cacheDirectory: URL?) -> PlanIndex? {
        guard let cacheDirectory else { return nil }
        let path = cacheDirectory.appendingPathComponent("\(layout)-\(DecodingCache.hash(library.standardizedFileURL.path)).sqlite")
        guard PrivateDirectory.create(cacheDirectory.path) else { return nil }
        // One danvan at a time checks, brings up to date and seals the index: another one never sees it
        // between a change and its seal, nor removes it under a writer.
        return Seal.holdingLock(of: path.path) {
            for attempt in 0..<2 {
                // Only a regular file of the user's, as sealed, is opened (SQLite would block on a FIFO put there).
                if !Seal.isIntact(path.path) { Seal.remove(path.path) }
                do {
                    let queue = try DatabaseQueue(path: path.path)
                    let index = PlanIndex(queue: queue)
                    if try index.synchronize(library: library) { Seal.seal(path.path) }
                    return index
                } catch {
                    // A broken or foreign file: dropped and built again once.
                    if attempt == 0 { Seal.remove(path.path) }
                }
            }
            return nil
        }
    }

    /// The folder's modification time: it changes whenever a file is added, replaced (saved atomically) or removed.
    ///
    /// A stamp is only trusted once it is a few seconds old: the clock behind modification times is coarse,
    /// so a change made in the same tick as the last look would otherwise leave the same stamp (until then
    /// each open compares the files, which costs a `stat` per file and reads none).
    static func stamp(of library: URL) -> (value: String, settled: Bool)? {
        var info = stat()
        guard stat(library.path, &info) == 0 else { return nil }
        return ("\(info.st_mtim.tv_sec).\(info.st_mtim.tv_nsec)", Int(info.st_mtim.tv_sec) < time(nil) - 2)
    }

    /// The plan files of the folder with their size and modification time (POSIX calls: a thousand files
    /// take about a millisecond, where FileManager takes twenty).
    static func listing(of library: URL) -> [String: (size: Int64, mtime: String, inode: Int64)] {
        guard let dir = opendir(library.path) else { return [:] }
        defer { closedir(dir) }
        var files: [String: (size: Int64, mtime: String, inode: Int64)] = [:]
        while let entry = readdir(dir) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
            guard name.hasSuffix(".json"), !name.hasPrefix(".") else { continue }
            var info = stat()
            guard stat(library.path + "/" + name, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { continue }
            // The inode too: a plan saved again is a new file (written aside and renamed), even within one clock tick.
            files[name] = (Int64(info.st_size), padded(Int(info.st_mtim.tv_sec), 12) + "." + padded(Int(info.st_mtim.tv_nsec), 9),
                           Int64(info.st_ino))
        }
        return files
    }

    /// `n` in decimal, zero-padded to `width` digits (so that times compare as text).
    static func padded(_ n: Int, _ width: Int) -> String {
        let digits = String(n)
        return digits.count >= width ? digits : String(repeating: "0", count: width - digits.count) + digits
    }

    private static let schema = """
        CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
        CREATE TABLE IF NOT EXISTS file(name TEXT PRIMARY KEY, size INTEGER NOT NULL, mtime TEXT NOT NULL, inode INTEGER NOT NULL, plan TEXT);
        CREATE TABLE IF NOT EXISTS plan(id TEXT PRIMARY KEY, saved TEXT NOT NULL, number TEXT, date TEXT, issuer TEXT NOT NULL,
                          title TEXT NOT NULL, topics TEXT NOT NULL, file TEXT NOT NULL, words TEXT NOT NULL,
                          numberKey TEXT, numberFolded TEXT, issuerFolded TEXT NOT NULL);
        CREATE INDEX IF NOT EXISTS plan_saved ON plan(saved);
        CREATE INDEX IF NOT EXISTS plan_numberKey ON plan(numberKey);
        CREATE INDEX IF NOT EXISTS plan_numberFolded ON plan(numberFolded, issuerFolded);
        CREATE TABLE IF NOT EXISTS word(word TEXT NOT NULL, plan TEXT NOT NULL);
        CREATE INDEX IF NOT EXISTS word_word ON word(word);
        CREATE INDEX IF NOT EXISTS word_plan ON word(plan);
        CREATE TABLE IF NOT EXISTS document(plan TEXT NOT NULL, idx INTEGER NOT NULL, kind TEXT NOT NULL, symbol TEXT, name TEXT,
                              number TEXT, year INTEGER, letters TEXT NOT NULL, kindFolded TEXT NOT NULL, nameFolded TEXT);
        CREATE INDEX IF NOT EXISTS document_number ON document(number);
        CREATE INDEX IF NOT EXISTS document_kind ON document(kindFolded);
        CREATE INDEX IF NOT EXISTS document_name ON document(name, plan, idx);
        CREATE INDEX IF NOT EXISTS document_plan ON document(plan);
        CREATE INDEX IF NOT EXISTS document_nameFolded ON document(nameFolded);
        CREATE TABLE IF NOT EXISTS law(name TEXT PRIMARY KEY, first TEXT NOT NULL);
        CREATE TABLE IF NOT EXISTS unit(plan TEXT NOT NULL, name TEXT NOT NULL, folded TEXT NOT NULL, hasDuties INTEGER NOT NULL);
        CREATE INDEX IF NOT EXISTS unit_folded ON unit(folded);
        CREATE INDEX IF NOT EXISTS unit_plan ON unit(plan);
        CREATE INDEX IF NOT EXISTS unit_name ON unit(name);
        """

    /// Brings the index in step with the folder: nothing to do when the folder's stamp is the one recorded,
    /// else only the files added, changed or removed since are read.
    /// - Returns: whether the file was written (and must be sealed again).
    private func synchronize(library: URL) throws -> Bool {
        let stamp = Self.stamp(of: library)
        let recorded = try? queue.read { db in try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = 'dir'") }
        if let stamp, stamp.settled, recorded == stamp.value { return false }
        try queue.inTransaction(.immediate) { db in
            try db.execute(sql: Self.schema)
            let known = Dictionary(uniqueKeysWithValues: try Row.fetchAll(db, sql: "SELECT name, size, mtime, inode, plan FROM file").map { row in
                (row["name"] as String, (size: row["size"] as Int64, mtime: row["mtime"] as String, inode: row["inode"] as Int64,
                                         plan: row["plan"] as String?))
            })
            let present = Self.listing(of: library)
            for (name, old) in known where present[name] == nil {
                if let id = old.plan { try Self.delete(plan: id, db) }
                try db.execute(sql: "DELETE FROM file WHERE name = ?", arguments: [name])
            }
            let changed = present.filter { name, now in
                known[name].map { $0.size != now.size || $0.mtime != now.mtime || $0.inode != now.inode } ?? true
            }
            for (name, now) in changed {
                if let id = known[name]?.plan { try Self.delete(plan: id, db) }
                let url = library.appendingPathComponent(name)
                // A broken file is recorded without a plan (`danvan plans` names it) and read again once it changes.
                let plan = try? PlanFileCoder.decode(url)
                if let plan {
                    try Self.delete(plan: plan.id, db)
                    try Self.insert(plan, file: url, saved: now.mtime + "\u{1}" + plan.id, db)
                }
                try db.execute(sql: "INSERT OR REPLACE INTO file VALUES (?, ?, ?, ?, ?)", arguments: [name, now.size, now.mtime, now.inode, plan?.id])
            }
            if let stamp, stamp.settled {
                try db.execute(sql: "INSERT OR REPLACE INTO meta VALUES ('dir', ?)", arguments: [stamp.value])
            } else {
                try db.execute(sql: "DELETE FROM meta WHERE key = 'dir'")
            }
            return .commit
        }
        return true
    }

    /// Indexes a plan; `saved` orders the library as `PlanLibrary.entries()` does (modification time, then id).
    private static func insert(_ p: Plan, file: URL, saved: String, _ db: Database) throws {
        let words = PlanSummary.words(title: p.title, issuer: p.issuer, topics: p.topics)
        try db.execute(sql: "INSERT INTO plan VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                       arguments: [p.id, saved, p.number, p.date?.iso, p.issuer, p.title, p.topics.joined(separator: "\n"),
                                   file.path, words.sorted().joined(separator: " "), p.number.flatMap { DocumentSymbol.Identity($0).number },
                                   p.number.map(Folding.fold), Folding.fold(p.issuer)])
        for w in words {
            try db.execute(sql: "INSERT INTO word VALUES (?, ?)", arguments: [w, p.id])
        }
        for (i, d) in p.documents.enumerated() {
            let k = DocumentKey(d)
            try db.execute(sql: "INSERT INTO document VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                           arguments: [p.id, i, d.kind, d.symbol, d.name, k.number, k.year, k.letters, k.kindFolded, k.nameFolded])
            if let name = d.name {
                try db.execute(sql: """
                    INSERT INTO law VALUES (?, ?) ON CONFLICT(name) DO UPDATE SET first = min(first, excluded.first)
                    """, arguments: [name, lawOrder(saved: saved, index: i)])
            }
        }
        for u in p.units {
            try db.execute(sql: "INSERT INTO unit VALUES (?, ?, ?, ?)",
                           arguments: [p.id, u.name, Tokenizer.foldedWords(u.name).joined(separator: " "), !u.duties.isEmpty])
        }
    }

    /// Where a named document comes in the order documents are listed (plan in save order, then position).
    private static func lawOrder(saved: String, index: Int) -> String {
        saved + "\u{2}" + String(format: "%08d", index)
    }

    private static func delete(plan id: String, _ db: Database) throws {
        let names = try String.fetchAll(db, sql: "SELECT DISTINCT name FROM document WHERE plan = ? AND name IS NOT NULL", arguments: [id])
        try db.execute(sql: "DELETE FROM plan WHERE id = ?", arguments: [id])
        try db.execute(sql: "DELETE FROM word WHERE plan = ?", arguments: [id])
        try db.execute(sql: "DELETE FROM document WHERE plan = ?", arguments: [id])
        try db.execute(sql: "DELETE FROM unit WHERE plan = ?", arguments: [id])
        for name in names {
            // The law's first citation among the plans left, if any (the index on name makes this a short read).
            if let row = try Row.fetchOne(db, sql: """
                SELECT plan.saved AS saved, document.idx AS idx FROM document JOIN plan ON plan.id = document.plan
                WHERE document.name = ? ORDER BY plan.saved, document.idx LIMIT 1
                """, arguments: [name]) {
                try db.execute(sql: "UPDATE law SET first = ? WHERE name = ?", arguments: [lawOrder(saved: row["saved"], index: row["idx"]), name])
            } else {
                try db.execute(sql: "DELETE FROM law WHERE name = ?", arguments: [name])
            }
        }
    }

    // MARK: Plans

    private func read<T>(_ fallback: T, _ body: (Database) throws -> T) -> T {
        (try? queue.read(body)) ?? fallback
    }

    private static func summary(_ row: Row) -> PlanSummary {
        let topics: String = row["topics"]
        let words: String = row["words"]
        return PlanSummary(id: row["id"], number: row["number"], date: (row["date"] as String?).flatMap(CalendarDate.init(iso:)),
                           issuer: row["issuer"], title: row["title"],
                           topics: topics.isEmpty ? [] : topics.components(separatedBy: "\n"), imported: true,
                           words: Set(words.split(separator: " ").map(String.init)))
    }

    /// Every saved plan's summary, oldest first: for listings, never for answering a question.
    var summaries: [PlanSummary] {
        read([]) { db in
            try Row.fetchAll(db, sql: "SELECT id, number, date, issuer, title, topics, words FROM plan ORDER BY saved").map(Self.summary)
        }
    }

    /// The summaries of these plans, oldest first (one keyed query each: a question names a few).
    func summaries(ids: Set<String>) -> [PlanSummary] {
        read([]) { db in
            try ids.compactMap { id in
                try Row.fetchOne(db, sql: "SELECT id, number, date, issuer, title, topics, words, saved FROM plan WHERE id = ?",
                                 arguments: [id]).map { (saved: $0["saved"] as String, summary: Self.summary($0)) }
            }.sorted { $0.saved < $1.saved }.map(\.summary)
        }
    }

    /// Ids of the saved plans, oldest first.
    var planIDs: [String] {
        read([]) { db in try String.fetchAll(db, sql: "SELECT id FROM plan ORDER BY saved") }
    }

    /// The plan saved last: the default plan.
    var lastPlanID: String? { read(nil) { db in try String.fetchOne(db, sql: "SELECT id FROM plan ORDER BY saved DESC LIMIT 1") } }

    /// Which of these ids are saved plans (the built-in ones: a few).
    func contained(_ ids: [String]) -> Set<String> {
        Set(read([]) { db in
            try ids.filter { try Bool.fetchOne(db, sql: "SELECT 1 FROM plan WHERE id = ?", arguments: [$0]) ?? false }
        })
    }

    /// The first saved plan (oldest first) whose number reads as `numberKey` (`DocumentSymbol.Identity.number`).
    func planID(numberKey: String?) -> String? {
        read(nil) { db in
            if let numberKey {
                return try String.fetchOne(db, sql: "SELECT id FROM plan WHERE numberKey = ? ORDER BY saved LIMIT 1", arguments: [numberKey])
            }
            return try String.fetchOne(db, sql: "SELECT id FROM plan WHERE numberKey IS NULL AND number IS NOT NULL ORDER BY saved LIMIT 1")
        }
    }

    /// Saved plans with any of these folded words in their title, issuer or topics, each with those of the
    /// words it has, oldest first (one indexed query per word: a question gives at most eight).
    func plans(withAnyOf words: Set<String>) -> [(id: String, words: Set<String>)] {
        read([]) { db in
            var saved: [String: String] = [:]
            var found: [String: Set<String>] = [:]
            for word in words {
                let rows = try Row.fetchAll(db, sql: """
                    SELECT word.plan AS plan, plan.saved AS saved FROM word JOIN plan ON plan.id = word.plan WHERE word.word = ?
                    """, arguments: [word])
                for row in rows {
                    let id: String = row["plan"]
                    saved[id] = row["saved"]
                    found[id, default: []].insert(word)
                }
            }
            return found.keys.sorted { (saved[$0] ?? "") < (saved[$1] ?? "") }.map { ($0, found[$0] ?? []) }
        }
    }

    /// Saved plans with the same number and issuer (both folded), or the same id: what saving `plan` replaces.
    func sameIdentity(id: String, number: String?, issuer: String) -> [(id: String, number: String?, issuer: String, file: URL)] {
        read([]) { db in
            try Row.fetchAll(db, sql: """
                SELECT id, number, issuer, file FROM plan WHERE id = ? OR (numberFolded = ? AND issuerFolded = ?) ORDER BY saved
                """, arguments: [id, number.map(Folding.fold), Folding.fold(issuer)]).map { row in
                (row["id"], row["number"], row["issuer"], URL(fileURLWithPath: row["file"]))
            }
        }
    }

    /// The file a saved plan is in.
    func file(of id: String) -> URL? {
        read(nil) { db in try String.fetchOne(db, sql: "SELECT file FROM plan WHERE id = ?", arguments: [id]) }
            .map { URL(fileURLWithPath: $0) }
    }

    // MARK: Documents and units

    func documents(number: String) -> [IndexedDocument] {
        fetchDocuments("WHERE document.number = ?", [number])
    }

    /// Documents cited by name (laws), for matching a name typed in a question.
    func namedDocuments() -> [IndexedDocument] {
        fetchDocuments("WHERE document.name IS NOT NULL", [])
    }

    /// Distinct names of cited laws, in the order their first citation is listed (one row per name).
    func lawNames() -> [String] {
        read([]) { db in try String.fetchAll(db, sql: "SELECT name FROM law ORDER BY first") }
    }

    /// Documents cited under this name.
    func documents(named name: String) -> [IndexedDocument] {
        fetchDocuments("WHERE document.name = ?", [name])
    }

    /// Documents cited under this folded name.
    func documents(nameFolded: String) -> [IndexedDocument] {
        fetchDocuments("WHERE document.nameFolded = ?", [nameFolded])
    }

    /// Documents of a kind, for completion.
    func documents(kindFolded: String) -> [IndexedDocument] {
        fetchDocuments("WHERE document.kindFolded = ?", [kindFolded])
    }

    private func fetchDocuments(_ condition: String, _ arguments: StatementArguments) -> [IndexedDocument] {
        read([]) { db in
            try Row.fetchAll(db, sql: """
                SELECT document.* FROM document JOIN plan ON plan.id = document.plan \(condition) ORDER BY plan.saved, document.idx
                """, arguments: arguments).map { row in
                IndexedDocument(planID: row["plan"], index: row["idx"], kind: row["kind"], symbol: row["symbol"], name: row["name"],
                                key: DocumentKey(number: row["number"], year: row["year"], letters: row["letters"],
                                                 kindFolded: row["kindFolded"], nameFolded: row["nameFolded"]))
            }
        }
    }

    /// Distinct names of the units the saved plans name.
    func unitNames() -> [String] {
        read([]) { db in try String.fetchAll(db, sql: "SELECT DISTINCT name FROM unit") }
    }

    /// Ids of the saved plans that give duties to a unit (folded name), in save order.
    func plans(namingUnit folded: String) -> [String] {
        read([]) { db in
            try String.fetchAll(db, sql: """
                SELECT DISTINCT unit.plan FROM unit JOIN plan ON plan.id = unit.plan
                WHERE unit.folded = ? AND unit.hasDuties ORDER BY plan.saved
                """, arguments: [folded])
        }
    }
}
