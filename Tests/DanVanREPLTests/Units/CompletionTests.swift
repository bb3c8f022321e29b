import XCTest
@testable import DanVanREPL

final class CompletionTests: XCTestCase {
    private let matcher = CompletionMatcher(phrases: ["Văn hóa - Xã hội", "Văn phòng HĐND và UBND", "Kinh tế",
                                                      "nhiệm vụ của"])

    func testSeveralWordFragmentWithoutDiacriticsCompletesAUnit() {
        XCTAssertEqual(matcher.completions(for: "nhiệm vụ của phòng van hoa"),
                       Completions(start: 19, candidates: ["Văn hóa - Xã hội"]))
        XCTAssertEqual(matcher.completions(for: "VĂN HÓ"), Completions(start: 0, candidates: ["Văn hóa - Xã hội"]))
    }

    func testAShortFragmentGivesEveryMatch() {
        XCTAssertEqual(matcher.completions(for: "phong van"),
                       Completions(start: 6, candidates: ["Văn hóa - Xã hội", "Văn phòng HĐND và UBND"]))
    }

    func testLongestFragmentWins() {
        XCTAssertEqual(matcher.completions(for: "nhiem vu"), Completions(start: 0, candidates: ["nhiệm vụ của"]))
    }

    func testNothingMatchesOrTrailingSpace() {
        XCTAssertEqual(matcher.completions(for: "xyz"), .none)
        XCTAssertEqual(matcher.completions(for: ""), .none)
    }

    func testCommonPrefixIsByCharacters() {
        XCTAssertEqual(LineEditor.commonPrefix(["Văn hóa - Xã hội", "Văn phòng"]), "Văn ")
        XCTAssertEqual(LineEditor.commonPrefix(["a"]), "a")
        XCTAssertEqual(LineEditor.commonPrefix([]), "")
    }

    func testCandidatesAreListedDownColumns() {
        XCTAssertEqual(CompletionList.layout(["Kinh tế", "Văn hóa - Xã hội", "Văn phòng"], width: 40),
                       "Kinh tế           Văn phòng\nVăn hóa - Xã hội")
        XCTAssertEqual(CompletionList.layout(["a", "b", "c"], width: 80), "a  b  c")
        XCTAssertEqual(CompletionList.layout(["một", "hai"], width: 3), "một\nhai")
    }

    func testALongListIsCut() {
        let list = CompletionList.layout((1...150).map { "mục \($0)" }, width: 80)
        XCTAssertTrue(list.hasSuffix("… và 50 gợi ý khác"), list)
        XCTAssertFalse(list.contains("mục 101"))
    }
}
