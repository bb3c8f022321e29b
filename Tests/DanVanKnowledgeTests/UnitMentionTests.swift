import DanVanKnowledge
import DanVanText
import XCTest

/// Units a plan names in the plural or with alternatives ("UBND các xã/phường"), typed as officials type them.
final class UnitMentionTests: XCTestCase {
    private let units = [
        UnitDirectory.Unit(name: "UBND các xã/phường"),
        UnitDirectory.Unit(name: "Các cơ sở sản xuất giống, NTTS thương phẩm"),
        UnitDirectory.Unit(name: "Sở Tài chính"),
    ]

    private func named(_ question: String, collective: [String] = ["các", "những", "mọi"]) -> String? {
        let directory = UnitDirectory(units: units, typeWords: ["sở", "phòng"], levelWords: ["xã", "phường", "tỉnh"],
                                      collectiveWords: collective)
        return directory.mention(in: Tokenizer.foldedWords(question))?.name
    }

    func testAPluralNameIsFoundWithoutItsPluralWordAndWithItsAlternativesAsWords() {
        XCTAssertEqual(named("UBND xã, phường có nhiệm vụ gì"), "UBND các xã/phường")
        XCTAssertEqual(named("ubnd cac xa phuong lam gi"), "UBND các xã/phường")
        XCTAssertEqual(named("cơ sở sản xuất giống phải làm gì"), "Các cơ sở sản xuất giống, NTTS thương phẩm")
        XCTAssertEqual(named("so tai chinh lam gi"), "Sở Tài chính")
    }

    func testWithoutThePluralWordsListTheFullNameIsNeeded() {
        XCTAssertNil(named("ubnd xa phuong lam gi", collective: []).flatMap { $0 == "UBND các xã/phường" ? $0 : nil })
        XCTAssertEqual(named("ubnd cac xa phuong lam gi", collective: []), "UBND các xã/phường")
    }

    /// A level word right after the words of a name that the name does not hold names another level's body:
    /// "công an tỉnh" is not "Công an xã", "văn phòng ubnd tỉnh" not the commune's "Văn phòng UBND".
    func testAnotherLevelAfterTheNameIsAnotherBody() {
        let directory = UnitDirectory(units: [UnitDirectory.Unit(name: "Công an xã"), UnitDirectory.Unit(name: "Văn phòng UBND")],
                                      typeWords: ["văn phòng"], levelWords: ["xã", "phường", "tỉnh"])
        func named(_ q: String) -> String? { directory.mention(in: Tokenizer.foldedWords(q))?.name }
        XCTAssertEqual(named("công an xã làm gì"), "Công an xã")
        XCTAssertEqual(named("cong an lam gi"), "Công an xã")
        XCTAssertNil(named("công an tỉnh làm gì"))
        XCTAssertEqual(named("văn phòng ubnd có nhiệm vụ gì"), "Văn phòng UBND")
        XCTAssertNil(named("văn phòng ubnd tỉnh có nhiệm vụ gì"))
        XCTAssertTrue(directory.isOutside("Công an xã") == false)
        XCTAssertEqual(UnitDirectory(units: [UnitDirectory.Unit(name: "Công an xã", outside: true)]).communeUnits, [])
    }
}
