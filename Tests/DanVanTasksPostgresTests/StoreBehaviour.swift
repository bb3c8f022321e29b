import DanVanIntents
import DanVanTasks
import DanVanText
import Foundation
import XCTest

/// The behavioural suite every store backend must pass (run by `SQLiteStoreBehaviourTests` and
/// `PostgresStoreBehaviourTests` over the same `TaskStoring` calls).
enum StoreBehaviour {
    static let today = CalendarDate(iso: "2025-09-10")!
    static let now = Date(timeIntervalSince1970: 1_757_500_000)
    static let kt = "Phòng Kinh tế"
    static let vh = "Phòng Văn hóa - Xã hội"

    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static let vocabulary: TaskVocabulary = {
        try! TaskVocabulary(contentsOf: root.appendingPathComponent("Intents/tasks.yaml"))
    }()

    static let resolver: UnitResolver = { text in
        let key = Tokenizer.foldedWords(text).joined(separator: " ")
        if ["phong kinh te", "kinh te"].contains(key) { return .known(kt) }
        if ["phong vhxh", "vhxh", "phong van hoa xa hoi"].contains(key) { return .known(vh) }
        return .unknown(suggestions: [])
    }

    /// Add, done, reopen, note, reschedule, reassign, delete, restore: each visible in the task and the history.
    static func changesAndHistory(_ store: any TaskStoring) throws {
        let a = try store.add(TaskDraft(title: "  Họp tổ dân vận  ", unit: kt, due: CalendarDate(iso: "2025-09-20")), user: "lan", at: now)
        XCTAssertEqual(a.title, "Họp tổ dân vận")
        XCTAssertEqual(a.status, .pending)
        let b = try store.add(TaskDraft(title: "Rà soát hộ nghèo", unit: kt), user: "lan", at: now)
        XCTAssertEqual(b.id, a.id + 1, "numbers follow each other")
        XCTAssertEqual(try store.complete(id: a.id, user: "lan", at: now).status, .done)
        XCTAssertThrowsError(try store.complete(id: a.id, user: "lan", at: now)) { XCTAssertEqual($0 as? TaskStoreError, .alreadyDone(id: a.id)) }
        XCTAssertNotNil(try store.task(id: a.id)?.completedAt)
        XCTAssertEqual(try store.reopen(id: a.id, user: "lan", at: now).status, .pending)
        XCTAssertNil(try store.task(id: a.id)?.completedAt)
        let note = try store.addNote(taskID: a.id, text: "đã họp xong", user: "lan", at: now)
        XCTAssertEqual(note.text, "đã họp xong")
        XCTAssertEqual(note.taskID, a.id)
        XCTAssertEqual(try store.reschedule(id: a.id, to: CalendarDate(iso: "2025-10-01"), user: "lan", at: now).due, CalendarDate(iso: "2025-10-01"))
        XCTAssertEqual(try store.reassign(id: b.id, to: vh, user: "lan", at: now).unit, vh)
        XCTAssertEqual(try store.delete(id: b.id, user: "lan", at: now).status, .deleted)
        XCTAssertThrowsError(try store.delete(id: b.id, user: "lan", at: now)) { XCTAssertEqual($0 as? TaskStoreError, .taskDeleted(id: b.id)) }
        XCTAssertEqual(try store.restore(id: b.id, user: "lan", at: now).status, .pending)
        XCTAssertThrowsError(try store.complete(id: 999, user: "lan", at: now)) { XCTAssertEqual($0 as? TaskStoreError, .taskNotFound(id: 999)) }
        let actions = try store.history(taskID: a.id).map(\.action)
        XCTAssertEqual(actions.first, .add)
        XCTAssertTrue(actions.contains(.done) && actions.contains(.reopen) && actions.contains(.note) && actions.contains(.reschedule))
        XCTAssertEqual(try store.history(taskID: b.id).filter { $0.kind == .set }.map(\.field), [.unit, .status, .status])
        XCTAssertEqual(try store.recentHistory(limit: 1).first?.action, .restore)
        XCTAssertThrowsError(try store.history(taskID: 999))
        XCTAssertEqual(try store.notes(taskID: a.id).map(\.text), ["đã họp xong"])
    }

    /// Undo steps back through change groups, and an undone add leaves the lists.
    static func undo(_ store: any TaskStoring) throws {
        let a = try store.add(TaskDraft(title: "Tuyên truyền", unit: kt), user: "lan", at: now)
        try store.complete(id: a.id, user: "lan", at: now)
        try store.addNote(taskID: a.id, text: "xong một nửa", user: "lan", at: now)
        XCTAssertEqual(try store.undo(user: "lan", at: now).action, .note)
        XCTAssertEqual(try store.notes(taskID: a.id), [])
        let undone = try store.undo(user: "lan", at: now)
        XCTAssertEqual(undone.action, .done)
        XCTAssertEqual(undone.tasks.map(\.id), [a.id])
        XCTAssertEqual(try store.task(id: a.id)?.status, .pending)
        XCTAssertNil(try store.task(id: a.id)?.completedAt)
        XCTAssertEqual(try store.undo(user: "lan", at: now).action, .add)
        XCTAssertEqual(try store.task(id: a.id)?.status, .deleted)
        XCTAssertEqual(try store.tasks(matching: TaskFilter(), today: today, limit: nil), [])
        XCTAssertThrowsError(try store.undo(user: "lan", at: now))
    }

    /// Lists in order, overdue, due within N days, unit filters, counts, title search.
    static func listsAndOverdue(_ store: any TaskStoring) throws {
        let late = try store.add(TaskDraft(title: "Báo cáo quý", unit: kt, due: CalendarDate(iso: "2025-09-01")), user: "lan", at: now)
        let soon = try store.add(TaskDraft(title: "Hội nghị dân vận", unit: vh, due: CalendarDate(iso: "2025-09-12")), user: "lan", at: now)
        let undated = try store.add(TaskDraft(title: "Rà soát hương ước", unit: kt), user: "lan", at: now)
        let done = try store.add(TaskDraft(title: "Tổng kết", unit: kt, due: CalendarDate(iso: "2025-08-01")), user: "lan", at: now)
        try store.complete(id: done.id, user: "lan", at: now)
        XCTAssertEqual(try store.tasks(matching: TaskFilter(), today: today, limit: nil).map(\.id), [late.id, soon.id, undated.id, done.id])
        XCTAssertEqual(try store.tasks(matching: TaskFilter(), today: today, limit: 2).map(\.id), [late.id, soon.id])
        XCTAssertEqual(try store.tasks(matching: TaskFilter(overdueOnly: true), today: today, limit: nil).map(\.id), [late.id])
        XCTAssertEqual(try store.tasks(matching: TaskFilter(dueWithinDays: 3), today: today, limit: nil).map(\.id), [soon.id])
        XCTAssertEqual(try store.tasks(matching: TaskFilter(unit: vh), today: today, limit: nil).map(\.id), [soon.id])
        XCTAssertEqual(try store.tasks(matching: TaskFilter(unitContaining: "kinh te"), today: today, limit: nil).map(\.id), [late.id, undated.id, done.id])
        XCTAssertEqual(try store.tasks(matching: TaskFilter(status: .done), today: today, limit: nil).map(\.id), [done.id])
        XCTAssertEqual(try store.count(matching: TaskFilter(status: .open), today: today), 3)
        XCTAssertEqual(try store.tasks(titleContaining: "huong uoc", includingDeleted: false).map(\.id), [undated.id])
        let counts = try store.statusCounts()
        XCTAssertEqual(counts.first { $0.unit == kt && $0.status == .pending }?.count, 2)
        XCTAssertEqual(counts.first { $0.unit == kt && $0.status == .done }?.count, 1)
    }

    /// Pages of a list ("xem thêm"), the counts that open it, and the progress table per unit.
    static func pagesSummaryAndProgress(_ store: any TaskStoring) throws {
        var ids: [Int] = []
        for day in 1...7 {
            let due = CalendarDate(iso: "2025-09-\(String(format: "%02d", day + 5))")
            ids.append(try store.add(TaskDraft(title: "Việc \(day)", unit: day.isMultiple(of: 2) ? vh : kt, due: due), user: "lan", at: now).id)
        }
        let unassigned = try store.add(TaskDraft(title: "Việc chưa giao", unit: nil), user: "lan", at: now)
        try store.complete(id: ids[6], user: "lan", at: now)
        try store.delete(id: ids[5], user: "lan", at: now)
        // List order: open by deadline (undated last), then done; the deleted one is not listed.
        let order = [ids[0], ids[1], ids[2], ids[3], ids[4], unassigned.id, ids[6]]
        XCTAssertEqual(try store.tasks(matching: TaskFilter(), today: today, offset: 0, limit: 3).map(\.id), Array(order[0..<3]))
        XCTAssertEqual(try store.tasks(matching: TaskFilter(), today: today, offset: 3, limit: 3).map(\.id), Array(order[3..<6]))
        XCTAssertEqual(try store.tasks(matching: TaskFilter(), today: today, offset: 6, limit: 3).map(\.id), [ids[6]])
        XCTAssertEqual(try store.tasks(matching: TaskFilter(), today: today, offset: 9, limit: 3), [])
        XCTAssertEqual(try store.tasks(matching: TaskFilter(unitContaining: "kinh te"), today: today, offset: 1, limit: 2).map(\.id),
                       [ids[2], ids[4]])
        // Today is 09-10: the open tasks due 09-06 to 09-09 are overdue, the one due 09-10 is due within 2 days.
        let summary = try store.summary(matching: TaskFilter(), today: today, soonDays: 2)
        XCTAssertEqual(summary, TaskListSummary(total: 7, done: 1, overdue: 4, dueSoon: 1, soonDays: 2))
        let ofKT = try store.summary(matching: TaskFilter(unit: kt), today: today, soonDays: 7)
        XCTAssertEqual(ofKT, TaskListSummary(total: 4, done: 1, overdue: 2, dueSoon: 1, soonDays: 7))
        XCTAssertEqual(try store.summary(matching: TaskFilter(status: .done), today: today, soonDays: 7),
                       TaskListSummary(total: 1, done: 1, overdue: 0, dueSoon: 0, soonDays: 7))
        // A page with its counts at once (one request on a server): the same page as `tasks`, the counts
        // of `summaryParts` as `count` gives them one by one; past the end, no task and the counts still.
        let pages: [(TaskFilter, Int)] = [
            (TaskFilter(), 0), (TaskFilter(), 3), (TaskFilter(), 9), (TaskFilter(unit: kt), 0), (TaskFilter(unit: vh), 1),
            (TaskFilter(status: .open, overdueOnly: true), 1), (TaskFilter(status: .done), 0), (TaskFilter(status: .open), 0),
            (TaskFilter(status: .open, dueWithinDays: 2), 0), (TaskFilter(status: .deleted), 0),
            (TaskFilter(unitContaining: "kinh te"), 1), (TaskFilter(unit: "Không có đơn vị này"), 0),
        ]
        for (filter, offset) in pages {
            let page = try store.listPage(matching: filter, today: today, offset: offset, limit: 3, soonDays: 2)
            XCTAssertEqual(page.tasks, try store.tasks(matching: filter, today: today, offset: offset, limit: 3), "\(filter) from \(offset)")
            let parts = filter.summaryParts(soonDays: 2)
            func count(_ part: TaskFilter?) throws -> Int { try part.map { try store.count(matching: $0, today: today) } ?? 0 }
            XCTAssertEqual(page.summary, TaskListSummary(total: try count(parts.total), done: try count(parts.done),
                                                         overdue: try count(parts.overdue), dueSoon: try count(parts.dueSoon),
                                                         soonDays: 2), "\(filter)")
        }
        let second = try store.listPage(matching: TaskFilter(), today: today, offset: 3, limit: 3, soonDays: 2)
        XCTAssertEqual(second.tasks.map(\.id), Array(order[3..<6]))
        XCTAssertEqual(second.summary, summary)
        XCTAssertEqual(try store.listPage(matching: TaskFilter(status: .open, overdueOnly: true), today: today, offset: 0, limit: 3,
                                          soonDays: 2).summary, TaskListSummary(total: 4, done: 0, overdue: 4, dueSoon: 0, soonDays: 2))
        // A note makes an open task due today "in progress"; one on an overdue task leaves it overdue.
        _ = try store.addNote(taskID: ids[4], text: "đang làm", user: "lan", at: now)
        _ = try store.addNote(taskID: ids[0], text: "đang làm", user: "lan", at: now)
        let progress = try store.unitProgress(today: today)
        XCTAssertEqual(progress, [
            UnitProgress(unit: kt, total: 4, done: 1, inProgress: 1, overdue: 2),
            UnitProgress(unit: vh, total: 2, done: 0, overdue: 2),
            UnitProgress(unit: nil, total: 1, done: 0, overdue: 0),
        ])
    }

    /// A recurring task: completing it adds the next occurrence in the same change group (one undo takes
    /// both back), once; the calendar keeps the series' number; the agenda and the month's deadlines.
    static func recurrenceAgendaAndCalendar(_ store: any TaskStoring) throws {
        let monthly = try XCTUnwrap(TaskRecurrence(rule: "monthly:15"))
        let report = try store.add(TaskDraft(title: "Báo cáo tháng", unit: kt, due: CalendarDate(iso: "2025-09-15"), recurrence: monthly),
                                   user: "lan", at: now)
        XCTAssertEqual(try store.task(id: report.id)?.recurrence, monthly)
        let late = try store.add(TaskDraft(title: "Họp tổ B", unit: vh, due: CalendarDate(iso: "2025-09-08")), user: "lan", at: now)
        let today10 = try store.add(TaskDraft(title: "Tiếp dân", unit: kt, due: today), user: "lan", at: now)
        XCTAssertNil(try store.nextOccurrence(of: report.id))
        try store.complete(id: report.id, user: "lan", at: now)
        let next = try XCTUnwrap(try store.nextOccurrence(of: report.id))
        XCTAssertEqual(next.title, "Báo cáo tháng")
        XCTAssertEqual(next.due, CalendarDate(iso: "2025-10-15"))
        XCTAssertEqual(next.status, .pending)
        XCTAssertEqual(next.recurrence, monthly)
        // Reopened and done again: no second occurrence.
        try store.reopen(id: report.id, user: "lan", at: now)
        try store.complete(id: report.id, user: "lan", at: now)
        XCTAssertEqual(try store.tasks(titleContaining: "bao cao thang", includingDeleted: false).count, 2)
        // The calendar: the occurrence carries the number of the first task of its series.
        let calendar = try store.calendarTasks(unit: nil)
        XCTAssertEqual(calendar.map(\.task.id), [late.id, today10.id, next.id])
        XCTAssertEqual(calendar.first { $0.task.id == next.id }?.series, report.id)
        XCTAssertEqual(calendar.first { $0.task.id == late.id }?.series, late.id)
        XCTAssertEqual(try store.calendarTasks(unit: vh).map(\.task.id), [late.id])
        // The agenda of the day and the month's open deadlines.
        let agenda = try store.agenda(today: today, unit: nil)
        XCTAssertEqual(agenda.overdue.tasks.map(\.id), [late.id])
        XCTAssertEqual(agenda.dueToday.tasks.map(\.id), [today10.id])
        XCTAssertEqual(agenda.upcoming.total, 0)
        XCTAssertEqual(try store.agenda(today: today, unit: kt, days: 40, limit: 1).upcoming,
                       TaskAgenda.Section(tasks: [next], total: 1))
        XCTAssertEqual(try store.agenda(today: today, unit: vh).dueToday.total, 0)
        XCTAssertEqual(try store.openTasks(dueFrom: CalendarDate(iso: "2025-09-01")!, through: CalendarDate(iso: "2025-09-30")!).map(\.id),
                       [late.id, today10.id])
        // Whole words: "b" finds "Họp tổ B", not every title holding a letter b.
        XCTAssertEqual(try store.tasks(titleContaining: "b", includingDeleted: false).map(\.id), [late.id])
        // One undo takes back the completion and the occurrence it added.
        XCTAssertEqual(try store.undo(user: "lan", at: now).action, .done)   // the second completion (no occurrence)
        XCTAssertEqual(try store.undo(user: "lan", at: now).action, .reopen)
        XCTAssertEqual(try store.undo(user: "lan", at: now).action, .done)
        XCTAssertEqual(try store.task(id: report.id)?.status, .pending)
        XCTAssertNil(try store.nextOccurrence(of: report.id))
        XCTAssertEqual(try store.task(id: next.id)?.status, .deleted)
    }

    /// Rows of a plan's appendix table: one change group, each task linked to its plan, row and group;
    /// a second import adds only the new rows; a CSV task has no link.
    static func importRowsWithPlanLinks(_ store: any TaskStoring) throws {
        let rows = [
            TaskTableRow(line: 1, number: "1", group: "Nhóm tuyên truyền", title: "Họp dân về an ninh trật tự", unit: "Phòng Kinh tế",
                         due: "Quý IV/2025", planID: "ke-hoach-617", planRow: 1),
            TaskTableRow(line: 2, number: "2", title: "Rà soát hương ước", unit: "phong vhxh", due: "Thường xuyên",
                         planID: "ke-hoach-617", planRow: 2),
        ]
        let first = try store.importRows(rows, fileName: "ke-hoach-617.txt", vocabulary: vocabulary, resolveUnit: resolver,
                                         today: today, user: "lan", at: now)
        XCTAssertEqual(first.added.map(\.unit), [kt, vh])
        XCTAssertEqual(first.added.first?.due, CalendarDate(iso: "2025-12-31"))
        XCTAssertNil(first.added.last?.due)
        let one = try XCTUnwrap(try store.planLink(ofTask: first.added[0].id))
        XCTAssertEqual(one.planID, "ke-hoach-617")
        XCTAssertEqual(one.row, 1)
        XCTAssertEqual(one.group, "Nhóm tuyên truyền")
        let two = try XCTUnwrap(try store.planLink(ofTask: first.added[1].id))
        XCTAssertEqual(two.row, 2)
        XCTAssertNil(two.group)
        let more = rows + [TaskTableRow(line: 3, title: "Tổng kết năm", unit: "kinh te", due: "Tháng 12/2025", planID: "ke-hoach-617", planRow: 3)]
        let second = try store.importRows(more, fileName: "ke-hoach-617.txt", vocabulary: vocabulary, resolveUnit: resolver,
                                          today: today, user: "lan", at: now)
        XCTAssertEqual(second.added.map(\.title), ["Tổng kết năm"])
        XCTAssertEqual(second.alreadyPresent, 2)
        XCTAssertEqual(try store.planLink(ofTask: second.added[0].id)?.row, 3)
        let typed = try store.add(TaskDraft(title: "Việc gõ tay", unit: kt), user: "lan", at: now)
        XCTAssertNil(try store.planLink(ofTask: typed.id))
        XCTAssertThrowsError(try store.importRows([], fileName: "rong.txt", vocabulary: vocabulary, resolveUnit: resolver,
                                                  today: today, user: "lan", at: now))
        XCTAssertEqual(try store.undo(user: "lan", at: now).action, .add)
        XCTAssertEqual(try store.undo(user: "lan", at: now).action, .import)
        XCTAssertEqual(try store.tasks(matching: TaskFilter(), today: today, limit: nil).count, 2)
    }

    /// CSV import is one change group, a second import adds nothing, undo removes the batch; export
    /// and the report snapshot see the same tasks.
    static func importExportReport(_ store: any TaskStoring, directory: URL) throws {
        let csv = """
            STT,Nội dung nhiệm vụ,Đơn vị chủ trì,Đơn vị phối hợp,Thời gian hoàn thành,Sản phẩm,Ghi chú
            1,"Tuyên truyền Luật, Nghị định",Phòng Kinh tế,,20/10/2025,Báo cáo,
            2,Hội nghị điển hình,Phòng Kinh tế,,15/11/2025,,

            """
        let url = directory.appendingPathComponent("phu-luc.csv")
        try Data(csv.utf8).write(to: url)
        let first = try store.importCSV(at: url, vocabulary: vocabulary, resolveUnit: resolver, today: today, user: "lan", at: now)
        XCTAssertEqual(first.added.map(\.title), ["Tuyên truyền Luật, Nghị định", "Hội nghị điển hình"])
        XCTAssertEqual(first.added.first?.due, CalendarDate(iso: "2025-10-20"))
        let second = try store.importCSV(at: url, vocabulary: vocabulary, resolveUnit: resolver, today: today, user: "lan", at: now)
        XCTAssertEqual(second.added.count, 0)
        XCTAssertEqual(second.alreadyPresent, 2)
        try store.addNote(taskID: first.added[0].id, text: "đã in tờ rơi", user: "lan", at: now)
        let snapshot = try store.reportSnapshot()
        XCTAssertEqual(snapshot.map(\.task.id), first.added.map(\.id))
        XCTAssertEqual(snapshot.first?.notes.map(\.text), ["đã in tờ rơi"])
        let exported = try store.export(format: .csv, matching: TaskFilter(), today: today)
        XCTAssertTrue(exported.contains("Hội nghị điển hình"))
        let json = try store.export(format: .json, matching: TaskFilter(), today: today)
        XCTAssertTrue(json.contains("đã in tờ rơi"))
        XCTAssertEqual(try store.undo(user: "lan", at: now).action, .note)
        XCTAssertEqual(try store.undo(user: "lan", at: now).action, .import)
        XCTAssertEqual(try store.tasks(matching: TaskFilter(), today: today, limit: nil), [])
        // Undone, the file imports again (the import keys were released).
        XCTAssertEqual(try store.importCSV(at: url, vocabulary: vocabulary, resolveUnit: resolver, today: today, user: "lan", at: now).added.count, 2)
    }

    /// Text is stored as typed (NFC), SQL-looking text included; an empty title is refused.
    static func textIsBoundNeverSpliced(_ store: any TaskStoring) throws {
        let evil = "x'); DELETE FROM task; DROP TABLE danvan.task; --"
        let a = try store.add(TaskDraft(title: evil, unit: kt), user: "lan", at: now)
        XCTAssertEqual(try store.task(id: a.id)?.title, evil)
        let nfd = "Hội nghị".decomposedStringWithCanonicalMapping
        XCTAssertEqual(try store.add(TaskDraft(title: nfd, unit: kt), user: "lan", at: now).title, "Hội nghị".precomposedStringWithCanonicalMapping)
        XCTAssertThrowsError(try store.add(TaskDraft(title: "   ", unit: kt), user: "lan", at: now)) {
            XCTAssertEqual($0 as? TaskStoreError, .emptyTitle)
        }
        XCTAssertEqual(try store.tasks(matching: TaskFilter(), today: today, limit: nil).count, 2)
    }

    /// The responder answers Vietnamese commands the same way over any backend.
    static func responder(_ store: any TaskStoring) throws {
        let responder = TaskResponder(store: store)
        let dates = try DateGrammar(contentsOf: root.appendingPathComponent("Intents/dates.yaml"))
        let parser = TaskCommandParser(vocabulary: vocabulary, courtesy: try IntentCatalog.load(directory: root.appendingPathComponent("Intents")).courtesy,
                                       resolveUnit: resolver, dates: dates)
        func say(_ text: String) -> TaskResponse {
            responder.respond(to: parser.parse(text, today: today)!, today: today, user: "lan")
        }
        let added = say("thêm nhiệm vụ: Họp chi bộ, giao phòng kinh tế, hạn 20/09/2025")
        XCTAssertTrue(added.succeeded)
        let number = added.tasks.first!.id
        XCTAssertTrue(say("xong nhiệm vụ \(number)").succeeded)
        XCTAssertFalse(say("xong nhiệm vụ 999").succeeded)
        let list = say("danh sách nhiệm vụ")
        XCTAssertEqual(list.tasks.map(\.id), [number])
        XCTAssertTrue(say("tiến độ chung").succeeded)
        XCTAssertTrue(say("hoàn tác").succeeded)
        XCTAssertEqual(try store.task(id: number)?.status, .pending)
    }
}
