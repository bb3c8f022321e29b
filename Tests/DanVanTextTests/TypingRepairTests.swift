@testable import DanVanText
import XCTest

final class TypingRepairTests: XCTestCase {
    let repair = TypingSupport.repair

    private func fixed(_ s: String) -> String { repair.repair(s).text }

    func testTelexAndVNIWordsAreDecoded() {
        XCTAssertEqual(fixed("thowif hanj nopj"), "thời hạn nọp")
        XCTAssertEqual(fixed("quyeets ddinhj 3177"), "quyết định 3177")
        XCTAssertEqual(fixed("ddown vij naof"), "đơn vị nào")
        XCTAssertEqual(fixed("quye61t d9i5nh 3177"), "quyết định 3177")
        XCTAssertEqual(fixed("tho72i ha5n?"), "thời hạn?")
        XCTAssertEqual(repair.repair("hanj nopj").rewrites, [TypingRewrite(from: "hanj", to: "hạn"), TypingRewrite(from: "nopj", to: "nọp")])
    }

    func testCodesNumbersAndDatesAreLeftAlone() {
        for s in ["33/CT-TTg", "Chỉ thị 33/CT-TTg", "2025", "3177", "15/9/2025", "15.12", "15-12", "mục II.1", "NQ-UBTVQH15",
                  "QĐ-UBND", "a1", "lan1", "l2", "số 1669/QĐ-UBND", "gửi a@b.vn"] {
            XCTAssertEqual(fixed(s), s, s)
            XCTAssertTrue(repair.repair(s).rewrites.isEmpty, s)
        }
    }

    func testEnglishLoanWordsAndNamesAreLeftAlone() {
        for s in ["test email online zalo covid file excel word pdf ok", "deadline", "hello world", "Vỹ", "Hải Phòng",
                  "Nguyễn Văn Vỹ", "video camera", "Hanoi", "update", "status", "google"] {
            XCTAssertEqual(fixed(s), s, s)
        }
    }

    func testCorrectTextIsLeftAlone() {
        for s in ["han bao cao", "hạn báo cáo lần 1", "quyết định 3177 ban hành ngày nào", "nhiem vu cua phong kinh te",
                  "văn bản căn cứ", "xoong", "người ký kế hoạch", "thuở", "khuya", "NFD: Hà Nội"] {
            XCTAssertEqual(fixed(s), s, s)
        }
    }

    func testAcronymsInCapitalsAreLeftAlone() {
        for s in ["hệ thống GIS", "công suất 5 MW", "Chương IX", "mã 1AE", "hệ thống DERMS"] { XCTAssertEqual(fixed(s), s, s) }
        XCTAssertEqual(fixed("THOWIF HANJ"), "THỜI HẠN", "a whole line in capitals is caps lock, not acronyms")
        XCTAssertEqual(fixed("Uyr ban NHAAN DAAN xax"), "Ủy ban NHÂN DÂN xã", "Telex marks in capitals are keystrokes")
        XCTAssertEqual(fixed("theo QDD 3177 cuar HDDND"), "theo QĐ 3177 của HĐND")
        XCTAssertEqual(fixed("theo QD9 3177"), "theo QĐ 3177")
    }

    func testTeenCodeIsLeftAlone() {
        for s in ["ko", "k", "dc", "j", "bc", "vb", "nv", "p.", "tt", "hạn bc là j", "nv của p. kinh tế", "có dc ko"] {
            XCTAssertEqual(fixed(s), s, s)
        }
    }

    func testWordsRunTogetherAreSplit() {
        XCTAssertEqual(fixed("vanbancancu"), "van ban can cu")
        XCTAssertEqual(fixed("quyetdinh3177"), "quyet dinh 3177")
        XCTAssertEqual(fixed("nhiemvuphongkinhte"), "nhiem vu phong kinh te")
        XCTAssertEqual(fixed("noinhan"), "noi nhan")
        XCTAssertEqual(fixed("nhiệmvụ của phòng"), "nhiệm vụ của phòng")
        XCTAssertEqual(fixed("nơinhận"), "nơi nhận")
        XCTAssertEqual(fixed("kếhoạch"), "kế hoạch")
    }

    func testWordsJoinedBySlashOrHyphenAreWords() {
        XCTAssertEqual(fixed("3 ddowtj/nawm"), "3 đợt/năm")
        XCTAssertEqual(fixed("kinh tees-xax hooij"), "kinh tế-xã hội")
        XCTAssertEqual(fixed("kh308/ubnd"), "kh308/ubnd")
        XCTAssertEqual(fixed("10 d9o7t5/na8m"), "10 đợt/năm", "VNI digits do not make a code")
    }

    func testDigitsGluedToAWordAreVNIKeysInAVNILine() {
        XCTAssertEqual(fixed("muc5 d9i1ch"), "mục đích")
        XCTAssertEqual(fixed("y1 kie6n1 cu3a so73"), "ý kiến của sở")
        XCTAssertEqual(fixed("muc5 2"), "muc 5 2", "no other VNI word: a word glued to its number")
        XCTAssertEqual(fixed("thang1 nay"), "thang 1 nay")
    }

    func testNumbersGluedToAWordAreSplitOff() {
        XCTAssertEqual(fixed("dot1"), "dot 1")
        XCTAssertEqual(fixed("nam2025"), "nam 2025")
        XCTAssertEqual(fixed("baocao2"), "bao cao 2")
    }

    /// An abbreviation (two letters or more, no vowel) glued to its number is split off whatever the letters:
    /// no list of abbreviations, and never a syllable with a VNI key.
    func testAbbreviationsGluedToTheirNumberAreSplitOff() {
        XCTAssertEqual(fixed("qd3177 ngay nao"), "qd 3177 ngay nao")
        XCTAssertEqual(fixed("kh172"), "kh 172")
        XCTAssertEqual(fixed("CT33"), "CT 33")
        XCTAssertEqual(fixed("nd61"), "nd 61")
        XCTAssertEqual(fixed("tb12"), "tb 12")
        // A letter and a number is a code; a vowel makes it a word with VNI keys or a code.
        XCTAssertEqual(fixed("A1"), "A1")
        XCTAssertEqual(fixed("H5N1"), "H5N1")
        XCTAssertEqual(fixed("IPv6"), "IPv6")
    }

    func testAcronymsRunTogetherWithWords() {
        XCTAssertEqual(fixed("HDNDla gi"), "HDND la gi")
        XCTAssertEqual(fixed("viet tat cuaUBND"), "viet tat cua UBND")
        XCTAssertEqual(fixed("TTg"), "TTg")
        XCTAssertEqual(fixed("KGVXLinh"), "KGVXLinh", "inh is no word of the vocabulary")
        XCTAssertEqual(fixed("Hải Phòng HaNoi"), "Hải Phòng HaNoi")
    }

    func testKnownWordsInsideWordsRunTogether() {
        XCTAssertEqual(fixed("deadlinebaocao"), "deadline bao cao")
    }

    func testPlainLettersSplitIntoVocabularyWords() {
        XCTAssertEqual(fixed("phong kinhte"), "phong kinh te")
        XCTAssertEqual(fixed("hanbaocao"), "han bao cao")
        for s in ["code", "date", "only", "above", "1A", "banana", "danvan"] { XCTAssertEqual(fixed(s), s, s) }
    }

    func testTelexRunTogether() {
        XCTAssertEqual(fixed("quyeetsddinhj"), "quyết định")
        XCTAssertEqual(fixed("hanjnopj"), "hạn nọp")
    }

    func testNoDataChangesNothing() {
        XCTAssertEqual(TypingRepair.inactive.repair("thowif hanj").text, "thowif hanj")
    }
}
