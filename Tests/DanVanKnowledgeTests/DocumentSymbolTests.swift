import DanVanKnowledge
import XCTest

final class DocumentSymbolTests: XCTestCase {
    private let kinds = TestSupport.kinds

    private func text(_ s: String) -> String? { DocumentSymbol.parse(s, kinds: kinds)?.text }

    func testCanonicalFormsKeepTheirShape() {
        XCTAssertEqual(text("3177/QĐ-UBND"), "3177/QĐ-UBND")
        XCTAssertEqual(text("33/CT-TTg"), "33/CT-TTg")
        XCTAssertEqual(text("59/2023/NĐ-CP"), "59/2023/NĐ-CP")
        XCTAssertEqual(text("10/2022/QH15"), "10/2022/QH15")
        XCTAssertEqual(text("1669/NQ-UBTVQH15"), "1669/NQ-UBTVQH15")
        XCTAssertEqual(text("114-KL/TW"), "114-KL/TW")
        XCTAssertEqual(text("446-QĐ/TU"), "446-QĐ/TU")
        XCTAssertEqual(text("8935/BNV-CTTN&BĐG"), "8935/BNV-CTTN&BĐG")
    }

    func testPartsOfASymbol() throws {
        let normative = try XCTUnwrap(DocumentSymbol.parse("59/2023/NĐ-CP", kinds: kinds))
        XCTAssertEqual(normative.number, "59")
        XCTAssertEqual(normative.year, 2023)
        XCTAssertEqual(normative.type, "NĐ")
        XCTAssertEqual(normative.issuer, "CP")
        XCTAssertEqual(normative.style, .administrative)

        let law = try XCTUnwrap(DocumentSymbol.parse("10/2022/QH15", kinds: kinds))
        XCTAssertNil(law.type)
        XCTAssertEqual(law.issuer, "QH15")
        XCTAssertEqual(law.issuerCode, "QH")

        let party = try XCTUnwrap(DocumentSymbol.parse("114-KL/TW", kinds: kinds))
        XCTAssertEqual(party.style, .party)
        XCTAssertEqual(party.type, "KL")
        XCTAssertEqual(party.issuer, "TW")
        XCTAssertEqual(DocumentSymbol.parse("1669/NQ-UBTVQH15", kinds: kinds)?.issuerCode, "UBTVQH")
    }

    func testMessyFormsAreNormalised() {
        XCTAssertEqual(text("96/2023/NĐCP"), "96/2023/NĐ-CP")
        XCTAssertEqual(text("1669/NQUBTVQH15"), "1669/NQ-UBTVQH15")
        XCTAssertEqual(text("27/NQ- TW"), "27/NQ-TW")
        XCTAssertEqual(text("33 / CT - TTg"), "33/CT-TTg")
        XCTAssertEqual(text("33/ct-ttg"), "33/CT-TTg")
        XCTAssertEqual(text("23-qd/tw"), "23-QĐ/TW")
        XCTAssertEqual(text("23 - QĐ / TW"), "23-QĐ/TW")
        XCTAssertEqual(text("59/2023/nd-cp"), "59/2023/NĐ-CP")
        XCTAssertEqual(text("3177/Q\u{00D0}-UBND"), "3177/QĐ-UBND", "look-alike Ð (U+00D0)")
        XCTAssertEqual(text("1669/nq-ubtvqh15"), "1669/NQ-UBTVQH15")
    }

    func testWhatIsNotASymbol() {
        XCTAssertNil(text("16/5/2016"), "a date")
        XCTAssertNil(text("qd 3177"), "a reference, not a symbol")
        XCTAssertNil(text("2021 - 2025"))
        XCTAssertNil(text("Quyết định"))
        XCTAssertNil(text("33/CT-TTg và thêm chữ"))
    }

    func testStylesOfTheSameDocumentShareAKey() throws {
        let admin = try XCTUnwrap(DocumentSymbol.parse("27/NQ-TW", kinds: kinds))
        let party = try XCTUnwrap(DocumentSymbol.parse("27-NQ/TW", kinds: kinds))
        XCTAssertEqual(admin.key, party.key)
        XCTAssertNotEqual(admin.key, DocumentSymbol.parse("27/NQ-CP", kinds: kinds)?.key)
        XCTAssertTrue(DocumentSymbol(number: "33").matches(admin) == false)
        XCTAssertTrue(DocumentSymbol(number: "027", type: "NQ").matches(party))
        XCTAssertFalse(DocumentSymbol(number: "16", year: 2020, type: "CT").matches(DocumentSymbol(number: "16", year: 2016, type: "CT")))
    }

    func testScanFindsSymbolsInRunningTextOnly() {
        let sentence = "Chỉ thị số 33/CT-TTg ngày 26/11/2021; giai đoạn 2021 - 2025; 107 trẻ trai/100 trẻ gái; "
            + "Kết luận số 114-KL/TW, Nghị quyết số 27/NQ- TW và 96/2023/NĐCP; mục 1/Thành phố."
        let found = DocumentSymbol.scan(sentence, kinds: kinds).map(\.symbol.text)
        XCTAssertEqual(found, ["33/CT-TTg", "114-KL/TW", "27/NQ-TW", "96/2023/NĐ-CP"])
        let range = DocumentSymbol.scan("Số: 308/KH-UBND", kinds: kinds).first?.range
        XCTAssertEqual(range, 4..<15)
    }

    /// DOMAIN §2: the forms people and plans write, and the one matching rule they share.
    func testIdentityOfEveryWrittenFormAndTheOneMatchingRule() throws {
        typealias Identity = DocumentSymbol.Identity
        let cited = ["3177/QĐ-UBND", "33/CT-TTg", "59/2023/NĐ-CP", "10/2022/QH15", "1669/NQ-UBTVQH15", "114-KL/TW", "23-QĐ/TW"]
        for text in cited {
            let parsed = try XCTUnwrap(DocumentSymbol.parse(text, kinds: kinds), text)
            XCTAssertEqual(parsed.identity, Identity(text), "the importer's symbol and the stored text agree: \(text)")
        }
        // What users type: lower case, no hyphen, glued codes, look-alike Đ, leading zeros, spaces.
        let typed: [(String, String)] = [("qđ-ubnd/3177", "3177/QĐ-UBND"), ("96/2023/nđcp", "96/2023/NĐ-CP"),
                                         ("059/2023/ndcp", "59/2023/NĐ-CP"), ("33/ct", "33/CT-TTg"),
                                         ("1669/nqubtvqh15", "1669/NQ-UBTVQH15"), ("114-kl/tw", "114-KL/TW"),
                                         ("59 / 2023", "59/2023/NĐ-CP"), ("23-Q\u{00D0}/TW", "23-QĐ/TW")]
        for (input, document) in typed.dropFirst() {
            XCTAssertTrue(Identity(input).matches(Identity(document)), "\(input) → \(document)")
        }
        XCTAssertFalse(Identity("59/2022").matches(Identity("59/2023/NĐ-CP")), "years differ")
        XCTAssertFalse(Identity("16/2020/CT-TTg").matches(Identity("16/CT-TTg")), "a typed year the document lacks")
        XCTAssertTrue(Identity("16/CT-TTg").matches(Identity("16/2016/CT-TTg")), "no year typed")
        XCTAssertFalse(Identity("33/nd").matches(Identity("33/CT-TTg")), "other letters")
        XCTAssertFalse(Identity("34/CT-TTg").matches(Identity("33/CT-TTg")))
        // The importer's key is the same identity: both styles of a Party symbol are one document.
        XCTAssertEqual(DocumentSymbol.parse("27/NQ-TW", kinds: kinds)?.identity, Identity("27-NQ/TW"))
    }
}
