import DanVanAssistant
import DanVanKnowledge
import DanVanTasks
import DanVanText
import Foundation
import XCTest

/// A task store with tasks in every state across the plan's two rounds (deadlines 03/09/2025 and
/// 02/12/2025), every change stamped on an explicit day.
///
/// Phòng Kinh tế: #1 done 02/09 (last day of round 1), #2 done 03/09 (first day of round 2),
/// #3 done 02/12 (round 2's deadline: after it), #4 three notes, due 20/12, #5 overdue with a note,
/// #6 and #7 no notes (one without deadline), #8 deleted, #9 typed as "p.kt" with a note.
/// Phòng Văn hóa - Xã hội: #10 overdue without notes, #11 done 20/08. Nobody: #12.
struct ReportFixture {
    let path: String
    let store: TaskStore
    let ids: [String: Int]

    static let plan = Repository.knowledge.defaultPlan!
    static let units = Repository.knowledge.units

    static func day(_ iso: String) -> CalendarDate { CalendarDate(iso: iso)! }
    static func at(_ iso: String) -> Date { TaskClock.timestamp(on: day(iso)) }

    static func drafter(today: String) -> ReportDrafter {
        ReportDrafter(plan: plan, units: units, carryOutOpenings: Repository.catalog.vocabulary.carryOutOpenings, today: day(today))
    }

    /// A fresh temporary folder, removed when the test ends.
    static func folder(_ test: XCTestCase) throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("danvan-report-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        test.addTeardownBlock { try? FileManager.default.removeItem(at: url) }
        return url
    }

    init(_ test: XCTestCase) throws {
        let path = try Self.folder(test).appendingPathComponent("tasks.sqlite").path
        let store = try TaskStore(path: path)
        var ids: [String: Int] = [:]
        func add(_ key: String, _ title: String, unit: String?, due: String?, on day: String = "2025-08-15",
                 coUnits: String? = nil, product: String? = nil) throws {
            let task = try store.add(TaskDraft(title: title, unit: unit, coUnits: coUnits, due: due.map(Self.day), product: product),
                                     user: "test", at: Self.at(day))
            ids[key] = task.id
        }
        let kt = "Phòng Kinh tế", vhxh = "Phòng Văn hóa - Xã hội"
        try add("doneRound1", "Rà soát hộ nghèo", unit: kt, due: "2025-08-30")
        try add("doneOnDeadline1", "Khảo sát chợ", unit: kt, due: "2025-10-15")
        try add("doneOnDeadline2", "Kiểm tra an toàn thực phẩm", unit: kt, due: "2025-11-20")
        try add("inProgress", "Hướng dẫn thành lập hợp tác xã", unit: kt, due: "2025-12-20", coUnits: "Phòng Văn hóa - Xã hội",
                product: "Báo cáo chuyên đề")
        try add("overdue", "Cập nhật giá đất", unit: kt, due: "2025-11-01")
        try add("notStarted", "Tổng kết mô hình kinh tế tập thể", unit: kt, due: "2025-12-31")
        try add("noDue", "Theo dõi chợ tạm", unit: kt, due: nil)
        try add("deleted", "Nhiệm vụ nhập nhầm", unit: kt, due: "2025-10-01")
        try add("typedUnit", "Tập huấn <an toàn> & vệ sinh", unit: "p.kt", due: "2025-12-25")
        try add("vhxhOverdue", "Họp tổ dân vận", unit: vhxh, due: "2025-09-01")
        try add("vhxhDone", "Tổng hợp báo cáo lần 1", unit: vhxh, due: "2025-09-03")
        try add("nobody", "Nhiệm vụ chưa giao", unit: nil, due: "2025-12-30")

        try store.complete(id: ids["doneRound1"]!, user: "test", at: Self.at("2025-09-02"))
        try store.complete(id: ids["doneOnDeadline1"]!, user: "test", at: Self.at("2025-09-03"))
        try store.complete(id: ids["doneOnDeadline2"]!, user: "test", at: Self.at("2025-12-02"))
        try store.addNote(taskID: ids["inProgress"]!, text: "đã họp lần đầu", user: "test", at: Self.at("2025-10-01"))
        try store.addNote(taskID: ids["inProgress"]!, text: "đã có dự thảo điều lệ", user: "test", at: Self.at("2025-11-15"))
        try store.addNote(taskID: ids["inProgress"]!, text: "chờ đăng ký", user: "test", at: Self.at("2025-11-30"))
        try store.addNote(taskID: ids["overdue"]!, text: "đang thu thập số liệu", user: "test", at: Self.at("2025-10-10"))
        try store.delete(id: ids["deleted"]!, user: "test", at: Self.at("2025-08-16"))
        try store.addNote(taskID: ids["typedUnit"]!, text: "đã mời giảng viên", user: "test", at: Self.at("2025-09-10"))
        try store.complete(id: ids["vhxhDone"]!, user: "test", at: Self.at("2025-08-20"))
        self.path = path
        self.store = store
        self.ids = ids
    }

    func number(_ key: String) -> String { "#\(ids[key]!)" }

    func draft(_ request: ReportRequest, today: String) throws -> ReportDraft {
        try Self.drafter(today: today).draft(request, storePath: path)
    }

    func unitReport(_ unit: String, round: Int, today: String) throws -> UnitReport {
        guard case .unit(let r) = try draft(ReportRequest(unit: unit, round: round), today: today) else {
            throw XCTSkip("expected a unit report")
        }
        return r
    }

    func compiledReport(round: Int, today: String) throws -> CompiledReport {
        guard case .compiled(let r) = try draft(ReportRequest(round: round, compiled: true), today: today) else {
            throw XCTSkip("expected a compiled report")
        }
        return r
    }
}
