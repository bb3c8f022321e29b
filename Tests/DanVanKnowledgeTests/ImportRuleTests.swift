import DanVanKnowledge
import DanVanText
import XCTest

/// The general rules of the importer, each on a synthetic plan (`synthetic-phuong-tan-an-ho-kinh-doanh.txt`)
/// and on real plans of the corpus.
final class ImportRuleTests: XCTestCase {
    private lazy var tanAn = try! TestSupport.importFixture("synthetic-phuong-tan-an-ho-kinh-doanh.txt")

    private func corpus(_ file: String) throws -> Plan {
        let fact = try XCTUnwrap(CorpusPlanFact.all.first { $0.file == file })
        return try CorpusPlanImportTests.importPlan(fact)
    }

    private func unit(_ plan: Plan, _ name: String) -> UnitDuties? { plan.units.first { $0.name == name } }

    func testAnAppendixAfterTheSignatureIsNeverTheSigner() throws {
        XCTAssertEqual(tanAn.signer, Signer(mode: "TM.", authority: "Ủy ban nhân dân", title: "Chủ tịch", name: "Lê Thị Mai"))
        XCTAssertEqual(tanAn.recipients, ["UBND tỉnh", "Lưu: VT"])
        // "PHỤ LỤC" (Hà Nội 310), "PHỤ LỤC I" (Đắk Lắk 0134), "Mẫu biểu số 01" with table rows (Cà Mau 0204).
        XCTAssertEqual(try corpus("ha-noi-310-kh-ubnd-2025.txt").signer?.name, "Trương Việt Dũng")
        XCTAssertEqual(try corpus("dak-lak-0134-kh-ubnd-2025.txt").signer?.name, "Trương Công Thái")
        let caMau = try corpus("ca-mau-0204-kh-ubnd-2025.txt")
        XCTAssertEqual(caMau.signer?.name, "Lâm Văn Bi")
        XCTAssertFalse(caMau.recipients.contains { $0.contains("%") }, "table rows are not recipients")
    }

    func testARepeatedRomanNumeralKeepsItsSubsectionsAndUnits() throws {
        XCTAssertEqual(tanAn.sections.map(\.id).filter { $0 == "II" || $0.hasPrefix("II.") || $0.hasPrefix("II-") },
                       ["II", "II.1", "II-2", "II-2.1", "II-2.2"])
        XCTAssertEqual(unit(tanAn, "Phòng Kinh tế")?.duties.first?.section, "II-2.1")
        let dongThap = try corpus("dong-thap-552-kh-ubnd-2025.txt")
        XCTAssertTrue(dongThap.sections.contains { $0.id == "III-2" })
        XCTAssertFalse(dongThap.sections.contains { $0.id.contains("-2") && $0.id.hasPrefix("III.") }, "no III.1-2")
    }

    func testUnitColonDutyIsTheUnitsDuty() throws {
        let economy = try XCTUnwrap(unit(tanAn, "Phòng Kinh tế")?.duties.first)
        XCTAssertEqual(economy.role, .lead)
        XCTAssertTrue(economy.text.hasPrefix("chủ trì lập danh sách HKD"), economy.text)
        let tax = try XCTUnwrap(unit(tanAn, "Thuế cơ sở 3")?.duties.first)
        XCTAssertTrue(tax.text.hasPrefix("phối hợp hướng dẫn"))
        XCTAssertEqual(tax.role, .support, "a duty that starts with \"phối hợp\" supports")
        // "5. Sở Giáo dục và Đào tạo: Chủ trì, phối hợp …" under "Tổ chức thực hiện" (Đồng Nai 179).
        let education = try XCTUnwrap(unit(try corpus("dong-nai-179-kh-ubnd-2025.txt"), "Sở Giáo dục và Đào tạo"))
        XCTAssertTrue(education.duties.contains { $0.text.hasPrefix("Chủ trì, phối hợp triển khai") && $0.role == .lead })
    }

    func testTheClosingSentenceIsNoDuty() throws {
        for plan in [tanAn, try corpus("can-tho-165-kh-ubnd-2025.txt")] {
            let duties = plan.units.flatMap(\.duties)
            XCTAssertFalse(duties.contains { Folding.fold($0.text).hasPrefix("tren day la") }, plan.id)
        }
    }

    func testTheUnitsAskedByTheIssuerGetTheDuty() throws {
        let laiChau = try corpus("lai-chau-7360-kh-ubnd-2025.txt")
        let asked = try XCTUnwrap(unit(laiChau, "Các cơ quan, đơn vị, địa phương"))
        XCTAssertTrue(asked.duties.contains { $0.text.contains("nghiêm túc triển khai") })
        XCTAssertFalse(laiChau.units.contains { $0.name.hasPrefix("Ủy ban nhân dân tỉnh") })
        let haNoi = try corpus("ha-noi-310-kh-ubnd-2025.txt")
        XCTAssertFalse(haNoi.units.contains { $0.name.hasPrefix("Ủy ban nhân dân Thành phố") }, "\(haNoi.units.map(\.name))")
    }

    func testUnitsAfterAnOpeningClause() throws {
        XCTAssertTrue(unit(tanAn, "Trạm Y tế")?.duties.contains { $0.text.hasPrefix("Căn cứ Kế hoạch này") } == true,
                      "\(tanAn.units.map(\.name))")
        let dongNai = try corpus("dong-nai-182-kh-ubnd-2025.txt")
        XCTAssertTrue(dongNai.units.contains { $0.name.hasPrefix("Các Sở, ban, ngành, đoàn thể cấp tỉnh") && $0.duties.contains { $0.section == "IV.1" } },
                      "\(dongNai.units.map(\.name))")
    }

    func testThucHienOpensTheLegalBases() throws {
        XCTAssertEqual(tanAn.documents.first?.symbol, "88/KH-UBND")
        XCTAssertEqual(tanAn.documents.first?.sections, ["preamble"])
        let bacNinh = try XCTUnwrap(try TestSupport.importFixture(TestSupport.bacNinh).documents.first)
        XCTAssertEqual(bacNinh.sections.first, "preamble")
    }

    func testMucTieuIsThePurposeWhenThereIsNoMucDich() throws {
        XCTAssertEqual(tanAn.section("I")?.role, .purpose)
        XCTAssertEqual(try corpus("dak-lak-0134-kh-ubnd-2025.txt").section("I")?.role, .purpose)
        // A plan with "Mục đích" keeps "Mục tiêu" as its goals.
        XCTAssertEqual(try corpus("ha-tinh-624-kh-ubnd-2025.txt").section("II")?.role, .goals)
    }

    func testVvLineGivesTheTitleAndTopic() {
        XCTAssertEqual(tanAn.title, "hỗ trợ hộ kinh doanh chuyển đổi sang doanh nghiệp năm 2026")
        XCTAssertFalse(tanAn.topics.isEmpty)
        XCTAssertFalse(tanAn.topics.contains { Folding.fold($0).contains("v v") || $0.contains("V/v") })
    }

    func testCollectiveAndJudicialUnits() throws {
        XCTAssertEqual(unit(tanAn, "UBND các xã, phường lân cận")?.collective, true)
        XCTAssertNotNil(unit(tanAn, "Viện kiểm sát nhân dân khu vực 2"))
        XCTAssertNotNil(unit(tanAn, "Tòa án nhân dân khu vực 2"))
        XCTAssertEqual(unit(tanAn, "Các tổ chức tín dụng hoạt động trên địa bàn")?.collective, true)
        XCTAssertNil(unit(tanAn, "Văn phòng HĐND và UBND phường")?.collective)
        let ngheAn = try corpus("nghe-an-1026-kh-ubnd-2025.txt")
        XCTAssertEqual(unit(ngheAn, "UBND các xã, phường")?.collective, true)
        XCTAssertNotNil(unit(ngheAn, "Viện kiểm sát nhân dân tỉnh"))
        XCTAssertNil(unit(try corpus("ha-noi-310-kh-ubnd-2025.txt"), "Ban Quản lý các khu công nghệ cao và khu công nghiệp")?.collective,
                     "\"các khu\" is not a plural unit")
        let dongThap = try corpus("dong-thap-552-kh-ubnd-2025.txt")
        XCTAssertNil(unit(dongThap, "Liên hiệp các Hội Khoa học và Kỹ thuật")?.collective)
        XCTAssertEqual(unit(dongThap, "Ủy ban nhân dân xã, phường")?.collective, true)
        XCTAssertNotNil(unit(try corpus("bac-ninh-144-kh-ubnd-2025.txt"), "Liên minh Hợp tác xã"), "\"xã\" of \"Hợp tác xã\" stays")
    }

    func testAbbreviationsThePlanDefines() throws {
        let abbreviations = try XCTUnwrap(tanAn.abbreviations)
        XCTAssertEqual(abbreviations.first { $0.short == "HKD" }?.full, "hộ kinh doanh")
        XCTAssertEqual(abbreviations.first { $0.short == "HKD" }?.section, "preamble")
        XCTAssertTrue(abbreviations.first { $0.short == "Chương trình hỗ trợ" }?.full.hasPrefix("hỗ trợ hộ kinh doanh") == false)
        let caMau = try corpus("ca-mau-0204-kh-ubnd-2025.txt")
        XCTAssertEqual(caMau.abbreviations?.first { $0.short == "NSNN" }?.full, "ngân sách nhà nước")
        // A collective short form stands for the units listed before it.
        XCTAssertEqual(abbreviations.first { $0.short == "các đơn vị" }?.full, "Phòng Văn hóa - Xã hội, Trạm Y tế phường")
        // "(AI)" after "trí tuệ nhân tạo" spells nothing: not taken.
        XCTAssertNil(try corpus("bac-ninh-144-kh-ubnd-2025.txt").abbreviations?.first { $0.short == "AI" })
        // "(gọi tắt là Kế hoạch thi đua)": from the last "Kế hoạch" before it.
        let thiDua = try corpus("can-tho-157-kh-ubnd-2025.txt").abbreviations?.first { $0.short == "Kế hoạch thi đua" }
        XCTAssertEqual(thiDua?.full.hasPrefix("Kế hoạch phát động phong trào thi đua"), true, thiDua?.full ?? "")
    }

    func testAShortFormOfTheNamesFirstWordsAndAnAcronym() throws {
        // "Chương trình mục tiêu quốc gia phòng, chống ma túy đến năm 2030 (Chương trình MTQG)".
        let dongNai = try XCTUnwrap(corpus("dong-nai-182-kh-ubnd-2025.txt").abbreviations)
        XCTAssertEqual(dongNai.first { $0.short == "MTQG" }?.full, "mục tiêu quốc gia")
        XCTAssertEqual(dongNai.first { $0.short == "Chương trình MTQG" }?.full.hasPrefix("Chương trình mục tiêu quốc gia phòng, chống ma túy"), true)
        // The same shape, made up: the head's words, then the words the acronym spells.
        let text = "KẾ HOẠCH\nThực hiện Đề án chuyển đổi số nông nghiệp tỉnh (Đề án CĐSNN) năm 2025\nI. MỤC ĐÍCH\n1. Triển khai Đề án CĐSNN."
        let plan = try TestSupport.importer.importPlan(text: text, id: "de-an")
        XCTAssertEqual(plan.abbreviations?.first { $0.short == "CĐSNN" }?.full, "chuyển đổi số nông nghiệp")
        // Initials that do not follow the head spell nothing.
        let other = try TestSupport.importer.importPlan(text: "KẾ HOẠCH\nThực hiện Đề án về nông thôn mới (Đề án CĐS)\nI. MỤC ĐÍCH\n1. Làm.", id: "khac")
        XCTAssertNil(other.abbreviations?.first { $0.short == "CĐS" })
    }

    func testFootnotesStayWithTheirParagraph() throws {
        XCTAssertEqual(tanAn.footnotes, [Footnote(mark: "1", text: "Theo số liệu đăng ký hộ kinh doanh của phường đến ngày 30/9/2025.",
                                                  section: "I.1")])
        let canTho = try corpus("can-tho-165-kh-ubnd-2025.txt")
        XCTAssertEqual(canTho.footnotes?.map(\.mark), ["1", "2", "3"])
        XCTAssertTrue(canTho.documents.contains { $0.symbol == "1679/QĐ-TTg" }, "a note's citations are read")
        XCTAssertEqual(canTho.signer?.name, "Nguyễn Thị Ngọc Điệp")
    }

    func testCheckSaysWhatItCouldNotFind() throws {
        let caMau = PlanCheckReport.gaps(try corpus("ca-mau-0204-kh-ubnd-2025.txt"))
        XCTAssertTrue(caMau.contains(Msg.checkGapUnits))
        XCTAssertFalse(caMau.contains(Msg.checkGapSigner))
        XCTAssertTrue(PlanCheckReport.gaps(try corpus("dak-lak-0130-kh-ubnd-2025.txt")).contains(Msg.checkGapDocuments))
        var unsigned = tanAn
        unsigned.signer = nil
        unsigned.units = []
        let gaps = PlanCheckReport.gaps(unsigned)
        XCTAssertTrue(gaps.contains("không thấy người ký"))
        XCTAssertTrue(gaps.contains("không thấy đơn vị nào được giao nhiệm vụ"))
        let text = PlanCheckReport.text(for: tanAn)
        XCTAssertTrue(text.contains("HKD: hộ kinh doanh"))
        XCTAssertFalse(text.contains("Phụ Lục"))
    }

    func testANamelessSignatureBlockBeforeAnAppendixSaysSo() throws {
        for appendix in ["PHỤ LỤC", "PHỤ LỤC KÈM THEO KẾ HOẠCH", "Phụ lục 2", "MẪU BIỂU SỐ 01"] {
            let text = TestSupport.fixture("synthetic-phuong-tan-an-ho-kinh-doanh.txt")
                .replacingOccurrences(of: "Lê Thị Mai\n\nPHỤ LỤC", with: appendix)
            let plan = try TestSupport.importer.importPlan(text: text, id: "khong-ten")
            XCTAssertEqual(plan.signer?.name, "", appendix)
            XCTAssertEqual(plan.signer?.title, "Chủ tịch", appendix)
            XCTAssertTrue(PlanCheckReport.gaps(plan).contains(Msg.checkGapSignerName), appendix)
        }
    }

    func testCheckNeverReportsAHeadingAsTheSigner() throws {
        for fact in CorpusPlanFact.all {
            let text = PlanCheckReport.text(for: try CorpusPlanImportTests.importPlan(fact))
            let signerLine = text.split(separator: "\n").first { $0.hasPrefix("Người ký:") } ?? ""
            XCTAssertTrue(signerLine.hasSuffix(fact.signerName), "\(fact.file): \(signerLine)")
        }
    }

    func testOldPlanJSONWithoutTheNewFieldsDecodes() throws {
        let json = #"{"id":"p","issuer":"X","title":"T","preamble":"","sections":[],"documents":[],"units":[{"name":"Sở Y tế","duties":[]}],"deadlines":[],"recipients":[],"topics":[]}"#
        let plan = try JSONDecoder().decode(Plan.self, from: Data(json.utf8))
        XCTAssertNil(plan.abbreviations)
        XCTAssertNil(plan.footnotes)
        XCTAssertNil(plan.units.first?.collective)
        let again = try JSONDecoder().decode(Plan.self, from: JSONEncoder().encode(tanAn))
        XCTAssertEqual(again, tanAn)
    }
}
