import DanVanTasks
import DanVanText
import Foundation
import PostgresNIO

extension PostgresTaskStore {
    /// The WHERE clause of a filter with its binds (values are bound, never spliced), always within
    /// the official's commune (the policies would hide the others anyway; this lets the index serve).
    func whereClause(_ filter: TaskFilter, today: CalendarDate) -> (String, PostgresBindings) {
        var binds = PostgresBindings()
        binds.append(communeID)
        return (condition(filter, today: today, binds: &binds), binds)
    }

    /// A filter's condition on `danvan.task`; its values are appended to `binds`, whose `$1` must be
    /// the commune (several conditions of one statement share it).
    func condition(_ filter: TaskFilter, today: CalendarDate, binds: inout PostgresBindings) -> String {
        var conditions = ["commune_id = $1"]
        func bind(_ value: String) -> String {
            binds.append(value)
            return "$\(binds.count)"
        }
        conditions.append(filter.status.sqlCondition)
        if filter.overdueOnly {
            conditions.append("status = 'pending' AND due < \(bind(today.iso))::date")
        }
        if let days = filter.dueWithinDays {
            conditions.append("status = 'pending' AND due >= \(bind(today.iso))::date AND due <= \(bind(today.adding(days: days).iso))::date")
        }
        if let unit = filter.unit {
            conditions.append("unit = \(bind(unit))")
        }
        return conditions.joined(separator: " AND ")
    }

    /// List order, as on SQLite: open by deadline (undated last), then done, then deleted; by number.
    static let listOrder = "CASE status WHEN 'pending' THEN 0 WHEN 'done' THEN 1 ELSE 2 END, due IS NULL, due, number"

    /// The statuses a list of `status` shows, in list order.
    static func listedStatuses(_ status: TaskFilter.Status) -> [String] {
        switch status {
        case .active: return ["pending", "done"]
        case .open: return ["pending"]
        case .done: return ["done"]
        case .deleted: return ["deleted"]
        }
    }

    /// A page of a filter's tasks in list order (`taskColumns`, plus `list_rank` and `list_due`): one
    /// branch per status, each read through an index in deadline order (`task_in_list_order`, or
    /// `task_of_unit_in_list_order` for a unit) and stopped after `offset + limit` rows, so a page of a
    /// commune of 2,000 tasks reads a few dozen rows, not all of them to sort.
    func pageSQL(_ filter: TaskFilter, today: CalendarDate, binds: inout PostgresBindings, offset: Int, limit: Int) -> String {
        let condition = condition(filter, today: today, binds: &binds)
        binds.append(max(0, offset) + max(0, limit))
        let each = "$\(binds.count)"
        binds.append(max(0, limit))
        binds.append(max(0, offset))
        // Ascending deadlines put undated tasks last, as `listOrder` does.
        let branches = Self.listedStatuses(filter.status).enumerated().map { rank, status in
            """
            (SELECT \(Self.taskColumns), \(rank) AS list_rank, t.due AS list_due FROM danvan.task t
             WHERE \(condition) AND t.status = '\(status)' ORDER BY t.due, t.number LIMIT \(each))
            """
        }
        return """
            SELECT * FROM (\(branches.joined(separator: " UNION ALL "))) AS listed
            ORDER BY list_rank, list_due, number LIMIT $\(binds.count - 1) OFFSET $\(binds.count)
            """
    }

    public func tasks(matching filter: TaskFilter, today: CalendarDate, limit: Int?) throws -> [PlanTask] {
        if let limit, filter.unitContaining == nil {
            return try tasks(matching: filter, today: today, offset: 0, limit: limit)
        }
        let (condition, binds) = whereClause(filter, today: today)
        let sql = """
            SELECT \(Self.taskColumns) FROM danvan.task WHERE \(condition)
            ORDER BY \(Self.listOrder)
            """
        let found = try run(PostgresQuery(unsafeSQL: sql, binds: binds), "list").map { try $0.task() }
        guard let fragment = filter.unitContaining else { return found }
        let matching = found.filter { TaskStore.unit($0.unit, contains: fragment) }
        return limit.map { Array(matching.prefix($0)) } ?? matching
    }

    public func tasks(matching filter: TaskFilter, today: CalendarDate, offset: Int, limit: Int) throws -> [PlanTask] {
        guard filter.unitContaining == nil else {
            return Array(try tasks(matching: filter, today: today, limit: offset + limit).dropFirst(offset))
        }
        var binds = PostgresBindings()
        binds.append(communeID)
        let sql = pageSQL(filter, today: today, binds: &binds, offset: offset, limit: limit)
        return try run(PostgresQuery(unsafeSQL: sql, binds: binds), "list").map { try $0.task() }
    }

    public func count(matching filter: TaskFilter, today: CalendarDate) throws -> Int {
        if filter.unitContaining != nil {
            return min(try tasks(matching: filter, today: today, limit: nil).count, TaskStore.countCap + 1)
        }
        var (condition, binds) = whereClause(filter, today: today)
        binds.append(TaskStore.countCap + 1)
        let sql = "SELECT COUNT(*)::bigint AS n FROM (SELECT 1 FROM danvan.task WHERE \(condition) LIMIT $\(binds.count)) AS capped"
        return Int(try run(PostgresQuery(unsafeSQL: sql, binds: binds), "count").first?.int64("n") ?? 0)
    }

    public func tasks(titleContaining text: String, includingDeleted: Bool) throws -> [PlanTask] {
        let needle = Tokenizer.foldedWords(text).joined(separator: " ")
        guard !needle.isEmpty else { return [] }
        let condition = includingDeleted ? "status = 'deleted'" : "status <> 'deleted'"
        let all = try run("""
            SELECT \(unescaped: Self.taskColumns) FROM danvan.task
            WHERE commune_id = \(communeID) AND \(unescaped: condition) ORDER BY number
            """, "list").map { try $0.task() }
        // Whole words only: "b" finds "Họp tổ B", not every title with a letter b (as on SQLite).
        return all.filter { (" " + Tokenizer.foldedWords($0.title).joined(separator: " ") + " ").contains(" " + needle + " ") }
    }

    public func notes(taskID: Int) throws -> [ProgressNote] {
        try run("""
            SELECT n.id, t.number, n.at, n.user_name, n.text FROM danvan.progress_note n JOIN danvan.task t ON t.id = n.task_id
            WHERE t.commune_id = \(communeID) AND t.number = \(taskID) ORDER BY n.id
            """, "notes").map(Self.note)
    }

    static func note(_ row: PostgresRandomAccessRow) throws -> ProgressNote {
        ProgressNote(noteID: Int(try row.int64("id")), taskNumber: try row.int("number"), at: try row.date("at"),
                     user: try row.string("user_name"), text: try row.string("text"))
    }

    public func statusCounts() throws -> [UnitStatusCount] {
        try run("""
            SELECT unit, status, COUNT(*)::bigint AS n FROM danvan.task WHERE commune_id = \(communeID)
            GROUP BY unit, status ORDER BY unit, status
            """, "counts").map {
            UnitStatusCount(unitName: try $0.optionalString("unit"), status: TaskStatus(rawValue: try $0.string("status")) ?? .pending,
                            count: Int(try $0.int64("n")))
        }
    }

    /// The three sections in one statement (one request, one snapshot): each section's count beside
    /// its first `limit` tasks, a section with none still one row.
    public func agenda(today: CalendarDate, unit: String?, days: Int, limit: Int) throws -> TaskAgenda {
        var binds = PostgresBindings()
        binds.append(communeID)
        binds.append(today.iso)
        binds.append(today.adding(days: days).iso)
        binds.append(max(0, limit))
        var base = "commune_id = $1 AND status = 'pending' AND due IS NOT NULL"
        if let unit {
            binds.append(unit)
            base += " AND unit = $\(binds.count)"
        }
        let sections = ["due < $2::date", "due = $2::date", "due > $2::date AND due <= $3::date"].enumerated().map { index, range in
            """
            SELECT \(index) AS section, (SELECT COUNT(*) FROM danvan.task WHERE \(base) AND \(range))::bigint AS section_total, page.*
            FROM (SELECT 1) AS one LEFT JOIN LATERAL (
                SELECT \(Self.taskColumns) FROM danvan.task WHERE \(base) AND \(range) ORDER BY due, number LIMIT $4
            ) AS page ON true
            """
        }
        let sql = "SELECT * FROM (\(sections.joined(separator: "\nUNION ALL\n"))) AS agenda ORDER BY section, due::date, number"
        var found = [TaskAgenda.Section](repeating: TaskAgenda.Section(), count: 3)
        for row in try run(PostgresQuery(unsafeSQL: sql, binds: binds), "agenda") {
            let index = try row.int("section")
            guard found.indices.contains(index) else { continue }
            found[index].total = Int(try row.int64("section_total"))
            if try row.optionalInt("number") != nil { found[index].tasks.append(try row.task()) }
        }
        var agenda = TaskAgenda(today: today, unit: unit, days: days)
        (agenda.overdue, agenda.dueToday, agenda.upcoming) = (found[0], found[1], found[2])
        return agenda
    }

    public func openTasks(dueFrom first: CalendarDate, through last: CalendarDate) throws -> [PlanTask] {
        try run("""
            SELECT \(unescaped: Self.taskColumns) FROM danvan.task
            WHERE commune_id = \(communeID) AND status = 'pending' AND due >= \(first.iso)::date AND due <= \(last.iso)::date
            ORDER BY due, number
            """, "month").map { try $0.task() }
    }

    public func calendarTasks(unit: String?) throws -> [(task: PlanTask, series: Int)] {
        // The series of an occurrence: the number of the first task of its chain of `recurs_from`.
        try run("""
            WITH RECURSIVE chain(id, root) AS (
                SELECT id, number FROM danvan.task WHERE commune_id = \(communeID) AND recurs_from IS NULL
                UNION ALL
                SELECT t.id, chain.root FROM danvan.task t JOIN chain ON t.recurs_from = chain.id
            )
            SELECT \(unescaped: Self.taskColumns(of: "t")), chain.root AS series_root
            FROM danvan.task t JOIN chain ON chain.id = t.id
            WHERE t.status = 'pending' AND t.due IS NOT NULL AND (\(unit)::text IS NULL OR t.unit = \(unit))
            ORDER BY t.due, t.number
            """, "calendar").map { (try $0.task(), try $0.int("series_root")) }
    }

    public func nextOccurrence(of id: Int) throws -> PlanTask? {
        try run("""
            SELECT \(unescaped: Self.taskColumns(of: "n")) FROM danvan.task n JOIN danvan.task t ON n.recurs_from = t.id
            WHERE t.commune_id = \(communeID) AND t.number = \(id) AND n.status <> 'deleted'
            ORDER BY n.id DESC LIMIT 1
            """, "next occurrence").first?.task()
    }

    public func unitProgress(today: CalendarDate) throws -> [UnitProgress] {
        // Units in byte order (COLLATE "C"), as SQLite sorts them, whatever the database's collation.
        try run("""
            SELECT unit, COUNT(*)::bigint AS total,
                   COUNT(*) FILTER (WHERE status = 'done')::bigint AS done,
                   COUNT(*) FILTER (WHERE status = 'pending' AND (due IS NULL OR due >= \(today.iso)::date)
                                    AND EXISTS (SELECT 1 FROM danvan.progress_note n WHERE n.task_id = t.id))::bigint AS in_progress,
                   COUNT(*) FILTER (WHERE status = 'pending' AND due < \(today.iso)::date)::bigint AS overdue
            FROM danvan.task t WHERE commune_id = \(communeID) AND status <> 'deleted'
            GROUP BY unit ORDER BY unit IS NULL, unit COLLATE "C"
            """, "progress").map {
            UnitProgress(unit: try $0.optionalString("unit"), total: Int(try $0.int64("total")),
                         done: Int(try $0.int64("done")), inProgress: Int(try $0.int64("in_progress")),
                         overdue: Int(try $0.int64("overdue")))
        }
    }

    public func reportSnapshot() throws -> [(task: PlanTask, notes: [ProgressNote])] {
        try session.transaction("report") {
            _ = try run("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY", "report")
            let tasks = try run("""
                SELECT \(unescaped: Self.taskColumns) FROM danvan.task
                WHERE commune_id = \(communeID) AND status <> 'deleted' ORDER BY number
                """, "report").map { try $0.task() }
            let notes = try run("""
                SELECT n.id, t.number, n.at, n.user_name, n.text FROM danvan.progress_note n JOIN danvan.task t ON t.id = n.task_id
                WHERE t.commune_id = \(communeID) AND t.status <> 'deleted' ORDER BY n.id
                """, "report").map(Self.note)
            let byTask = Dictionary(grouping: notes, by: \.taskID)
            return tasks.map { ($0, byTask[$0.id] ?? []) }
        }
    }

    public func history(taskID: Int) throws -> [HistoryEvent] {
        guard try task(id: taskID) != nil else { throw TaskStoreError.taskNotFound(id: taskID) }
        return try events(PostgresQuery(unsafeSQL: Self.eventsSQL(where: "g.commune_id = $1 AND t.number = $2", order: "ASC", limit: nil),
                                        binds: Self.binds(communeID, taskID)))
    }

    public func recentHistory(limit: Int) throws -> [HistoryEvent] {
        try events(PostgresQuery(unsafeSQL: Self.eventsSQL(where: "g.commune_id = $1", order: "DESC", limit: "$2"),
                                 binds: Self.binds(communeID, limit)))
    }

    static func binds(_ values: Int...) -> PostgresBindings {
        var binds = PostgresBindings()
        for value in values { binds.append(value) }
        return binds
    }

    static func eventsSQL(where condition: String, order: String, limit: String?) -> String {
        """
        SELECT g.id AS group_id, t.number, g.at, g.user_name, g.action, j.kind, j.field, j.old_value, j.new_value,
               u.action AS undone_action
        FROM danvan.journal_entry j
        JOIN danvan.change_group g ON g.id = j.group_id
        JOIN danvan.task t ON t.id = j.task_id
        LEFT JOIN danvan.change_group u ON u.id = g.undoes_id
        WHERE \(condition)
        ORDER BY j.id \(order)
        \(limit.map { "LIMIT \($0)" } ?? "")
        """
    }

    func events(_ query: PostgresQuery) throws -> [HistoryEvent] {
        try run(query, "history").map { row in
            HistoryEvent(group: Int(try row.int64("group_id")), taskNumber: try row.int("number"), at: try row.date("at"),
                         user: try row.string("user_name"), action: ChangeAction(rawValue: try row.string("action")) ?? .add,
                         kind: JournalKind(rawValue: try row.string("kind")) ?? .set,
                         field: try row.optionalString("field").flatMap(TaskField.init(rawValue:)),
                         oldValue: try row.optionalString("old_value"), newValue: try row.optionalString("new_value"),
                         undoneAction: try row.optionalString("undone_action").flatMap(ChangeAction.init(rawValue:)))
        }
    }

    public func export(format: ExportFormat, matching filter: TaskFilter, today: CalendarDate) throws -> String {
        try render(try tasks(matching: filter, today: today, limit: nil), format: format)
    }

    public func importCSV(at url: URL, vocabulary: TaskVocabulary, resolveUnit: @escaping UnitResolver,
                          today: CalendarDate, user: String, at: Date) throws -> ImportReport {
        try store(try PreparedImport(at: url, vocabulary: vocabulary, resolveUnit: resolveUnit, today: today), at: at)
    }

    public func importRows(_ rows: [TaskTableRow], fileName: String, vocabulary: TaskVocabulary,
                           resolveUnit: @escaping UnitResolver, today: CalendarDate, user: String, at: Date) throws -> ImportReport {
        try store(try PreparedImport(rows: rows, fileName: fileName, vocabulary: vocabulary, resolveUnit: resolveUnit,
                                     today: today), at: at)
    }

    /// Writes checked import rows in one change group (rows already imported are counted, not added);
    /// every row's unit is checked against the official's rights first, so a refused import adds nothing.
    func store(_ prepared: PreparedImport, at: Date) throws -> ImportReport {
        for row in prepared.rows {
            let unitName = Self.optional(row.draft.unit) ?? (rights == "unit" ? unit : nil)
            guard rights == "commune" || unitName == unit else {
                throw PostgresStoreError.refused(role: role, myUnit: unit, action: "import", number: nil, unit: unitName)
            }
        }
        let (added, present) = try changing("import", { changeID -> ([PlanTask], Int) in
            var added: [PlanTask] = []
            var present = 0
            var group: Int64?
            for row in prepared.rows {
                let exists = try !run("""
                    SELECT 1 AS one FROM danvan.task WHERE commune_id = \(communeID) AND import_key = \(row.importKey)
                    """, "import").isEmpty
                if exists { present += 1; continue }
                let title = Self.clean(row.draft.title)
                guard !title.isEmpty else { throw TaskStoreError.emptyTitle }
                if group == nil { group = try beginGroup(changeID, action: .import, at: at, detail: prepared.fileName) }
                let unitName = Self.optional(row.draft.unit) ?? (rights == "unit" ? unit : nil)
                let id = try insertTask(row.draft, title: title, unit: unitName, at: at, importKey: row.importKey,
                                        source: Self.optional(row.draft.source) ?? "manual", group: group!,
                                        plan: (row.planID, row.planRow, row.planGroup))
                added.append(try taskByID(id))
            }
            return (added, present)
        }, alreadyDone: { changeID -> ([PlanTask], Int)? in
            let created = try createdTasks(changeID)
            return created.isEmpty ? nil : (created, prepared.rows.count - created.count)
        })
        return ImportReport(file: prepared.fileName, added: added, alreadyPresent: present, warnings: prepared.warnings,
                            omittedWarnings: prepared.omittedWarnings)
    }

    public func planLink(ofTask id: Int) throws -> (planID: String, row: Int, group: String?)? {
        guard let row = try run("""
            SELECT plan_id, plan_row, plan_group FROM danvan.task WHERE commune_id = \(communeID) AND number = \(id)
            """, "plan link").first,
              let plan = try row.optionalString("plan_id"), let number = try row.optionalInt("plan_row") else { return nil }
        return (plan, number, try row.optionalString("plan_group"))
    }
}
