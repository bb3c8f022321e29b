import XCTest
@testable import DanVanText

final class TableLayoutTests: XCTestCase {
    func testNaturalWidthsWhenTheTableFits() {
        XCTAssertEqual(TableLayout.columnWidths(natural: [10, 20], wrappable: [1], available: 32, gap: 2), [10, 20])
    }

    func testOnlyWrappableColumnsShrink() {
        XCTAssertEqual(TableLayout.columnWidths(natural: [10, 40], wrappable: [1], available: 30, gap: 2), [10, 18])
        XCTAssertEqual(TableLayout.columnWidths(natural: [12, 30, 10, 60], wrappable: [1, 3], available: 80, gap: 2),
                       [12, 26, 10, 26])
    }

    func testAShortWrappableColumnKeepsItsWidthAndTheRestGoesToTheLongOne() {
        XCTAssertEqual(TableLayout.columnWidths(natural: [5, 12, 90], wrappable: [1, 2], available: 60, gap: 2),
                       [5, 12, 39])
    }

    func testNoWrapColumnsMeansAnyColumnMayWrap() {
        XCTAssertEqual(TableLayout.columnWidths(natural: [30, 30], wrappable: [], available: 42, gap: 2), [20, 20])
    }

    func testNilWhenEvenTheMinimumDoesNotFit() {
        XCTAssertNil(TableLayout.columnWidths(natural: [10, 40], wrappable: [1], available: 21, gap: 2))
        XCTAssertNil(TableLayout.columnWidths(natural: [30, 30], wrappable: [0], available: 35, gap: 2))
    }
}
