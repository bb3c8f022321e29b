@testable import DanVanAssistant
import DanVanTasks
import DanVanText
import Foundation
import XCTest

/// A change that names a task by its title is never guessed: the candidates are offered as a
/// numbered choice, and only the next line's number performs it.
final class TaskConfirmationTests: XCTestCase {
    static let taskVocabulary = try! TaskVocabulary(contentsOf: Repository.root.appendingPathComponent("Intents/tasks.yaml"))
    var path = ""

    override func setUpWithError() throws {
        path = FileManager.default.temporaryDirectory.appendingPathComponent("confirm-\(UUID().uuidString).sqlite").path
    }

    override func tearDown() {
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
    }

    func assistant() -> Assistant {
        let desk = StoreTaskDesk(path: path, user: "test", vocabulary: Self.taskVocabulary)
        return Assistant(knowledge: Repository.knowledge, catalog: Repository.catalog, today: CalendarDate(iso: "2025-09-10")!,
                         tasks: desk, taskVocabulary: Self.taskVocabulary)
    }

    func status(_ a: Assistant, _ id: Int) throws -> String? {
        try TaskStore(path: path, readOnly: true).task(id: id)?.status.rawValue
    }

    /// Three tasks: "Rà soát hộ nghèo nhóm B", "Họp tổ dân phố số 2", "Họp tổ dân phố số 5".
    func seeded() -> Assistant {
        let a = assistant()
        for line in ["thêm nhiệm vụ: Rà soát hộ nghèo nhóm B, giao phòng kinh tế",
                     "thêm nhiệm vụ: Họp tổ dân phố số 2, hạn 30/9/2025",
                     "thêm nhiệm vụ: Họp tổ dân phố số 5"] {
            XCTAssertEqual(a.respond(to: line).intent, "task.add", line)
        }
        return a
    }

    func testOneLetterTitleWordIsOfferedNotCompleted() throws {
        let a = seeded()
        let r = a.respond(to: "xong nhiệm vụ B")
        XCTAssertEqual(r.intent, "task.done")
        XCTAssertTrue(r.awaitsConfirmation)
        XCTAssertTrue(r.text.contains("Có phải bạn muốn nói"), r.text)
        XCTAssertTrue(r.text.contains("1) #1 Rà soát hộ nghèo nhóm B"), r.text)
        XCTAssertEqual(r.slots["choices"], "1")
        XCTAssertEqual(try status(a, 1), "pending", "nothing changes before the choice")
        let done = a.respond(to: "1")
        XCTAssertEqual(done.intent, "task.done")
        XCTAssertFalse(done.awaitsConfirmation)
        XCTAssertTrue(done.text.contains("#1"), done.text)
        XCTAssertEqual(try status(a, 1), "done")
    }

    func testSeveralMatchesAreNumberedAndTheChosenOneChanges() throws {
        let a = seeded()
        let r = a.respond(to: "đổi hạn nv họp tổ dân phố sang 15/10/2025")
        XCTAssertEqual(r.intent, "task.reschedule")
        XCTAssertTrue(r.text.contains("1) #2 Họp tổ dân phố số 2"), r.text)
        XCTAssertTrue(r.text.contains("2) #3 Họp tổ dân phố số 5"), r.text)
        XCTAssertEqual(r.slots["choices"], "2,3")
        let picked = a.respond(to: "2")
        XCTAssertTrue(picked.text.contains("15/10/2025"), picked.text)
        let store = try TaskStore(path: path, readOnly: true)
        XCTAssertEqual(try store.task(id: 3)?.due?.iso, "2025-10-15")
        XCTAssertEqual(try store.task(id: 2)?.due?.iso, "2025-09-30", "the other candidate is untouched")
    }

    func testAnotherLineDropsTheOfferAndANumberOutOfRangeChangesNothing() throws {
        let a = seeded()
        _ = a.respond(to: "xoá nhiệm vụ họp tổ")
        XCTAssertTrue(a.respond(to: "7").text.contains("Không có lựa chọn số 7"))
        XCTAssertEqual(try status(a, 2), "pending")
        XCTAssertEqual(try status(a, 3), "pending")
        _ = a.respond(to: "xoá nhiệm vụ họp tổ")
        _ = a.respond(to: "danh sách nhiệm vụ")
        _ = a.respond(to: "1")
        XCTAssertEqual(try status(a, 2), "pending", "a choice does not survive another line")
    }

    func testReassignAndUpdateByTitleAskToo() throws {
        let a = seeded()
        let reassign = a.respond(to: "giao lại nhiệm vụ rà soát hộ nghèo cho phòng văn hóa xã hội")
        XCTAssertTrue(reassign.awaitsConfirmation, reassign.text)
        XCTAssertEqual(try TaskStore(path: path, readOnly: true).task(id: 1)?.unit, "Phòng Kinh tế")
        XCTAssertTrue(a.respond(to: "1").text.contains("Phòng Văn hóa - Xã hội"))
        XCTAssertEqual(try TaskStore(path: path, readOnly: true).task(id: 1)?.unit, "Phòng Văn hóa - Xã hội")
        let update = a.respond(to: "cập nhật nhiệm vụ hộ nghèo: đã xong vòng 1")
        XCTAssertTrue(update.awaitsConfirmation, update.text)
        XCTAssertEqual(try TaskStore(path: path, readOnly: true).notes(taskID: 1).count, 0)
    }

    func testNumbersStillActAtOnceAndUnknownWordsAreRefused() throws {
        let a = seeded()
        let r = a.respond(to: "xong nhiệm vụ số 2")
        XCTAssertFalse(r.awaitsConfirmation)
        XCTAssertEqual(try status(a, 2), "done")
        let none = a.respond(to: "xong nhiệm vụ khánh thành cầu")
        XCTAssertFalse(none.awaitsConfirmation)
        XCTAssertTrue(none.text.contains("khánh thành cầu"), none.text)
        // A part of a word is not a word: "ngh" does not find "nghèo", "ph" not "phố".
        XCTAssertFalse(a.respond(to: "xong nhiệm vụ ngh").awaitsConfirmation)
        XCTAssertFalse(a.respond(to: "xoá nhiệm vụ ph").awaitsConfirmation)
        // Folded words do match: typed without marks, "ho ngheo" is "hộ nghèo".
        XCTAssertTrue(a.respond(to: "xong nhiem vu ho ngheo").awaitsConfirmation)
    }
}
