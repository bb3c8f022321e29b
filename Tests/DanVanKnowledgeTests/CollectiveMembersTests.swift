import DanVanKnowledge
import DanVanText
import XCTest

/// Which units a collective unit stands for: by its own words ("các Sở, ban, ngành", "UBND cấp xã"),
/// and by the list a short form the plan defines stands for ("(sau đây gọi tắt là các đơn vị)").
final class CollectiveMembersTests: XCTestCase {
    private func unit(_ plan: Plan, _ name: String) throws -> UnitDuties {
        try XCTUnwrap(plan.units.first { $0.name == name }, "\(name) not among \(plan.units.map(\.name))")
    }

    private func words(_ s: String) -> [String] { Tokenizer.foldedWords(s) }

    func testGroupsOfRealPlans() throws {
        let hanoi = try TestSupport.importFixture(TestSupport.hanoi)
        let departments = try unit(hanoi, "Các Sở, ban, ngành")
        XCTAssertEqual(departments.members, ["so", "ban", "nganh"])
        XCTAssertTrue(departments.includes(words("Sở Tài chính")))
        XCTAssertTrue(departments.includes(words("Ban Quản lý các khu công nghệ cao")))
        XCTAssertFalse(departments.includes(words("Công an Thành phố")))
        let communes = try unit(hanoi, "UBND xã, phường")
        XCTAssertTrue(communes.includes(words("UBND xã Sóc Sơn")))
        XCTAssertTrue(communes.includes(words("Ủy ban nhân dân phường Ba Đình")))
        XCTAssertFalse(communes.includes(words("Sở Tài chính")))

        let bacNinh = try TestSupport.importFixture(TestSupport.bacNinh)
        let level = try unit(bacNinh, "UBND cấp xã")
        XCTAssertTrue(level.includes(words("UBND xã Tiên Du")))
        XCTAssertFalse(level.includes(words("UBND phường Kinh Bắc")), "cấp xã names the level, not the wards")
        XCTAssertEqual(try unit(bacNinh, "Các cơ quan, đơn vị, địa phương").members, [""], "every unit")
        XCTAssertNil(try unit(bacNinh, "Sở Tư pháp").members)
    }

    func testShortFormsThePlanDefines() throws {
        let plan = try TestSupport.importFixture("synthetic-tinh-binh-an-don-vi-chung.txt")
        XCTAssertEqual(plan.abbreviations?.first { $0.short == "UBND cấp xã" }?.full, "Ủy ban nhân dân các xã, phường")
        let defined = try unit(plan, "UBND cấp xã")
        XCTAssertTrue(defined.includes(words("UBND phường Bình Thủy")), "defined as the communes and the wards")
        let all = try unit(plan, "Các đơn vị")
        XCTAssertTrue(all.includes(words("Sở Nội vụ")))
        XCTAssertTrue(all.includes(words("Ủy ban nhân dân xã An Hòa")))
        XCTAssertFalse(all.includes(words("Công an tỉnh")), "not in the list the short form stands for")
        XCTAssertFalse(try unit(plan, "Sở Nội vụ").includes(words("Sở Nội vụ")), "a single unit is no group")
    }
}
