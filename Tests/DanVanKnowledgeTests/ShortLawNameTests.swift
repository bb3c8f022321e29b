import DanVanKnowledge
import DanVanText
import XCTest

/// A law cited by a short form the plan defines ("Luật NSNN" after "ngân sách nhà nước (NSNN)") is a
/// real citation ("theo quy định của Luật NSNN năm 2025"): it is named in full, once.
final class ShortLawNameTests: XCTestCase {
    private func plan(_ body: String) throws -> Plan {
        try TestSupport.planWithPurpose(body, number: 14, title: "Thu, chi ngân sách năm 2026", id: "test-short-laws")
    }

    func testALawCitedByTheShortFormThePlanDefines() throws {
        let p = try plan("""
        - Tăng thu bảo hiểm xã hội (BHXH) theo quy định của Luật BHXH năm 2024.
        - Thực hiện đúng Luật XYZW về quản lý.
        """)
        let names = p.documents.compactMap(\.name)
        XCTAssertTrue(names.contains("Luật Bảo hiểm xã hội"), "\(names)")
        XCTAssertFalse(names.contains("Luật BHXH"))
        XCTAssertTrue(names.contains("Luật XYZW"), "an acronym the plan does not define stays as written: \(names)")
    }

    func testTheSameLawByBothNamesIsOneDocument() throws {
        let p = try plan("""
        - Thực hiện Luật Ngân sách nhà nước ngày 25 tháng 6 năm 2015.
        - Dự toán ngân sách nhà nước (NSNN) được lập theo Luật NSNN.
        """)
        let budget = p.documents.filter { $0.name.map { Folding.fold($0).contains("ngan sach") || $0.contains("NSNN") } ?? false }
        XCTAssertEqual(budget.count, 1, "\(p.documents.map { $0.name ?? $0.symbol ?? "" })")
        XCTAssertEqual(budget.first?.name, "Luật Ngân sách nhà nước")
        XCTAssertEqual(budget.first?.sections, ["I"])
    }

    func testCaMauBudgetLaw() throws {
        let fact = try XCTUnwrap(CorpusPlanFact.all.first { $0.file.hasPrefix("ca-mau") })
        let plan = try CorpusPlanImportTests.importPlan(fact)
        let names = plan.documents.compactMap(\.name)
        XCTAssertTrue(names.contains("Luật Ngân sách nhà nước"), "\(names)")
        XCTAssertFalse(names.contains("Luật NSNN"))
    }
}
