import Foundation
import XCTest

/// What danvan leaves in its cache folder stays bounded: each run reuses the plan index instead of
/// leaving a new temporary copy behind.
final class CacheHygieneTests: XCTestCase {
    func testPlanIndexIsInstalledAndNoTemporaryFilesAccumulate() throws {
        let cli = try CLI(self)
        let fixtures = Repository.root.appendingPathComponent("Tests/DanVanKnowledgeTests/Fixtures")
        let plans = try FileManager.default.contentsOfDirectory(atPath: fixtures.path).filter { $0.hasSuffix(".txt") }.sorted()
            .prefix(3).map { fixtures.appendingPathComponent($0).path }
        let imported = try cli.run(["import"] + plans)
        XCTAssertEqual(imported.status, 0, imported.stderr)
        for _ in 0..<3 {
            let r = try cli.run(["ask", "--store", cli.home.appendingPathComponent("t.sqlite").path, "hạn báo cáo"])
            XCTAssertEqual(r.status, 0, r.stderr)
        }
        let cache = cli.home.appendingPathComponent("cache/danvan")
        let names = try FileManager.default.contentsOfDirectory(atPath: cache.path)
        XCTAssertEqual(names.filter { $0.contains(".tmp-") }, [], "temporary files left in \(cache.path)")
        XCTAssertEqual(names.filter { $0.hasPrefix("plans-") && $0.hasSuffix(".sqlite") }.count, 1, "the plan index in place: \(names)")
    }
}
