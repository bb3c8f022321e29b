import DanVanKnowledge
import Foundation
import XCTest
import ZIPFoundation

/// Malformed input: a typed error worded in Vietnamese, naming the file; nothing saved.
final class ImportErrorTests: XCTestCase {
    private let importer = TestSupport.importer

    private func error(_ data: Data, _ name: String, file: StaticString = #filePath, line: UInt = #line) -> ImportError? {
        do {
            _ = try importer.importData(data, fileName: name)
            XCTFail("imported \(name)", file: file, line: line)
            return nil
        } catch let e as ImportError {
            XCTAssertTrue(e.message.contains(name) || e.message.contains("/"), e.message, file: file, line: line)
            return e
        } catch {
            XCTFail("untyped error \(error)", file: file, line: line)
            return nil
        }
    }

    func testBinaryFile() {
        let bytes = Data([0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x01, 0x00, 0x00, 0x00, 0x00, 0x3E, 0x00])
        XCTAssertEqual(error(bytes, "ke-hoach.txt"), .binary(name: "ke-hoach.txt"))
        XCTAssertTrue(ImportError.binary(name: "a.txt").message.contains("nhị phân"))
    }

    func testEmptyFile() {
        XCTAssertEqual(error(Data(), "trong.txt"), .empty(name: "trong.txt"))
        XCTAssertEqual(error(Data(" \n\n\t \u{FEFF}\n".utf8), "trang.txt"), .empty(name: "trang.txt"))
        XCTAssertTrue(ImportError.empty(name: "a.txt").message.contains("trống"))
    }

    func testNotAPlan() {
        let text = "Xin chào các bạn.\nHôm nay trời đẹp, chúng ta đi chơi công viên.\n"
        XCTAssertEqual(error(Data(text.utf8), "thu.txt"), .notAPlan(name: "thu.txt"))
        XCTAssertEqual(error(Data("KẾ HOẠCH\nTriển khai công tác dân vận\nKhông có mục nào.".utf8), "x.txt"), .notAPlan(name: "x.txt"))
        XCTAssertTrue(ImportError.notAPlan(name: "a.txt").message.contains("KẾ HOẠCH"))
    }

    func testDocxThatIsNotAZip() {
        XCTAssertEqual(error(Data("KẾ HOẠCH\nI. MỤC ĐÍCH".utf8), "ke-hoach.docx"), .docxNotZip(name: "ke-hoach.docx"))
        XCTAssertTrue(ImportError.docxNotZip(name: "a.docx").message.contains("ZIP"))
    }

    func testZipWithoutWordDocument() throws {
        let archive = try Archive(data: Data(), accessMode: .create)
        let content = Data("hello".utf8)
        try archive.addEntry(with: "hello.txt", type: .file, uncompressedSize: Int64(content.count)) { position, size in
            content.subdata(in: Int(position)..<Int(position) + size)
        }
        let zip = try XCTUnwrap(archive.data)
        XCTAssertEqual(error(zip, "ke-hoach.docx"), .docxWithoutDocument(name: "ke-hoach.docx"))
        XCTAssertEqual(error(zip, "ke-hoach.txt"), .docxWithoutDocument(name: "ke-hoach.txt"), "a zip is read as a .docx whatever its name")
    }

    func testInvalidUTF8() {
        var bytes = Data("KẾ HOẠCH\nI. MỤC ĐÍCH\n".utf8)
        bytes.append(contentsOf: [0xC3, 0x28, 0x41, 0xE2, 0x82])
        XCTAssertEqual(error(bytes, "hong.txt"), .invalidUTF8(name: "hong.txt"))
        XCTAssertTrue(ImportError.invalidUTF8(name: "a.txt").message.contains("UTF-8"))
    }

    func testLegacyVietnameseEncoding() {
        // TCVN3 (.VnTime) bytes of "Ủy ban nhân dân xã Đường An … kế hoạch …".
        let tcvn3 = "Uû ban nh©n d©n x· §­êng An\nKÕ ho¹ch triÓn khai c«ng t¸c d©n vËn\nI. Môc ®Ých yªu cÇu\n"
        XCTAssertEqual(error(tcvn3.data(using: .isoLatin1)!, "cu.txt"), .legacyEncoding(name: "cu.txt", encoding: "TCVN3/VNI"))
        XCTAssertEqual(error(Data(tcvn3.utf8), "cu-utf8.txt"), .legacyEncoding(name: "cu-utf8.txt", encoding: "TCVN3/VNI"),
                       "TCVN3 text already converted byte by byte to UTF-8")
    }

    func testPDFAndOldWordFiles() {
        XCTAssertEqual(error(Data("%PDF-1.7\n%âãÏÓ\n".utf8), "ke-hoach.pdf"), .unsupportedFormat(name: "ke-hoach.pdf", format: "PDF"))
        XCTAssertEqual(error(Data([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]), "ke-hoach.doc"),
                       .unsupportedFormat(name: "ke-hoach.doc", format: "Word 97-2003 (.doc)"))
    }

    func testMissingFile() {
        let url = TestSupport.temporaryDirectory().appendingPathComponent("khong-co.txt")
        XCTAssertThrowsError(try importer.importFile(at: url)) { e in
            XCTAssertEqual(e as? ImportError, .fileNotFound(path: url.path))
            XCTAssertTrue((e as? ImportError)?.message.contains("Không tìm thấy") == true)
        }
    }

    func testAFailedImportLeavesTheLibraryUnchanged() throws {
        let library = PlanLibrary(directory: TestSupport.temporaryDirectory())
        try library.save(try TestSupport.importFixture(TestSupport.seed))
        let before = try library.loadAll()
        let folder = TestSupport.temporaryDirectory()
        let bad = folder.appendingPathComponent("ke-hoach-dan-van-duong-an-2025.docx")
        try Data("không phải docx".utf8).write(to: bad)
        XCTAssertThrowsError(try library.save(try importer.importFile(at: bad)))
        XCTAssertEqual(try library.loadAll(), before)
    }
}
