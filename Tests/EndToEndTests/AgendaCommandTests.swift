import Foundation
import XCTest

/// `danvan agenda` / `danvan hôm nay`, as a person runs them: the unit from --unit or config.toml.
final class AgendaCommandTests: XCTestCase {
    var runner: DanvanRunner!
    var store: String { runner.home.appendingPathComponent("tasks.sqlite").path }

    override func setUpWithError() throws {
        runner = try DanvanRunner()
        for line in ["thêm nhiệm vụ báo cáo an ninh, giao phòng kinh tế, trước ngày 15 hằng tháng",
                     "thêm nhiệm vụ họp tổ, giao phòng văn hóa xã hội, hạn 5/9/2025"] {
            let r = try runner.run(["ask", "--store", store, "--today", "2025-09-10", line])
            XCTAssertEqual(r.status, 0, r.err)
        }
    }

    override func tearDown() { runner = nil }

    func testAgendaForEverybodyAndForAUnit() throws {
        let all = try runner.run(["agenda", "--store", store, "--today", "2025-09-10"])
        XCTAssertEqual(all.status, 0, all.err)
        XCTAssertTrue(all.out.contains("Quá hạn (1):"), all.out)
        XCTAssertTrue(all.out.contains("#2 họp tổ (Phòng Văn hóa - Xã hội)"), all.out)
        XCTAssertTrue(all.out.contains("#1 báo cáo an ninh (Phòng Kinh tế) — hạn 15/09/2025 (hằng tháng), còn 5 ngày"), all.out)

        let unit = try runner.run(["hôm", "nay", "--store", store, "--today", "2025-09-10", "--unit", "phong kt"])
        XCTAssertEqual(unit.status, 0, unit.err)
        XCTAssertTrue(unit.out.contains("Phòng Kinh tế"), unit.out)
        XCTAssertFalse(unit.out.contains("họp tổ"), unit.out)
    }

    func testUnitFromTheConfigAndAllOverridesIt() throws {
        let config = runner.home.appendingPathComponent("config/danvan")
        try FileManager.default.createDirectory(at: config, withIntermediateDirectories: true)
        try "unit = \"Phòng Văn hóa - Xã hội\"\n".write(to: config.appendingPathComponent("config.toml"), atomically: true, encoding: .utf8)
        let env = ["XDG_CONFIG_HOME": runner.home.appendingPathComponent("config").path]
        let mine = try runner.run(["hôm-nay", "--store", store, "--today", "2025-09-10"], env: env)
        XCTAssertEqual(mine.status, 0, mine.err)
        XCTAssertTrue(mine.out.contains("họp tổ"), mine.out)
        XCTAssertFalse(mine.out.contains("báo cáo an ninh"), mine.out)
        let all = try runner.run(["agenda", "--all", "--store", store, "--today", "2025-09-10"], env: env)
        XCTAssertTrue(all.out.contains("báo cáo an ninh"), all.out)
    }

    func testQuietDayPlanDeadlineAndUnknownUnit() throws {
        // On 01/08 nothing is due within a week and the plan's first report (03/09) is 33 days away.
        let quiet = try runner.run(["agenda", "--store", store, "--today", "2025-08-01"])
        XCTAssertEqual(quiet.status, 0, quiet.err)
        XCTAssertTrue(quiet.out.contains("không có nhiệm vụ quá hạn hay đến hạn"), quiet.out)
        // The built-in plan's second report is due 02/12/2025.
        let near = try runner.run(["agenda", "--store", store, "--today", "2025-11-20", "--unit", "phòng kinh tế"])
        XCTAssertTrue(near.out.contains("Báo cáo lần 2 — 02/12/2025, còn 12 ngày"), near.out)
        let bad = try runner.run(["agenda", "--store", store, "--unit", "phòng không có"])
        XCTAssertEqual(bad.status, 64)
        XCTAssertTrue(bad.err.contains("phòng không có"), bad.err)
        XCTAssertTrue(bad.out.isEmpty, bad.out)
    }
}
