@testable import DanVanAssistant
import DanVanKnowledge
import DanVanTasks
import DanVanText
import Foundation
import XCTest

/// The report as the REPL and `ask` give it: a short summary, routed by `report.draft`.
final class ReportAnswerTests: XCTestCase {
    static let taskVocabulary = try! TaskVocabulary(contentsOf: Repository.root.appendingPathComponent("Intents/tasks.yaml"))

    func assistant(store path: String, today: String) -> Assistant {
        let desk = StoreTaskDesk(path: path, user: "test", vocabulary: Self.taskVocabulary)
        return Assistant(knowledge: Repository.knowledge, catalog: Repository.catalog, today: CalendarDate(iso: today)!, tasks: desk,
                         taskVocabulary: Self.taskVocabulary)
    }

    /// The plain text with the renderer's line wrapping undone.
    func flat(_ text: String) -> String { text.split(whereSeparator: \.isWhitespace).joined(separator: " ") }

    func testUnitReportQuestionGivesTheSummary() throws {
        let f = try ReportFixture(self)
        let r = assistant(store: f.path, today: "2025-12-05").respond(to: "báo cáo lần 2 của phòng kinh tế")
        XCTAssertEqual(r.intent, "report.draft")
        XCTAssertEqual(r.slots["unit"], "Phòng Kinh tế")
        XCTAssertEqual(r.slots["round"], "2")
        XCTAssertEqual(r.slots["report"], "unit")
        XCTAssertEqual(r.document.title, "Dự thảo báo cáo lần 2 — Phòng Kinh tế")
        XCTAssertTrue(flat(r.text).contains("Tổng số 8 nhiệm vụ: đã hoàn thành 3 (38%), trong đó 1 trong kỳ"), r.text)
        XCTAssertTrue(flat(r.text).contains("danvan report --unit \"Phòng Kinh tế\" --round 2 --output"))
        XCTAssertEqual(r.tasks?.count, 8)
        XCTAssertLessThanOrEqual(r.text.count, 2500)
    }

    func testCompiledReportQuestion() throws {
        let f = try ReportFixture(self)
        let r = assistant(store: f.path, today: "2025-12-05").respond(to: "soạn báo cáo tổng hợp lần 2")
        XCTAssertEqual(r.intent, "report.draft")
        XCTAssertEqual(r.slots["report"], "compiled")
        XCTAssertTrue(flat(r.text).contains("Đơn vị chưa báo cáo (2): Phòng Văn hóa - Xã hội; Trung tâm sự nghiệp công xã."), r.text)
        XCTAssertTrue(flat(r.text).contains("danvan report --compiled --round 2"))
    }

    func testDeadlineQuestionsStayDeadlineQuestions() throws {
        let f = try ReportFixture(self)
        let a = assistant(store: f.path, today: "2025-09-10")
        for q in ["hạn báo cáo", "báo cáo lần 1 hạn khi nào", "báo cáo gửi cho ai", "han nop bao cao lan hai", "báo cáo lần 2",
                  "hạn báo cáo lần 2 của phòng kinh tế", "báo cáo tổng hợp gửi cho ai"] {
            XCTAssertEqual(a.respond(to: q).intent, "report.deadline", q)
        }
    }

    func testWithoutAUnitTheAnswerAsksWhich() throws {
        let f = try ReportFixture(self)
        let r = assistant(store: f.path, today: "2025-12-05").respond(to: "soạn báo cáo lần 2")
        XCTAssertEqual(r.intent, "report.draft")
        XCTAssertEqual(flat(r.text), Msg.reportAskUnit)
    }

    func testWithoutAStoreNothingIsCreated() throws {
        let path = try ReportFixture.folder(self).appendingPathComponent("tasks.sqlite").path
        let r = assistant(store: path, today: "2025-12-05").respond(to: "báo cáo lần 2 của phòng kinh tế")
        XCTAssertEqual(flat(r.text), Msg.reportNoStore(path))
        XCTAssertFalse(FileManager.default.fileExists(atPath: path))
    }

    func testARoundThePlanLacksIsSaid() throws {
        let f = try ReportFixture(self)
        let r = assistant(store: f.path, today: "2025-12-05").respond(to: "soạn báo cáo lần 3 của phòng kinh tế")
        XCTAssertEqual(flat(r.text), ReportError.roundNotInPlan(3, available: [1, 2]).message)
    }

    func testSummaryOfABigStoreStaysShort() throws {
        let path = try ReportFixture.folder(self).appendingPathComponent("big.sqlite").path
        let store = try TaskStore(path: path)
        let long = String(repeating: "Tuyên truyền, vận động nhân dân thực hiện quy chế dân chủ ở cơ sở ", count: 3)
        for i in 0..<200 {
            let t = try store.add(TaskDraft(title: "\(long) \(i)", unit: "Phòng Kinh tế", due: CalendarDate(iso: "2025-10-01")!.adding(days: i % 90)),
                                  user: "test", at: ReportFixture.at("2025-08-20"))
            if i % 3 == 0 { try store.addNote(taskID: t.id, text: long, user: "test", at: ReportFixture.at("2025-09-15")) }
            if i % 5 == 0 { try store.complete(id: t.id, user: "test", at: ReportFixture.at("2025-10-15")) }
        }
        for q in ["báo cáo lần 2 của phòng kinh tế", "báo cáo tổng hợp lần 2"] {
            let r = assistant(store: path, today: "2025-11-10").respond(to: q)
            XCTAssertLessThanOrEqual(r.text.count, 2500, q)
            XCTAssertTrue(r.text.contains("--output"), q)
        }
        let unit = assistant(store: path, today: "2025-11-10").respond(to: "báo cáo lần 2 của phòng kinh tế").text
        XCTAssertTrue(flat(unit).contains("Tổng số 200 nhiệm vụ"))
        XCTAssertTrue(unit.contains("… và "), "long groups are cut")
    }
}
