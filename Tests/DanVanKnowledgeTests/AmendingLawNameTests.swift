import DanVanKnowledge
import DanVanText
import XCTest

/// An amending law named without a date after it ends with the names of the laws it amends; a law's name
/// cut at "và" elsewhere is the whole name the amending law gives it.
final class AmendingLawNameTests: XCTestCase {
    private func plan(_ body: String) throws -> Plan {
        try TestSupport.planWithPurpose(body, number: 15, title: "Thi hành luật", id: "test-amending-laws")
    }

    func testAnAmendingLawWithoutADateEndsWithTheLawItAmends() throws {
        let p = try plan("""
        - Đánh giá tính tương thích với Luật sửa đổi, bổ sung một số điều của Luật Đo lường và thử nghiệm về Phòng Kinh tế để tổng hợp.
        - Phổ biến Luật Đo lường và thử nghiệm tới người dân.
        - Thực hiện Luật sửa đổi, bổ sung một số điều của Luật Hộ tịch, Luật Cư trú và Luật Căn cước ngày 25 tháng 6 năm 2025.
        - Hướng dẫn Luật Cư trú cho cán bộ.
        """)
        let names = p.documents.compactMap(\.name)
        XCTAssertTrue(names.contains("Luật sửa đổi, bổ sung một số điều của Luật Đo lường và thử nghiệm"), "\(names)")
        XCTAssertFalse(names.contains { $0.contains("Phòng Kinh tế") }, "the name stops at “về”: \(names)")
        XCTAssertTrue(names.contains("Luật Đo lường và thử nghiệm"), "the name cut at “và” is the whole one: \(names)")
        XCTAssertFalse(names.contains("Luật Đo lường"), "\(names)")
        XCTAssertTrue(names.contains("Luật sửa đổi, bổ sung một số điều của Luật Hộ tịch, Luật Cư trú và Luật Căn cước"), "\(names)")
        XCTAssertTrue(names.contains("Luật Cư trú"), "one of the amended laws, by itself: \(names)")
    }

    func testARealPlanNamesItsLawsWhole() throws {
        let file = TestSupport.fixtureURL("lai-chau-7360-kh-ubnd-2025.txt")
        let laws = try TestSupport.importer.importFile(at: file).documents.filter { $0.kind == "Luật" }.compactMap(\.name)
        XCTAssertTrue(laws.contains("Luật Tiêu chuẩn và quy chuẩn kỹ thuật"), "\(laws)")
        XCTAssertFalse(laws.contains("Luật Tiêu chuẩn"), "\(laws)")
        XCTAssertFalse(laws.contains { $0.contains("Sở Khoa học") || $0.hasSuffix("ban hành") }, "\(laws)")
    }
}
