import DanVanText
import Foundation
import GRDB

/// An SQLite index of the user's plan library, so a question does not decode, or even list, every saved plan.
///
/// It lives in the cache folder. Every lookup a question makes is a keyed query (plan by number, plans by
/// title words, documents by number or name, units by folded name, the plan saved last), so its cost does
/// not grow with the library.
///
/// It is kept in step incrementally, and trusted at once:
/// - the writer that adds, replaces or removes a plan (`PlanLibrary.save`, `remove`) updates that plan's
///   rows and records the folder's stamp itself, under the index's lock (`PlanIndex+Writing`);
/// - a reader checks the folder's stamp (one `stat`, `LibraryFolder.Stamp`): when it is the recorded one,
///   nothing else is looked at; when the folder was changed by hand (a file copied in, removed, renamed),
///   every file is compared (a `stat` each) and only those that differ are read again, in one transaction,
///   so a reader sees the index before or after, never half of it;
/// - a plan read for an answer whose file was edited in place (same name, so the folder's stamp does not
///   move) is indexed again then (`refresh`).
///
///     let index = PlanIndex.open(library: dir, cacheDirectory: cache)
///     index?.documents(number: "33")   // every saved plan's citations of a document numbered 33
final class PlanIndex {
    let queue: DatabaseQueue
    /// The library folder indexed.
    let library: URL
    /// Where the index is, and the inode of the file this instance has open (a rebuilt index is another).
    let path: String
    let inode: UInt64?
    /// Answers of `plans(namedBy:)` given in this process (emptied when this process changes the index).
    private var nameCache: [PlanNameRun: [PlanNameRun.Match]] = [:]
    private let cacheLock = NSLock()

    /// Forgets the answers kept for this process (after a change of the index).
    func forgetCachedAnswers() {
        cacheLock.lock()
        nameCache = [:]
        cacheLock.unlock()
    }

    /// How the index was found in step with the folder when it was opened.
    private(set) var synchronization = Synchronization.trusted

    /// How an open found the index in step with the folder.
    enum Synchronization: Equatable {
        /// The folder's stamp was the recorded one: nothing else was looked at.
        case trusted
        /// The folder had changed since (by hand, or by a writer that could not record it): every file was compared.
        case compared
        /// There was no usable index (none yet, broken seal, unreadable): built from every file.
        case built
    }

    private init(queue: DatabaseQueue, library: URL, path: String) {
        self.queue = queue
        self.library = library
        self.path = path
        var info = stat()
        inode = lstat(path, &info) == 0 ? UInt64(info.st_ino) : nil
    }

    /// The layout version is in the file name: a danvan with another index layout builds its own.
    static let layout = "plans-v4"

    /// Where the index of `library` is kept in `cacheDirectory`.
    static func path(library: URL, cacheDirectory: URL) -> String {
        cacheDirectory.appendingPathComponent("\(layout)-\(DecodingCache.hash(library.standardizedFileURL.path)).sqlite").path
    }

    /// The index of `library`, brought up to date when the folder changed; nil when there is no usable cache folder.
    ///
    /// Like the other caches, the index is trusted only when it is still what danvan wrote: a regular file
    /// of the user's whose seal matches the one recorded beside it (`PlanIndex+Seal`) when it was last
    /// written. A flipped byte, an edit of the same length, a FIFO or a link at its path: it is built again.
    static func open(library: URL, cacheDirectory: URL?) -> PlanIndex? {
        guard let cacheDirectory else { return nil }
        let path = path(library: library, cacheDirectory: cacheDirectory)
        guard PrivateDirectory.create(cacheDirectory.path) else { return nil }
        // One danvan at a time checks, brings up to date and seals the index: another one never sees it
        // between a change and its seal, nor removes it under a writer.
        return Seal.holdingLock(of: path) {
            guard let (index, wrote) = openLocked(path: path, library: library) else { return nil }
            if wrote { Seal.seal(path) }
            return index
        }
    }

    /// Opens the index at `path` (the caller holds its lock), in step with the folder: built again when its
    /// seal is broken or SQLite cannot read it. `wrote`: whether it must be sealed again.
    static func openLocked(path: String, library: URL) -> (index: PlanIndex, wrote: Bool)? {
        for attempt in 0..<2 {
            // Only a regular file of the user's, as sealed, is opened (SQLite would block on a FIFO put there).
            let intact = Seal.isIntact(path)
            if intact { Seal.removeJournals(path) } else { Seal.remove(path) }
            do {
                var configuration = Configuration()
                // A writer waits for the short reads of another danvan instead of failing.
                configuration.busyMode = .timeout(10)
                let index = PlanIndex(queue: try DatabaseQueue(path: path, configuration: configuration), library: library, path: path)
                let wrote = try index.synchronize(library: library)
                index.synchronization = !wrote ? .trusted : intact ? .compared : .built
                return (index, wrote)
            } catch {
                // A broken or foreign file: dropped and built again once.
                if attempt == 0 { Seal.remove(path) }
            }
        }
        return nil
    }

    static let schema = """
        CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
        CREATE TABLE IF NOT EXISTS file(name TEXT PRIMARY KEY, size INTEGER NOT NULL, mtime TEXT NOT NULL, inode INTEGER NOT NULL, plan TEXT);
        CREATE INDEX IF NOT EXISTS file_plan ON file(plan);
        CREATE TABLE IF NOT EXISTS plan(id TEXT PRIMARY KEY, saved TEXT NOT NULL, number TEXT, date TEXT, issuer TEXT NOT NULL,
                          title TEXT NOT NULL, topics TEXT NOT NULL, file TEXT NOT NULL, words TEXT NOT NULL,
                          numberKey TEXT, numberFolded TEXT, issuerFolded TEXT NOT NULL);
        CREATE INDEX IF NOT EXISTS plan_saved ON plan(saved);
        CREATE INDEX IF NOT EXISTS plan_numberKey ON plan(numberKey, saved);
        CREATE INDEX IF NOT EXISTS plan_numberFolded ON plan(numberFolded, issuerFolded);
        CREATE TABLE IF NOT EXISTS word(word TEXT NOT NULL, plan TEXT NOT NULL, PRIMARY KEY(word, plan)) WITHOUT ROWID;
        CREATE INDEX IF NOT EXISTS word_plan ON word(plan);
        CREATE TABLE IF NOT EXISTS wordcount(word TEXT PRIMARY KEY, plans INTEGER NOT NULL) WITHOUT ROWID;
        CREATE TABLE IF NOT EXISTS document(plan TEXT NOT NULL, idx INTEGER NOT NULL, kind TEXT NOT NULL, symbol TEXT, name TEXT,
                              number TEXT, year INTEGER, letters TEXT NOT NULL, kindFolded TEXT NOT NULL, nameFolded TEXT);
        CREATE INDEX IF NOT EXISTS document_number ON document(number);
        CREATE INDEX IF NOT EXISTS document_kind ON document(kindFolded);
        CREATE INDEX IF NOT EXISTS document_name ON document(name, plan, idx);
        CREATE INDEX IF NOT EXISTS document_plan ON document(plan);
        CREATE INDEX IF NOT EXISTS document_nameFolded ON document(nameFolded);
        CREATE TABLE IF NOT EXISTS law(name TEXT PRIMARY KEY, first TEXT NOT NULL);
        CREATE INDEX IF NOT EXISTS law_first ON law(first);
        CREATE TABLE IF NOT EXISTS unit(plan TEXT NOT NULL, name TEXT NOT NULL, folded TEXT NOT NULL, hasDuties INTEGER NOT NULL);
        CREATE INDEX IF NOT EXISTS unit_folded ON unit(folded, hasDuties);
        CREATE INDEX IF NOT EXISTS unit_plan ON unit(plan);
        CREATE TABLE IF NOT EXISTS unitname(name TEXT PRIMARY KEY, plans INTEGER NOT NULL) WITHOUT ROWID;
        """

    /// Brings the index in step with the folder: nothing to do when the folder's stamp is the one recorded
    /// (one `stat`), else every file is compared and only those added, changed or removed since are read.
    /// - Returns: whether the file was written (and must be sealed again).
    private func synchronize(library: URL) throws -> Bool {
        let stamp = LibraryFolder.stamp(of: library)
        let recorded = try? queue.read { db in try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = 'dir'") }
        if let stamp, recorded == stamp.text { return false }
        try queue.inTransaction(.immediate) { db in
            try db.execute(sql: Self.schema)
            // The clock first moves past the stamp, then the files are listed: a change made after the
            // listing gets a later stamp, so the stamp recorded below never hides one.
            let settled = stamp.map { LibraryFolder.waitPast($0.latest) } ?? false
            let known = Dictionary(uniqueKeysWithValues: try Row.fetchAll(db, sql: "SELECT name, size, mtime, inode, plan FROM file").map { row in
                (row["name"] as String, (info: LibraryFolder.FileInfo(size: row["size"], mtime: row["mtime"], inode: row["inode"]),
                                         plan: row["plan"] as String?))
            })
            let present = LibraryFolder.listing(of: library)
            for (name, old) in known where present[name] == nil {
                if let id = old.plan { try Self.delete(plan: id, db) }
                try db.execute(sql: "DELETE FROM file WHERE name = ?", arguments: [name])
            }
            for (name, now) in present where known[name]?.info != now {
                if let id = known[name]?.plan { try Self.delete(plan: id, db) }
                let url = library.appendingPathComponent(name)
                // A broken file is recorded without a plan (`danvan plans` names it) and read again once it changes.
                try Self.record(try? PlanFileCoder.decode(url), name: name, info: now, library: library, db)
            }
            var digest = LibraryFolder.Digest()
            for row in try Row.fetchAll(db, sql: "SELECT name, inode FROM file") { digest.add(name: row["name"], inode: row["inode"]) }
            try db.execute(sql: "INSERT OR REPLACE INTO meta VALUES ('listing', ?)", arguments: [digest.text])
            try Self.recordStamp(stamp, settled: settled, library: library, db)
            return .commit
        }
        return true
    }

    /// Records the folder's stamp taken before the listing, when the clock had moved past it and the folder
    /// has not changed since; else none, and the next reader compares the files again.
    static func recordStamp(_ stamp: LibraryFolder.Stamp?, settled: Bool, library: URL, _ db: Database) throws {
        if let stamp, settled, LibraryFolder.stamp(of: library) == stamp {
            try db.execute(sql: "INSERT OR REPLACE INTO meta VALUES ('dir', ?)", arguments: [stamp.text])
        } else {
            try db.execute(sql: "DELETE FROM meta WHERE key = 'dir'")
        }
    }

    /// Records the file `name` and the plan it holds (nil: a file that does not decode).
    static func record(_ plan: Plan?, name: String, info: LibraryFolder.FileInfo, library: URL, _ db: Database) throws {
        if let plan {
            try delete(plan: plan.id, db)
            try insert(plan, file: library.appendingPathComponent(name), saved: info.mtime + "\u{1}" + plan.id, db)
        }
        try db.execute(sql: "INSERT OR REPLACE INTO file VALUES (?, ?, ?, ?, ?)", arguments: [name, info.size, info.mtime, info.inode, plan?.id])
    }

    /// Indexes a plan; `saved` orders the library as `PlanLibrary.entries()` does (modification time, then id).
    private static func insert(_ p: Plan, file: URL, saved: String, _ db: Database) throws {
        let words = PlanSummary.words(title: p.title, issuer: p.issuer, topics: p.topics)
        try db.execute(sql: "INSERT INTO plan VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                       arguments: [p.id, saved, p.number, p.date?.iso, p.issuer, p.title, p.topics.joined(separator: "\n"),
                                   file.path, words.sorted().joined(separator: " "), p.number.flatMap { DocumentSymbol.Identity($0).number },
                                   p.number.map(Folding.fold), Folding.fold(p.issuer)])
        for w in words {
            try db.execute(sql: "INSERT OR IGNORE INTO word VALUES (?, ?)", arguments: [w, p.id])
            try db.execute(sql: "INSERT INTO wordcount VALUES (?, 1) ON CONFLICT(word) DO UPDATE SET plans = plans + 1", arguments: [w])
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
        // The distinct unit names, each with the number of plans naming it: read whole at start-up, they
        // grow with the units of the commune, not with the number of plans.
        for name in Set(p.units.map(\.name)) {
            try db.execute(sql: "INSERT INTO unitname VALUES (?, 1) ON CONFLICT(name) DO UPDATE SET plans = plans + 1", arguments: [name])
        }
    }

    /// Where a named document comes in the order documents are listed (plan in save order, then position).
    private static func lawOrder(saved: String, index: Int) -> String {
        saved + "\u{2}" + String(format: "%08d", index)
    }

    /// Removes a plan's rows (its file's row, if any, then holds no plan).
    static func delete(plan id: String, _ db: Database) throws {
        guard try Bool.fetchOne(db, sql: "SELECT 1 FROM plan WHERE id = ?", arguments: [id]) ?? false else { return }
        let names = try String.fetchAll(db, sql: "SELECT DISTINCT name FROM document WHERE plan = ? AND name IS NOT NULL", arguments: [id])
        for word in try String.fetchAll(db, sql: "SELECT word FROM word WHERE plan = ?", arguments: [id]) {
            try db.execute(sql: "UPDATE wordcount SET plans = plans - 1 WHERE word = ?", arguments: [word])
            try db.execute(sql: "DELETE FROM wordcount WHERE word = ? AND plans <= 0", arguments: [word])
        }
        for name in try String.fetchAll(db, sql: "SELECT DISTINCT name FROM unit WHERE plan = ?", arguments: [id]) {
            try db.execute(sql: "UPDATE unitname SET plans = plans - 1 WHERE name = ?", arguments: [name])
            try db.execute(sql: "DELETE FROM unitname WHERE name = ? AND plans <= 0", arguments: [name])
        }
        try db.execute(sql: "DELETE FROM plan WHERE id = ?", arguments: [id])
        try db.execute(sql: "DELETE FROM word WHERE plan = ?", arguments: [id])
        try db.execute(sql: "DELETE FROM document WHERE plan = ?", arguments: [id])
        try db.execute(sql: "DELETE FROM unit WHERE plan = ?", arguments: [id])
        try db.execute(sql: "UPDATE file SET plan = NULL WHERE plan = ?", arguments: [id])
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

    /// The two saved plans with the best runs of words after "kế hoạch" (`PlanNameRun.score`, at least
    /// `PlanNameRun.minimumHits`), best first: enough to tell the plan named from a tie. Read level by level
    /// from the word index (`PlanIndex+Names`), no row of the plan table; kept for the process, since the
    /// several readings of one question ask for the same run.
    func plans(namedBy run: PlanNameRun) -> [PlanNameRun.Match] {
        cacheLock.lock()
        if let cached = nameCache[run] {
            cacheLock.unlock()
            return cached
        }
        cacheLock.unlock()
        let found: [PlanNameRun.Match] = read([]) { db in try Self.bestTwo(namedBy: run, db) }
        cacheLock.lock()
        nameCache[run] = found
        cacheLock.unlock()
        return found
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
        read([]) { db in try String.fetchAll(db, sql: "SELECT name FROM unitname") }
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
