import Foundation
import XCTest

/// `ask` with a change naming a task by title: one-shot lists the candidates, changes nothing and
/// exits 1; a piped session performs the change on the next line's number.
final class TaskConfirmationTranscriptTests: XCTestCase {
    func testOneShotListsCandidatesChangesNothingAndFails() throws {
        let t = try DanvanRunner()
        let store = t.home.appendingPathComponent("tasks.sqlite").path
        let base = ["ask", "--store", store, "--today", "2025-09-10"]
        XCTAssertEqual(try t.run(base + ["thêm nv: Kiểm tra vệ sinh chợ B, giao p. kinh tế"]).status, 0)
        XCTAssertEqual(try t.run(base + ["them nv: Kiem tra ve sinh cho Dong"]).status, 0)
        for line in ["xong nv chợ b", "XOÁ NHIỆM VỤ KIỂM TRA VỆ SINH", "gia hạn nv kiểm tra vệ sinh đến 30/9/2025"] {
            let r = try t.run(base + [line])
            XCTAssertEqual(r.status, 1, line)
            XCTAssertTrue(r.out.contains("Có phải bạn muốn nói"), r.out)
            XCTAssertTrue(r.out.contains("#1 Kiểm tra vệ sinh chợ B"), r.out)
        }
        let json = try t.run(base + ["--json", "hoàn thành nhiệm vụ vệ sinh chợ"])
        XCTAssertEqual(json.status, 1)
        let object = try t.json(json.out.split(separator: "\n")[0])
        XCTAssertEqual(object["intent"] as? String, "task.done")
        XCTAssertEqual((object["slots"] as? [String: String])?["choices"], "1,2")
        let list = try t.run(base + ["ds nv đã xong"])
        XCTAssertFalse(list.out.contains("#1"), "nothing was completed: \(list.out)")
        XCTAssertFalse(list.out.contains("#2"), list.out)
        let deadlines = try t.run(base + ["--json", "xem nv 1"])
        XCTAssertTrue(deadlines.out.contains("\"due\":null"), deadlines.out)
    }

    func testPipedSessionPerformsTheChosenChange() throws {
        let t = try DanvanRunner()
        let store = t.home.appendingPathComponent("tasks.sqlite").path
        let lines = ["thêm nv: Họp tổ dân phố Đông", "thêm nv: Họp tổ dân phố Tây", "đã xong nv họp tổ dân phố", "2",
                     "xem nhiem vu 2"].joined(separator: "\n") + "\n"
        let r = try t.run(["ask", "--store", store, "--today", "2025-09-10"], stdin: lines)
        XCTAssertEqual(r.status, 0, r.err)
        XCTAssertTrue(r.out.contains("2) #2 Họp tổ dân phố Tây"), r.out)
        XCTAssertTrue(r.out.contains("Đã đánh dấu hoàn thành nhiệm vụ #2"), r.out)
        XCTAssertFalse(r.out.contains("Đã đánh dấu hoàn thành nhiệm vụ #1"), r.out)
        XCTAssertTrue(r.out.contains("đã hoàn thành (ngày 10/09/2025)"), r.out)
    }
}
