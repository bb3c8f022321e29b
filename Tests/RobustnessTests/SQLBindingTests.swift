import DanVanTasks
import DanVanText
import Foundation
import XCTest

/// No user text ever reaches SQL except as a bound value.
final class SQLBindingTests: XCTestCase {
    /// Interpolations allowed inside SQL text, each holding only fixed SQL written in the source.
    /// A new one fails this test until it is reviewed: user values must be bound with `?`.
    static let reviewed: [String: String] = [
        #"conditions.joined(separator: " AND ")"#: "TaskStore+Queries: fragments are literals; values are appended to `arguments`",
        "condition": "TaskStore+Queries/History: one of two literal conditions, or a literal passed by the caller",
        "column": "ChangeRecorder: TaskField.rawValue, an enum of column names",
        "order": "TaskStore+History: \"ASC\" or \"DESC\" from the caller",
        #"limit.map { "LIMIT \($0)" } ?? """#: "TaskStore+History: an Int",
        "$0": "TaskStore+History: the Int limit inside the fragment above",
        "keptMainCache": "TaskStore+Import: an Int read from PRAGMA main.cache_size, set back after the import",
        "keptTempCache": "TaskStore+Import: an Int read from PRAGMA temp.cache_size, set back after the import",
        "table": "TaskStore+ImportIndexes: a name from its fixed list `tables` (\"task\", \"journal_entry\")",
        "marks": "PlanIndex+Names: \"?, ?…\", one bound parameter per word",
        "sourceSQL": "PlanIndex+Names: one of two literal fragments; the words they read are bound",
        "conditionsSQL": "PlanIndex+Names: literal EXISTS probes; the words are bound",
        "hitsSQL": "PlanIndex+Names: an Int, then literal EXISTS probes; the words are bound",
        "floor": "PlanIndex+Names: an Int, the fewest hits kept",
        "ordering": "PlanIndex+Names: \"ORDER BY hits DESC, plan\" or nothing",
    ]

    /// In `DanVanTasksPostgres`, SQL literals are `PostgresQuery` literals: their interpolations are sent
    /// as bound parameters ($1, $2…), never as text. Only `\(unescaped: …)` splices text, and so does a
    /// plain string built for `PostgresQuery(unsafeSQL:)`; those fragments are reviewed here (the
    /// `unescaped:` ones are enforced by the scan; the plain-string ones are listed for the reviewer).
    static let reviewedPostgres: [String: String] = [
        "unescaped: Self.taskColumns": "a constant column list",
        #"unescaped: Self.taskColumns(of: "t")"#: "the constant column list, qualified with a literal alias",
        #"unescaped: Self.taskColumns(of: "n")"#: "the constant column list, qualified with a literal alias",
        "unescaped: condition": "one of two literal status conditions",
        "unescaped: column": "TaskField.rawValue, an enum of column names",
        "unescaped: Self.type(of: field)": "a literal SQL type name from a switch",
        "Self.taskColumns": "a constant column list (plain string for unsafeSQL)",
        "condition": "whereClause: literal fragments; values are appended to the bindings as $n",
        "limitSQL": "\"LIMIT $n\" with the limit bound",
        "binds.count": "the number of a bound parameter",
        "table": "migrate: one of four literal table names",
        "order": "eventsSQL: \"ASC\" or \"DESC\" from the caller",
        #"limit.map { "LIMIT \($0)" } ?? """#: "eventsSQL: \"$2\", a bound parameter",
        "$0": "the fragment above",
    ]

    static let sqlWords = try! NSRegularExpression(
        pattern: #"\b(SELECT|INSERT\s+INTO|UPDATE\s+\w+\s+SET|DELETE\s+FROM|WHERE|CREATE\s+(TABLE|INDEX|TRIGGER)|ALTER\s+TABLE|PRAGMA)\b"#)

    /// String literals of a Swift source (single-line and multi-line), roughly but safely.
    static func literals(in source: String) -> [String] {
        var out: [String] = []
        var rest = Substring(source)
        while let open = rest.firstIndex(of: "\"") {
            if rest[open...].hasPrefix("\"\"\"") {
                let body = rest[rest.index(open, offsetBy: 3)...]
                guard let close = body.range(of: "\"\"\"") else { break }
                out.append(String(body[..<close.lowerBound]))
                rest = body[close.upperBound...]
            } else {
                var i = rest.index(after: open), depth = 0
                var text = ""
                while i < rest.endIndex {
                    let c = rest[i]
                    if c == "\\", rest.index(after: i) < rest.endIndex {
                        let n = rest[rest.index(after: i)]
                        text.append(c); text.append(n)
                        if n == "(" { depth += 1 }
                        i = rest.index(i, offsetBy: 2)
                        continue
                    }
                    if depth > 0 { if c == "(" { depth += 1 } else if c == ")" { depth -= 1 } }
                    else if c == "\"" || c == "\n" { break }
                    text.append(c)
                    i = rest.index(after: i)
                }
                out.append(text)
                rest = i < rest.endIndex ? rest[rest.index(after: i)...] : ""
            }
        }
        return out
    }

    /// The expressions interpolated with `\( … )` in a literal (balanced parentheses).
    static func interpolations(in literal: String) -> [String] {
        var out: [String] = []
        var rest = Substring(literal)
        while let r = rest.range(of: "\\(") {
            var depth = 1, i = r.upperBound
            while i < rest.endIndex, depth > 0 {
                if rest[i] == "(" { depth += 1 } else if rest[i] == ")" { depth -= 1 }
                i = rest.index(after: i)
            }
            let expr = rest[r.upperBound..<rest.index(before: i)]
            out.append(String(expr))
            out += interpolations(in: String(expr))
            rest = rest[i...]
        }
        return out
    }

    func testSQLTextInterpolatesOnlyReviewedFixedFragments() throws {
        let sources = Repository.root.appendingPathComponent("Sources")
        let files = FileManager.default.enumerator(at: sources, includingPropertiesForKeys: nil)!
            .compactMap { $0 as? URL }.filter { $0.pathExtension == "swift" }
        var sqlLiterals = 0
        for file in files {
            let text = try String(contentsOf: file, encoding: .utf8)
            let postgres = file.pathComponents.contains("DanVanTasksPostgres")
            for literal in Self.literals(in: text) {
                let range = NSRange(literal.startIndex..., in: literal)
                guard Self.sqlWords.firstMatch(in: literal, range: range) != nil else { continue }
                sqlLiterals += 1
                for expr in Self.interpolations(in: literal) where postgres {
                    // A bound parameter unless it splices text: then it must be reviewed.
                    if expr.hasPrefix("unescaped:"), Self.reviewedPostgres[expr] == nil {
                        XCTFail("\(file.lastPathComponent): “\\(\(expr))” splices text into SQL — bind it instead")
                    }
                }
                for expr in Self.interpolations(in: literal) where !postgres && Self.reviewed[expr] == nil {
                    XCTFail("\(file.lastPathComponent): “\\(\(expr))” interpolated into SQL — bind user values with ? instead")
                }
            }
        }
        XCTAssertGreaterThan(sqlLiterals, 10, "the scan found the store's SQL")
    }

    func testScannerSeesAnInterpolationItWasNotToldAbout() {
        let source = #"let q = db.execute(sql: "DELETE FROM task WHERE title = '\(title)'")"#
        let found = Self.literals(in: source).flatMap(Self.interpolations(in:))
        XCTAssertEqual(found, ["title"])
        XCTAssertNil(Self.reviewed["title"])
    }

    /// Quotes, comments and SQL in every field and filter are stored and matched literally.
    func testHostileValuesAreBoundNotExecuted() throws {
        let store = try TaskStore(path: try Repository.scratch(self).appendingPathComponent("t.sqlite").path)
        let payloads = ["'); DROP TABLE task; --", "\" OR 1=1 --", "x' OR '1'='1", "%", "_", "\\", "'; PRAGMA writable_schema=1; --"]
        for p in payloads {
            let t = try store.add(TaskDraft(title: "T " + p, unit: p, coUnits: p, product: p, note: p), user: p)
            _ = try store.addNote(taskID: t.id, text: p, user: p)
            _ = try store.reassign(id: t.id, to: p + "!", user: p)
        }
        let all = try store.tasks(matching: TaskFilter(), today: Repository.today)
        XCTAssertEqual(all.count, payloads.count)
        XCTAssertEqual(Set(all.map(\.title)), Set(payloads.map { "T " + $0 }))
        for p in payloads {
            XCTAssertEqual(try store.tasks(matching: TaskFilter(unit: p + "!"), today: Repository.today).map(\.unit), [p + "!"], p)
            XCTAssertEqual(try store.tasks(matching: TaskFilter(unit: p), today: Repository.today).count, 0, p)
        }
        // Title search matches folded words, not SQL: "' OR '1'='1" finds the two titles with the words "or 1 1".
        XCTAssertEqual(Set(try store.tasks(titleContaining: "' OR '1'='1").map(\.title)), ["T x' OR '1'='1", "T \" OR 1=1 --"])
        XCTAssertEqual(try store.recentHistory(limit: 1000).filter { payloads.contains($0.user) }.count, payloads.count * 3)
        XCTAssertEqual(try store.integrityCheck(), ["ok"])
    }
}
