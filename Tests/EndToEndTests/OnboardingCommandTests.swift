import Foundation
import XCTest

/// `danvan brief` and `danvan quiz` as a new official or a script runs them.
final class OnboardingCommandTests: XCTestCase {
    var runner: DanvanRunner!

    override func setUpWithError() throws { runner = try DanvanRunner() }
    override func tearDown() { runner = nil }

    func testBriefOfAUnitGivesItsDutiesDeadlinesAndDocumentsWithSources() throws {
        let r = try runner.run(["brief", "--unit", "phong kinh te", "--today", "2025-08-25"])
        XCTAssertEqual(r.status, 0, r.err)
        for fact in ["Phòng Kinh tế", "III.3", "03/09/2025 — còn 9 ngày", "02/12/2025", "Gửi báo cáo về: Ủy ban nhân dân dân xã",
                     "3177/QĐ-UBND", "06/08/2025", "Ủy ban nhân dân thành phố Hải Phòng", "UBND: Ủy ban nhân dân", "Nguồn: ", "tiếp"] {
            XCTAssertTrue(r.out.contains(fact), "missing \(fact) in\n\(r.out)")
        }
        // Phòng Văn hóa - Xã hội's own duties are not Phòng Kinh tế's.
        XCTAssertFalse(r.out.contains("Nhiệm vụ riêng"), r.out)
        // The unit is remembered: the next brief needs no --unit.
        let again = try runner.run(["brief", "--today", "2025-08-25"])
        XCTAssertEqual(again.status, 0, again.err)
        XCTAssertEqual(again.out, r.out)
    }

    func testBriefWithoutAUnitOrWithAnUnknownOneFailsClearly() throws {
        let none = try runner.run(["brief"])
        XCTAssertEqual(none.status, 2)
        XCTAssertTrue(none.err.contains("--unit"), none.err)
        XCTAssertTrue(none.out.isEmpty)
        let unknown = try runner.run(["brief", "--unit", "phòng không tồn tại xyz"])
        XCTAssertEqual(unknown.status, 2)
        XCTAssertTrue(unknown.err.contains("Không tìm thấy đơn vị"), unknown.err)
        let env = try runner.run(["brief"], env: ["DANVAN_UNIT": "VHXH"])
        XCTAssertEqual(env.status, 0, env.err)
        XCTAssertTrue(env.out.contains("Phòng Văn hóa - Xã hội"))
        XCTAssertTrue(env.out.contains("Nhiệm vụ riêng"))
    }

    func testQuizJsonIsOneObjectALineAndTheSeedReproducesIt() throws {
        let a = try runner.run(["quiz", "--json", "--seed", "5", "--count", "4"])
        XCTAssertEqual(a.status, 0, a.err)
        let lines = a.out.split(separator: "\n")
        XCTAssertEqual(lines.count, 4)
        for line in lines {
            let o = try runner.json(line)
            XCTAssertEqual(Set(o.keys), ["question", "answer", "source"])
            XCTAssertTrue((o["source"] as? String)?.contains("Kế hoạch") ?? false)
        }
        let b = try runner.run(["quiz", "--json", "--seed", "5", "--count", "4"])
        XCTAssertEqual(a.out, b.out)
        let c = try runner.run(["quiz", "--json", "--seed", "6", "--count", "4"])
        XCTAssertNotEqual(a.out, c.out)
        // Listing the questions is not practising: no record is written.
        let state = (try? FileManager.default.contentsOfDirectory(atPath: runner.home.appendingPathComponent("state/danvan").path)) ?? []
        XCTAssertFalse(state.contains { $0.hasPrefix("practice-") }, "\(state)")
    }

    /// A script takes the quiz: answers one a line, the first typed without diacritics, the second wrong.
    func testQuizTakesPipedAnswersScoresAndKeepsProgress() throws {
        let listing = try runner.run(["quiz", "--json", "--seed", "9", "--count", "3"])
        let answers = try listing.out.split(separator: "\n").map { try XCTUnwrap(runner.json($0)["answer"] as? String) }
        XCTAssertEqual(answers.count, 3)
        let plain = answers[0].folding(options: [.diacriticInsensitive], locale: nil).replacingOccurrences(of: "Đ", with: "D").replacingOccurrences(of: "đ", with: "d")
        let r = try runner.run(["quiz", "--seed", "9", "--count", "3"], stdin: "\(plain)\nkhông biết\n\(answers[2])\n", env: ["USER": "thu"])
        XCTAssertEqual(r.status, 0, r.err)
        XCTAssertTrue(r.out.contains("Câu 1/3") && r.out.contains("Câu 3/3"), r.out)
        XCTAssertTrue(r.out.contains("Đúng. \(answers[0])"), r.out)
        XCTAssertTrue(r.out.contains("Chưa đúng. Đáp án: \(answers[1])"), r.out)
        XCTAssertTrue(r.out.contains("Đúng 2/3 câu."), r.out)
        let file = runner.home.appendingPathComponent("state/danvan/practice-thu.json")
        let attributes = try FileManager.default.attributesOfItem(atPath: file.path)
        XCTAssertEqual((attributes[.posixPermissions] as? NSNumber)?.intValue, 0o600)
        let record = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(contentsOf: file)) as? [String: Any])
        XCTAssertEqual((record["facts"] as? [String: Any])?.count, 3)

        // The next round, whatever its seed, starts with the fact missed.
        let next = try runner.run(["quiz", "--json", "--seed", "1", "--count", "1"], env: ["USER": "thu"])
        XCTAssertEqual(try runner.json(next.out.split(separator: "\n")[0])["answer"] as? String, answers[1])
    }

    /// Tasks of the store with a lead unit give questions too (not when one plan is asked for).
    func testQuizAsksAboutTheTaskStoresTasks() throws {
        let store = runner.home.appendingPathComponent("tasks.sqlite").path
        let add = try runner.run(["ask", "--store", store, "--today", "2025-08-25", "thêm nhiệm vụ: Họp dân khu phố 3, giao phòng kinh tế, hạn 15/9/2025"])
        XCTAssertEqual(add.status, 0, add.err)
        let all = try runner.run(["quiz", "--store", store, "--json", "--count", "1000"])
        let objects = try all.out.split(separator: "\n").map { try runner.json($0) }
        let task = try XCTUnwrap(objects.first { ($0["question"] as? String)?.contains("Họp dân khu phố 3") ?? false }, all.out)
        XCTAssertEqual(task["answer"] as? String, "Phòng Kinh tế")
        XCTAssertEqual(task["source"] as? String, "Sổ theo dõi nhiệm vụ, nhiệm vụ #1")
        let one = try runner.run(["quiz", "--store", store, "--json", "--count", "1000", "--plan", "ke-hoach-dan-van-duong-an-2025"])
        XCTAssertEqual(one.status, 0, one.err)
        XCTAssertFalse(one.out.contains("Họp dân khu phố 3"))
        XCTAssertEqual(one.out.split(separator: "\n").count, objects.count - 1)
    }

    func testQuizRefusesBadOptions() throws {
        let count = try runner.run(["quiz", "--count", "0"])
        XCTAssertNotEqual(count.status, 0)
        XCTAssertTrue(count.err.contains("Số câu hỏi"), count.err)
        let plan = try runner.run(["quiz", "--plan", "999"])
        XCTAssertEqual(plan.status, 2)
        XCTAssertTrue(plan.err.contains("Không tìm thấy kế hoạch “999”"), plan.err)
        let unit = try runner.run(["quiz", "--unit", "xyz không có"])
        XCTAssertEqual(unit.status, 2)
        XCTAssertTrue(unit.err.contains("Không tìm thấy đơn vị"), unit.err)
    }
}
