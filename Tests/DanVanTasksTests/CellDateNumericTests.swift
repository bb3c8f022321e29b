@testable import DanVanTasks
import DanVanText
import XCTest

/// The numeric fast path of a deadline cell reads what the general grammar reads: every form it
/// takes, valid or not, and it leaves every other cell to the grammar.
final class CellDateNumericTests: XCTestCase {
    let words = TestSupport.vocabulary.importing.noDeadline

    private func general(_ text: String, today: CalendarDate = TestSupport.today) -> CellDate {
        CellDate.general(text, today: today, noDeadline: words)
    }

    /// Cells built from every separator, one- and two-digit days and months (zero, 29–32, 13 among
    /// them), four- and two-digit years, with and without a year, ISO order: both paths agree.
    func testBothPathsAgreeOnEveryNumericForm() {
        let days = ["0", "00", "1", "01", "9", "09", "15", "28", "29", "30", "31", "32", "99"]
        let months = ["0", "1", "01", "2", "02", "9", "12", "13"]
        let years = ["2024", "2025", "2100", "0000", "24", "25", "99", "", "202", "20255"]
        var taken = 0, cells = 0
        for today in [TestSupport.today, CalendarDate(iso: "2025-12-20")!, CalendarDate(iso: "2024-02-29")!] {
            for separator in ["/", "-", "."] {
                for d in days {
                    for m in months {
                        for y in years {
                            let text = y.isEmpty ? "\(d)\(separator)\(m)" : "\(d)\(separator)\(m)\(separator)\(y)"
                            let iso = "\(y)\(separator)\(m)\(separator)\(d)"
                            for cell in [text, iso] where !cell.hasPrefix(separator) {
                                cells += 1
                                let fast = CellDate.numeric(cell, today: today)
                                if let fast {
                                    taken += 1
                                    XCTAssertEqual(fast, general(cell, today: today), "\(cell) on \(today.iso)")
                                }
                                XCTAssertEqual(CellDate.read(cell, today: today, noDeadline: words), general(cell, today: today), cell)
                            }
                        }
                    }
                }
            }
        }
        XCTAssertGreaterThan(taken, cells / 2, "most numeric cells take the fast path")
    }

    func testTheFastPathTakesTheCommonForms() {
        let today = TestSupport.today
        XCTAssertEqual(CellDate.numeric("15/09/2025", today: today), .exact(CalendarDate(iso: "2025-09-15")!))
        XCTAssertEqual(CellDate.numeric("5-9-2025", today: today), .exact(CalendarDate(iso: "2025-09-05")!))
        XCTAssertEqual(CellDate.numeric("5.9.25", today: today), .exact(CalendarDate(iso: "2025-09-05")!))
        XCTAssertEqual(CellDate.numeric("2025-9-5", today: today), .exact(CalendarDate(iso: "2025-09-05")!))
        XCTAssertEqual(CellDate.numeric("31/02/2025", today: today), .invalid("31/02/2025"))
        XCTAssertEqual(CellDate.numeric("2025-02-30", today: today), .invalid("2025-02-30"))
        // Day and month: the year of `DueYearRule` (today 10/9/2025: 15/1 is next year's).
        XCTAssertEqual(CellDate.numeric("15/1", today: today), .exact(CalendarDate(iso: "2026-01-15")!))
        XCTAssertEqual(CellDate.numeric("1-8", today: today), .exact(CalendarDate(iso: "2025-08-01")!))
        XCTAssertEqual(CellDate.numeric("30/2", today: today), .invalid("30/2"))
    }

    /// Anything with a word, a space, mixed separators or other widths goes to the grammar.
    func testOtherCellsAreLeftToTheGrammar() {
        let today = TestSupport.today
        for cell in ["Quý IV/2025", "tháng 12/2025", "Trước ngày 30/9/2025", "15 / 9 / 2025", "15/9-2025", "15.9",
                     "2025/09/15", "2025 - 2030", "2026", "1/2/123", "15/09/2025.", "/9/2025", "15//2025", "٢/٣/٢٠٢٥", "15/09/2025 "] {
            XCTAssertNil(CellDate.numeric(cell, today: today), cell)
            XCTAssertEqual(CellDate.read(cell, today: today, noDeadline: words), general(TaskStore.trimmed(cell), today: today), cell)
        }
    }
}
