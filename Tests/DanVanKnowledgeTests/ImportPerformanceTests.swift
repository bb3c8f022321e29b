import DanVanKnowledge
import Foundation
import XCTest

/// A synthetic plan of about 200 pages, copied-from-PDF style (broken lines, blank lines, form feeds
/// and page numbers). The product goal is under 2 s in a release build; this debug-build test only
/// guards against a blow-up and prints the time (the real figure belongs to a benchmark).
final class ImportPerformanceTests: XCTestCase {
    static func syntheticPlan(pages: Int) -> String {
        let seed = TestSupport.fixture(TestSupport.seed)
        let body = seed.components(separatedBy: "\n").filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
        guard let start = body.firstIndex(where: { $0.hasPrefix("1. Mục đích") }),
              let end = body.firstIndex(where: { $0.hasPrefix("II. NỘI DUNG") }) else { return "" }
        let block = Array(body[(start + 1)..<end])
        var lines = ["ỦY BAN NHÂN DÂN", "XÃ ĐƯỜNG AN", "Số: 99/KH-UBND", "Đường An, ngày 05 tháng 8 năm 2025", "KẾ HOẠCH",
                     "Thực hiện nhiệm vụ năm 2025", "Thực hiện Quyết định số 3177/QĐ-UBND ngày 06/8/2025 của Ủy ban nhân dân thành phố Hải Phòng;"]
        let linesPerPage = 45
        var roman = 1, sub = 1
        lines.append("I. NỘI DUNG SỐ 1")
        while lines.count < pages * linesPerPage {
            lines.append("\(sub). Nhiệm vụ số \(sub)")
            lines.append(contentsOf: block)
            lines.append("- Báo cáo lần \(sub) trước ngày 03/9/2025.")
            sub += 1
            if sub > 30 {
                roman += 1
                sub = 1
                lines.append(roman == 39 ? "XXXIX. TỔ CHỨC THỰC HIỆN" : "\(romanNumeral(min(roman, 38))). NỘI DUNG SỐ \(roman)")
            }
        }
        lines += ["XXXIX. TỔ CHỨC THỰC HIỆN", "1. Phòng Văn hóa - Xã hội xã", "- Chủ trì theo dõi, đôn đốc.",
                  "Nơi nhận:", "- Lưu: VT.", "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Đào Đức Vỹ"]
        var text = ""
        for (i, line) in lines.enumerated() {
            text += line + "\n\n"
            if i % linesPerPage == linesPerPage - 1 { text += "\u{000C}- \(i / linesPerPage + 1) -\n" }
        }
        return text
    }

    private static func romanNumeral(_ n: Int) -> String {
        let table: [(Int, String)] = [(10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
        var n = n, s = ""
        for (v, r) in table { while n >= v { s += r; n -= v } }
        return s
    }

    /// The whole of a 200-page plan is read; its speed is a benchmark row (`make bench`), never a timed test.
    func testAPlanOf200PagesIsReadWhole() throws {
        let text = Self.syntheticPlan(pages: 200)
        XCTAssertGreaterThan(text.count, 500_000)
        let start = Date()
        let plan = try TestSupport.importer.importPlan(text: text, id: "lon")
        let seconds = Date().timeIntervalSince(start)
        print("import of a 200-page plan (\(text.count) characters): \(String(format: "%.2f", seconds)) s (debug build)")
        XCTAssertEqual(plan.number, "99/KH-UBND")
        let reports = text.components(separatedBy: "\n").filter { $0.hasPrefix("- Báo cáo lần") }.count
        XCTAssertGreaterThan(reports, 150)
        XCTAssertEqual(plan.deadlines.count, reports)
        XCTAssertGreaterThan(plan.sections.count, 2 * reports)
        XCTAssertEqual(plan.signer?.name, "Đào Đức Vỹ")
    }
}
