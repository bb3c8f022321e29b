import DanVanKnowledge
import DanVanText
import XCTest

/// The seed plan (text copied from a PDF viewer: broken lines, blank lines, stray spaces).
final class SeedPlanImportTests: XCTestCase {
    private lazy var plan = try! TestSupport.importFixture(TestSupport.seed)

    func testHeaderFacts() {
        XCTAssertEqual(plan.id, "ke-hoach-dan-van-duong-an-2025")
        XCTAssertNil(plan.number, "the seed's number is not in its text")
        XCTAssertNil(plan.date)
        XCTAssertEqual(plan.issuer, "Ủy ban nhân dân xã Đường An")
        XCTAssertEqual(plan.title, "Triển khai thực hiện công tác dân vận của các cơ quan hành chính nhà nước, chính quyền cơ sở trên địa bàn xã Đường An năm 2025")
        XCTAssertTrue(plan.preamble.hasPrefix("Thực hiện Quyết định số 3177/QĐ-UBND ngày 06/8/2025"))
        XCTAssertTrue(plan.preamble.hasSuffix("như sau:"))
        XCTAssertTrue(plan.topics.contains("dân vận"))
    }

    func testSectionsAndRoles() {
        XCTAssertEqual(plan.sections.map(\.id), ["I", "I.1", "I.2", "II", "II.1", "II.2", "III", "III.1", "III.2", "III.3"])
        XCTAssertEqual(plan.section("I")?.role, .purposeAndRequirements)
        XCTAssertEqual(plan.section("I.1")?.role, .purpose)
        XCTAssertEqual(plan.section("I.2")?.role, .requirements)
        XCTAssertEqual(plan.section("II")?.role, .content)
        XCTAssertEqual(plan.section("III")?.role, .organization)
        XCTAssertEqual(plan.section("III.1")?.title, "Phòng Văn hóa - Xã hội xã")
        XCTAssertEqual(plan.section("I.1")?.paragraphs.count, 5)
        XCTAssertEqual(plan.section("II.2")?.paragraphs, ["Theo bảng tổng hợp nhiệm vụ, phân công trách nhiệm kèm theo."])
    }

    func testLegalBases() throws {
        XCTAssertEqual(plan.documents.count, 11)
        XCTAssertEqual(plan.documents.compactMap(\.symbol), [
            "3177/QĐ-UBND", "33/CT-TTg", "16/CT-TTg", "114-KL/TW", "1669/NQ-UBTVQH15", "23-QĐ/TW",
            "59/2023/NĐ-CP", "61/2023/NĐ-CP", "446-QĐ/TU",
        ])
        let basis = try XCTUnwrap(plan.documents.first)
        XCTAssertEqual(basis.kind, "Quyết định")
        XCTAssertEqual(basis.date, CalendarDate(year: 2025, month: 8, day: 6))
        XCTAssertEqual(basis.issuer, "Ủy ban nhân dân thành phố Hải Phòng")
        XCTAssertEqual(basis.sections, ["preamble"])
        XCTAssertTrue(basis.subject?.hasPrefix("ban hành danh mục nhiệm vụ") == true)

        // First cited short ("Chỉ thị số 33/CT-TTg;"), filled in by later full citations.
        let ct33 = try XCTUnwrap(plan.documents.first { $0.symbol == "33/CT-TTg" })
        XCTAssertEqual(ct33.date, CalendarDate(year: 2021, month: 11, day: 26))
        XCTAssertEqual(ct33.issuer, "Thủ tướng Chính phủ")
        XCTAssertEqual(ct33.sections, ["I.1", "I.2", "II.1"])
        XCTAssertEqual(ct33.subject?.hasPrefix("về tiếp tục tăng cường và đổi mới công tác dân vận"), true)

        let expected: [(String, String, String, CalendarDate?)] = [
            ("16/CT-TTg", "Chỉ thị", "Thủ tướng Chính phủ", CalendarDate(year: 2016, month: 5, day: 16)),
            ("114-KL/TW", "Kết luận", "Ban Bí thư Trung ương Đảng", CalendarDate(year: 2015, month: 7, day: 14)),
            ("1669/NQ-UBTVQH15", "Nghị quyết", "Ủy ban Thường vụ Quốc hội", CalendarDate(year: 2025, month: 6, day: 16)),
            ("23-QĐ/TW", "Quyết định", "Bộ Chính trị", CalendarDate(year: 2021, month: 7, day: 30)),
            ("59/2023/NĐ-CP", "Nghị định", "Chính phủ", CalendarDate(year: 2023, month: 8, day: 14)),
            ("61/2023/NĐ-CP", "Nghị định", "Chính phủ", CalendarDate(year: 2023, month: 8, day: 16)),
            ("446-QĐ/TU", "Quyết định", "Ban Thường vụ Thành ủy", CalendarDate(year: 2021, month: 11, day: 26)),
        ]
        for (symbol, kind, issuer, date) in expected {
            let d = try XCTUnwrap(plan.documents.first { $0.symbol == symbol }, symbol)
            XCTAssertEqual(d.kind, kind, symbol)
            XCTAssertEqual(d.issuer, issuer, symbol)
            XCTAssertEqual(d.date, date, symbol)
        }
        XCTAssertEqual(plan.documents.first { $0.symbol == "61/2023/NĐ-CP" }?.subject,
                       "về xây dựng và thực hiện hương ước, quy ước của cộng đồng dân cư")
    }

    func testLawsCitedByName() throws {
        let laws = plan.documents.filter { $0.kind == "Luật" }
        XCTAssertEqual(laws.map(\.name), [
            "Luật Thực hiện dân chủ ở cơ sở",
            "Luật sửa đổi, bổ sung một số điều của Luật Mặt trận Tổ quốc Việt Nam, Luật Công đoàn, Luật Thanh niên và Luật Thực hiện dân chủ ở cơ sở",
        ])
        XCTAssertEqual(laws.map(\.date), [CalendarDate(year: 2022, month: 11, day: 10), CalendarDate(year: 2025, month: 6, day: 27)])
        XCTAssertEqual(laws.map(\.issuer), ["Quốc hội", "Quốc hội"])
        XCTAssertTrue(laws.allSatisfy { $0.symbol == nil && $0.note == nil })
    }

    func testUnitsAndDuties() throws {
        XCTAssertEqual(plan.units.map(\.name), ["Phòng Văn hóa - Xã hội", "Trung tâm sự nghiệp công xã", "Các phòng, đơn vị sự nghiệp thuộc xã"])
        let culture = try XCTUnwrap(plan.units.first)
        XCTAssertEqual(culture.duties.count, 2)
        XCTAssertTrue(culture.duties[0].text.hasPrefix("Chủ trì theo dõi, đôn đốc các đơn vị"))
        XCTAssertEqual(culture.duties.map(\.section), ["III.1", "III.1"])
        XCTAssertTrue(culture.duties.allSatisfy { $0.role == .own })
        XCTAssertEqual(plan.units[1].duties.map(\.section), ["III.2"])
        XCTAssertEqual(plan.allUnitsSection, "III.3")
        XCTAssertEqual(plan.units[2].duties.map(\.text).filter { $0.hasPrefix("Báo cáo lần") }.count, 2)
    }

    func testDeadlinesAndWhereReportsGo() throws {
        XCTAssertEqual(plan.deadlines.map(\.label), ["Báo cáo lần 1", "Báo cáo lần 2"])
        XCTAssertEqual(plan.deadlines.map(\.round), [1, 2])
        XCTAssertEqual(plan.deadlines.map(\.date), [CalendarDate(year: 2025, month: 9, day: 3), CalendarDate(year: 2025, month: 12, day: 2)])
        XCTAssertEqual(plan.deadlines.map(\.section), ["III.3", "III.3"])
        XCTAssertTrue(plan.deadlines.allSatisfy { $0.recipient?.hasSuffix("(qua Phòng Văn hóa - Xã hội)") == true })
        XCTAssertEqual(plan.reportsTo, "Phòng Văn hóa - Xã hội")
        let today = CalendarDate(year: 2025, month: 8, day: 25)!
        let first = try XCTUnwrap(plan.deadlines.first?.nextOccurrence(from: today))
        XCTAssertEqual(today.days(until: first), 9)
    }

    func testRecipientsAndSigner() {
        XCTAssertEqual(plan.recipients, [
            "Sở Nội vụ thành phố", "Thường trực Đảng ủy", "CT, các PCT UBND xã", "Các phòng chuyên môn",
            "UBMTTQVN xã", "Các đơn vị sự nghiệp thuộc xã", "Lưu: VT",
        ])
        XCTAssertEqual(plan.signer, Signer(mode: "TM.", authority: "Ủy ban nhân dân", title: "Chủ tịch", name: "Đào Đức Vỹ"))
    }

    func testNFDAndLegacyLookAlikesImportTheSame() throws {
        let text = TestSupport.fixture(TestSupport.seed)
        let nfd = text.decomposedStringWithCanonicalMapping
        XCTAssertEqual(try TestSupport.importer.importPlan(text: nfd, id: plan.id), plan)
        let messy = text.replacingOccurrences(of: "Đ", with: "\u{00D0}").replacingOccurrences(of: "\n", with: "\r\n")
            .replacingOccurrences(of: "III. TỔ CHỨC", with: "\u{000C}3\n\u{000C}III. TỔ CHỨC")
        XCTAssertEqual(try TestSupport.importer.importPlan(text: messy, id: plan.id), plan)
    }

    func testOneParagraphPerLineGivesTheSameFacts() throws {
        // The same plan saved from Word: no broken lines.
        var lines: [String] = ["KẾ HOẠCH", plan.title, plan.preamble]
        for s in plan.sections {
            lines.append(s.id.split(separator: ".").last.map { "\($0). \(s.title)" } ?? s.title)
            lines.append(contentsOf: s.paragraphs)
        }
        lines.append("Nơi nhận:")
        lines.append(contentsOf: plan.recipients.map { "- \($0);" })
        lines += ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Đào Đức Vỹ"]
        let other = try TestSupport.importer.importPlan(text: lines.joined(separator: "\n"), id: plan.id)
        XCTAssertEqual(other.sections, plan.sections)
        XCTAssertEqual(other.documents, plan.documents)
        XCTAssertEqual(other.units, plan.units)
        XCTAssertEqual(other.deadlines, plan.deadlines)
        XCTAssertEqual(other.signer, plan.signer)
        XCTAssertEqual(other.issuer, plan.issuer)
    }
}
