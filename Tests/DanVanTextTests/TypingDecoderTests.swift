@testable import DanVanText
import XCTest

final class TypingDecoderTests: XCTestCase {
    let decoder = TypingSupport.decoder
    let inventory = TypingSupport.inventory

    func testInventoryHoldsThousandsOfSyllables() {
        XCTAssertGreaterThan(inventory.allBases.count, 3000)
        for s in ["quyêt", "đinh", "thơi", "hăng", "giêng", "gi", "ngươi", "khuya", "thuơ", "quôc"] {
            XCTAssertTrue(inventory.isSyllable(base: s, tone: .acute), s)
        }
        XCTAssertFalse(inventory.isSyllable(base: "quyêt", tone: .grave), "a stop final takes only sắc or nặng")
        XCTAssertFalse(inventory.isSyllable(base: "hoc", tone: .tilde))
        XCTAssertTrue(inventory.isSyllable(base: "hoc", tone: .dot))
        XCTAssertFalse(inventory.isFoldedSyllable("test"))
        XCTAssertFalse(inventory.isFoldedSyllable("ce"), "c before e is written k")
    }

    /// Every syllable of the inventory, with every tone it may carry, typed in Telex and in VNI with the
    /// tone at the end and right after the vowel, decodes back to itself.
    func testEverySyllableRoundTripsThroughTelexAndVNI() {
        var checked = 0
        var failures: [String] = []
        for base in inventory.allBases {
            for tone in SyllableTone.allCases where tone.allowed(onBase: base) {
                let expected = tone.apply(to: base)
                for layout in [TypingSupport.Layout.telex, .vni] {
                    for place in [TypingSupport.TonePlace.end, .afterVowel] {
                        let keys = TypingSupport.keys(base, tone: tone, layout: layout, place: place)
                        if keys == base {
                            // Nothing to decode: plain letters are a syllable as typed.
                            XCTAssertTrue(inventory.isFoldedSyllable(keys), keys)
                            continue
                        }
                        checked += 1
                        let got = decoder.decode(keys)
                        if got != expected { failures.append("\(keys) → \(got ?? "nil"), want \(expected)") }
                    }
                }
            }
        }
        XCTAssertGreaterThan(checked, 50_000)
        XCTAssertTrue(failures.isEmpty, "\(failures.count) failures: \(failures.prefix(30))")
    }

    func testTelexExamples() {
        let cases = [
            "thowif": "thời", "hanj": "hạn", "nopj": "nọp", "quyeets": "quyết", "ddinhj": "định", "ddown": "đơn",
            "vij": "vị", "naof": "nào", "nguoiwf": "người", "dduowcj": "được", "dduwowcj": "được", "truwowngf": "trường",
            "tw": "tư", "coong": "công", "khoong": "không", "thoongs": "thống", "nhwngx": "những", "w": "ư", "hoawcj": "hoặc", "Thowif": "Thời", "HANJ": "HẠN",
        ]
        for (keys, want) in cases { XCTAssertEqual(decoder.decode(keys), want, keys) }
    }

    func testToneKeyAtTheEndOrAfterTheVowel() {
        for keys in ["thowif", "thowfi", "thofwi"] { XCTAssertEqual(decoder.decode(keys), "thời", keys) }
        for keys in ["quyeets", "quyeest", "quyeset"] { XCTAssertEqual(decoder.decode(keys), "quyết", keys) }
        for keys in ["hanj", "hajn"] { XCTAssertEqual(decoder.decode(keys), "hạn", keys) }
    }

    func testTypistSlips() {
        XCTAssertEqual(decoder.decode("quyeetss"), "quyết", "a doubled tone key")
        XCTAssertEqual(decoder.decode("hanjj"), "hạn")
        XCTAssertEqual(decoder.decode("nguoiw"), "ngươi", "w typed at the end marks uo")
        XCTAssertEqual(decoder.decode("thoiwf"), "thời")
        XCTAssertEqual(decoder.decode("truwowngf"), decoder.decode("truowngf"))
    }

    func testVNIExamples() {
        let cases = [
            "quye61t": "quyết", "d9i5nh": "định", "tho72i": "thời", "ha5n": "hạn", "quyet61": "quyết", "dinh59": "định",
            "nguo72i": "người", "d9u7o75c": "được", "du7o75c": "dược", "ha8ng": "hăng", "d9o7n": "đơn",
        ]
        for (keys, want) in cases { XCTAssertEqual(decoder.decode(keys), want, keys) }
    }

    func testWhatIsNoSyllableIsNotDecoded() {
        for keys in ["hello", "excel", "online", "2025", "33", "nd61", "qd", "kh", "ubnd", "ttg", "j", "dc", "ko", "k",
                     "vhxh", "cngs", "dinh6", "quyetf", "ha0n"] {
            XCTAssertNil(decoder.decode(keys), keys)
        }
    }
}
