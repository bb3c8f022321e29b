import XCTest
@testable import DanVanREPL

final class CompletionTests: XCTestCase {
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
