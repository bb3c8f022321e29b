@testable import DanVanTasks
import DanVanText
import XCTest

final class TaskUndoTests: XCTestCase {
    let today = TestSupport.today

    func testUndoRevertsEachKindOfChange() throws {
        let store = try TestSupport.store(self)
        let task = try store.add(TaskDraft(title: "Họp", unit: "Phòng Kinh tế", due: CalendarDate(iso: "2025-10-20")), user: "lan")
        try store.reschedule(id: task.id, to: CalendarDate(iso: "2025-11-30"), user: "lan")
        try store.reassign(id: task.id, to: "Phòng Văn hóa - Xã hội", user: "lan")
        try store.addNote(taskID: task.id, text: "đã họp", user: "lan")
        try store.complete(id: task.id, user: "lan")
        try store.delete(id: task.id, user: "lan")

        XCTAssertEqual(try store.undo(user: "minh").action, .delete)
        XCTAssertEqual(try store.task(id: task.id)?.status, .done)
        XCTAssertEqual(try store.undo(user: "minh").action, .done)
        XCTAssertEqual(try store.task(id: task.id)?.status, .pending)
        XCTAssertNil(try store.task(id: task.id)?.completedAt)
        XCTAssertEqual(try store.undo(user: "minh").action, .note)
        XCTAssertEqual(try store.notes(taskID: task.id), [])
        XCTAssertEqual(try store.undo(user: "minh").action, .reassign)
        XCTAssertEqual(try store.task(id: task.id)?.unit, "Phòng Kinh tế")
        XCTAssertEqual(try store.undo(user: "minh").action, .reschedule)
        XCTAssertEqual(try store.task(id: task.id)?.due, CalendarDate(iso: "2025-10-20"))
        XCTAssertEqual(try store.undo(user: "minh").action, .add)
        XCTAssertEqual(try store.task(id: task.id)?.status, .deleted, "an undone add is soft-deleted, not lost")
        XCTAssertThrowsError(try store.undo(user: "minh")) { XCTAssertEqual($0 as? TaskStoreError, .nothingToUndo) }

        let history = try store.history(taskID: task.id)
        // delete 1 + done 2 (status, completion time) + note 1 + reassign 1 + reschedule 1 + add 1
        XCTAssertEqual(history.filter { $0.action == .undo }.count, 7, "each undo is journaled")
        XCTAssertEqual(history.last?.user, "minh")
        XCTAssertEqual(history.last?.undoneAction, .add)
    }

    func testUndoWorksAcrossARestart() throws {
        let path = try TestSupport.temporaryDirectory(self).appendingPathComponent("tasks.sqlite").path
        do {
            let store = try TaskStore(path: path)
            let task = try store.add(TaskDraft(title: "Họp", due: CalendarDate(iso: "2025-10-20")), user: "lan")
            try store.complete(id: task.id, user: "lan")
        }
        do {
            let reopened = try TaskStore(path: path)
            XCTAssertEqual(try reopened.undo(user: "lan").action, .done)
        }
        let third = try TaskStore(path: path)
        XCTAssertEqual(try third.task(id: 1)?.status, .pending)
        XCTAssertEqual(try third.undo(user: "lan").action, .add)
        XCTAssertEqual(try third.task(id: 1)?.status, .deleted)
    }

    func testUndoOfAnImportRemovesTheBatchAndAllowsReimport() throws {
        let dir = try TestSupport.temporaryDirectory(self)
        let store = try TaskStore(path: dir.appendingPathComponent("tasks.sqlite").path)
        let csv = try TestSupport.write("STT,Nội dung nhiệm vụ,Đơn vị chủ trì\n1,Họp,Phòng Kinh tế\n2,Tuyên truyền,Phòng VHXH\n",
                                        named: "phu-luc.csv", in: dir)
        let manual = try store.add(TaskDraft(title: "Thêm tay"), user: "lan")
        let import1 = { try store.importCSV(at: csv, vocabulary: TestSupport.vocabulary, resolveUnit: TestSupport.resolver,
                                            today: self.today, user: "lan") }
        XCTAssertEqual(try import1().added.count, 2)
        let undone = try store.undo(user: "lan")
        XCTAssertEqual(undone.action, .import)
        XCTAssertEqual(undone.detail, "phu-luc.csv")
        XCTAssertEqual(try store.tasks(matching: TaskFilter(), today: today).map(\.id), [manual.id])
        XCTAssertEqual(try import1().added.count, 2, "after undo the file imports again")
    }
}
